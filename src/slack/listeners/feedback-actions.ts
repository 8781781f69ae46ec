// Clicks on a sheet's feedback row (signed block_actions): acknowledged at once, stored with the sheet's
// inputs, and answered with a line only the person who clicked sees.
import type { App, BlockAction, BlockElementAction } from '@slack/bolt';
import { decodeChoice, FEEDBACK_BLOCK_ID } from '../../render/blocks/feedback-actions.ts';
import type { SlackServices } from '../services.ts';
import { recordFeedback } from '../sheets/record-feedback.ts';

export function registerFeedbackActions(app: App, services: SlackServices): void {
  app.action<BlockAction>({ block_id: FEEDBACK_BLOCK_ID }, async ({ ack, action, body, respond }) => {
    await ack();
    const choice = decodeChoice(action.action_id, chosenValue(action));
    if (!choice) return;
    const text = await recordFeedback(services, choice, {
      team: body.team?.id ?? body.user.team_id ?? 'unknown',
      user: body.user.id,
      channel: body.channel?.id ?? null,
      messageTs: body.message?.ts ?? null,
    });
    // response_url: works in channels copydesk is not a member of, and on sheets only one user could see.
    await respond({ response_type: 'ephemeral', replace_original: false, text });
  });
}

function chosenValue(action: BlockElementAction): string | undefined {
  if (action.type === 'button') return action.value;
  if (action.type === 'static_select') return action.selected_option?.value;
  return undefined;
}
