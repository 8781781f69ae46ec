// A feedback click made into a stored feedback record, with the sheet's inputs, and the sentence that thanks
// the person for it. The sheet is found by the ID the control carries (sheet-records.ts).
import { FeedbackError, feedbackRecord } from '../../feedback/feedback-record.ts';
import { saveFeedback } from '../../feedback/feedback-store.ts';
import { safeLine } from '../../render/blocks/escape.ts';
import type { FeedbackChoice } from '../../render/blocks/feedback-actions.ts';
import type { SlackServices } from '../services.ts';
import { sheetById } from './sheet-records.ts';

export interface Clicker {
  team: string;
  user: string;
  channel: string | null;
  messageTs: string | null;
}

/** Stores the feedback; returns what to tell the person who gave it (only they see it). */
export async function recordFeedback(
  services: Pick<SlackServices, 'store' | 'logger' | 'keptDays'>,
  choice: FeedbackChoice,
  who: Clicker,
): Promise<string> {
  const kept = await sheetById(services.store, choice.sheetId);
  if (!kept) {
    return `:hourglass: This fact sheet is older than ${services.keptDays} days, so copydesk no longer has what it was made from and cannot use this feedback.`;
  }
  let record: ReturnType<typeof feedbackRecord>;
  try {
    record = feedbackRecord({ kind: choice.kind, sheet: kept.sheet, flagIndex: choice.flagIndex, who });
  } catch (error) {
    if (!(error instanceof FeedbackError)) throw error;
    services.logger.warn({ err: error, sheet: choice.sheetId }, 'feedback on a flag the sheet does not have');
    return ':warning: copydesk could not tell which flag this was about, so nothing was recorded.';
  }
  await saveFeedback(services.store, record);
  const topic = record.flag ? ` on “${safeLine(record.flag.topic, 80)}”` : '';
  switch (record.kind) {
    case 'helpful':
      return ':white_check_mark: Thanks: recorded that this fact sheet helped.';
    case 'not_helpful':
      return ':memo: Thanks: recorded that this fact sheet did not help. Your newsroom’s feedback is reviewed to improve copydesk.';
    case 'flag_wrong':
      return `:memo: Thanks: recorded that the flag${topic} is wrong. It goes into the cases copydesk is checked against.`;
    case 'missed':
      return record.flag
        ? `:memo: Thanks: recorded that the flag${topic} missed something.`
        : ':memo: Thanks: recorded that this sheet missed a disagreement.';
  }
}
