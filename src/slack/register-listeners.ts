// Every listener is registered here, and only here.
import { type App, ErrorCode } from '@slack/bolt';
import { registerAgentView } from './listeners/agent-view.ts';
import { registerAppHome } from './listeners/app-home.ts';
import { registerAppMention } from './listeners/app-mention.ts';
import { registerFactsheetCommand } from './listeners/factsheet-command.ts';
import { registerFeedbackActions } from './listeners/feedback-actions.ts';
import { registerReactionAdded } from './listeners/reaction-added.ts';
import { registerUninstall } from './listeners/uninstall.ts';
import type { SlackServices } from './services.ts';

export function registerListeners(app: App, services: SlackServices): void {
  // First: the agent view's Assistant takes the pane's messages before any other message listener sees them.
  registerAgentView(app, services);
  registerAppHome(app, services);
  registerAppMention(app, services);
  registerFactsheetCommand(app, services);
  registerReactionAdded(app, services);
  registerFeedbackActions(app, services);
  if (services.installations) {
    registerUninstall(app, services.installations, services.clients, services.logger);
  }
  app.error(async (error) => {
    if (error.code === ErrorCode.AuthorizationError) {
      // Installed through OAuth: an event from a workspace without a (readable) installation. The message names
      // the workspace and why; nothing is answered there.
      services.logger.warn({ err: error }, 'event not answered: no usable installation for its workspace');
      return;
    }
    // Listener errors end here after Bolt has acked; the user-facing report is the job's own business.
    services.logger.error({ err: error }, 'unhandled error in a Slack listener');
  });
}
