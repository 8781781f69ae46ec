// The feedback row under every sheet: helpful / not helpful for the sheet, and a menu that reports one flag as
// wrong or as missing something (or a disagreement the sheet missed). Pure. Every control carries the sheet's
// ID, so a click finds the sheet whichever message it ended up in; flags are named by their index in
// sheet.comparison.disagreements, the order feedback records use.
import type { ActionsBlock, PlainTextOption } from '@slack/types';
import type { FeedbackKind } from '../../feedback/feedback-record.ts';
import type { FactSheet } from '../../types.ts';
import { bySeverity } from './disagreement-marks.ts';
import { oneLine, truncate } from './escape.ts';

export const FEEDBACK_BLOCK_ID = 'copydesk_feedback';
export const FEEDBACK_ACTIONS = {
  helpful: 'copydesk_feedback_helpful',
  notHelpful: 'copydesk_feedback_not_helpful',
  flag: 'copydesk_feedback_flag',
} as const;

/** The menu lists the flags a reader sees first; 2 options per flag stay far under Slack's 100. */
const MAX_FLAGS = 10;
/** Slack's cap on an option's text and on a group label. */
const OPTION_CHARS = 75;
const SEP = '|';

export interface FeedbackChoice {
  sheetId: string;
  kind: FeedbackKind;
  /** Index into sheet.comparison.disagreements; null for the sheet as a whole. */
  flagIndex: number | null;
}

export function feedbackActions(sheetId: string, sheet: FactSheet): ActionsBlock {
  const all = sheet.comparison?.disagreements ?? [];
  const flags = bySeverity(all)
    .slice(0, MAX_FLAGS)
    .map((item) => ({ index: all.indexOf(item), topic: oneLine(item.topic) }));
  const option = (text: string, choice: Omit<FeedbackChoice, 'sheetId'>): PlainTextOption => ({
    text: { type: 'plain_text', text: truncate(text, OPTION_CHARS) },
    value: encodeChoice({ sheetId, ...choice }),
  });
  const missedOnSheet = option('A disagreement the sheet does not show', { kind: 'missed', flagIndex: null });
  const groups =
    flags.length === 0
      ? null
      : [
          {
            label: { type: 'plain_text' as const, text: 'This flag is wrong' },
            options: flags.map((flag) => option(flag.topic, { kind: 'flag_wrong', flagIndex: flag.index })),
          },
          {
            label: { type: 'plain_text' as const, text: 'This flag missed something' },
            options: [
              ...flags.map((flag) => option(flag.topic, { kind: 'missed', flagIndex: flag.index })),
              missedOnSheet,
            ],
          },
        ];
  return {
    type: 'actions',
    block_id: FEEDBACK_BLOCK_ID,
    elements: [
      button(':+1: Helpful', FEEDBACK_ACTIONS.helpful, sheetId),
      button(':-1: Not helpful', FEEDBACK_ACTIONS.notHelpful, sheetId),
      {
        type: 'static_select',
        action_id: FEEDBACK_ACTIONS.flag,
        placeholder: {
          type: 'plain_text',
          text: flags.length > 0 ? 'A flag is wrong or incomplete…' : 'Something is missing…',
        },
        ...(groups ? { option_groups: groups } : { options: [missedOnSheet] }),
      },
    ],
  };
}

function button(text: string, actionId: string, value: string) {
  return {
    type: 'button' as const,
    action_id: actionId,
    text: { type: 'plain_text' as const, text, emoji: true },
    value,
  };
}

export function encodeChoice(choice: FeedbackChoice): string {
  return [choice.sheetId, choice.kind, choice.flagIndex ?? '-'].join(SEP);
}

/** What a click asks, or null for a value copydesk did not write. */
export function decodeChoice(actionId: string, value: string | undefined): FeedbackChoice | null {
  if (!value) return null;
  if (actionId === FEEDBACK_ACTIONS.helpful) return { sheetId: value, kind: 'helpful', flagIndex: null };
  if (actionId === FEEDBACK_ACTIONS.notHelpful)
    return { sheetId: value, kind: 'not_helpful', flagIndex: null };
  if (actionId !== FEEDBACK_ACTIONS.flag) return null;
  const [sheetId, kind, index] = value.split(SEP);
  if (!sheetId || (kind !== 'flag_wrong' && kind !== 'missed')) return null;
  if (index === '-') return { sheetId, kind, flagIndex: null };
  const flagIndex = Number(index);
  return Number.isInteger(flagIndex) && flagIndex >= 0 ? { sheetId, kind, flagIndex } : null;
}
