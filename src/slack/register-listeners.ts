// Every listener is registered here, and only here.
import type { App } from '@slack/bolt';
import { registerAgentView } from './listeners/agent-view.ts';
import { registerAppHome } from './listeners/app-home.ts';
import { registerAppMention } from './listeners/app-mention.ts';
import { registerFactsheetCommand } from './listeners/factsheet-command.ts';
import { registerFeedbackActions } from './listeners/feedback-actions.ts';
import { registerReactionAdded } from './listeners/reaction-added.ts';
import type { SlackServices } from './services.ts';

export function registerListeners(app: App, services: SlackServices): void {
  // First: the agent view's Assistant takes the pane's messages before any other message listener sees them.
  registerAgentView(app, services);
  registerAppHome(app, services);
  registerAppMention(app, services);
  registerFactsheetCommand(app, services);
  registerReactionAdded(app, services);
  registerFeedbackActions(app, services);
  app.error(async (error) => {
    // Listener errors end here after Bolt has acked; the user-facing report is the job's own business.
    services.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
}
