// Feedback on a sheet or on one of its flags, kept with what produced the sheet (content hashes, engine,
// model, prompt version, the flag itself), so a newsroom's corrections can become eval cases. No Slack here:
// the action handlers pass who clicked and what.
import type { Disagreement, FactSheet } from '../types.ts';

export const FEEDBACK_KINDS = ['helpful', 'not_helpful', 'flag_wrong', 'missed'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** A comment is a sentence or two; a paste of the article is not feedback. */
export const COMMENT_MAX_CHARS = 2_000;

export interface FeedbackInput {
  kind: FeedbackKind;
  sheet: FactSheet;
  /** Index into sheet.comparison.disagreements when the feedback is on one flag; null for the whole sheet. */
  flagIndex: number | null;
  comment?: string | null;
  /** Where it came from, for following up with the person; not exported into eval cases. */
  who: { team: string; user: string; channel: string | null; messageTs: string | null };
  at?: Date;
}

export interface SheetInputs {
  engine: FactSheet['engine'];
  model: string | null;
  promptVersion: string;
  sources: { id: string; label: string; url: string | null; textHash: string }[];
  /** Sources that could not be read: a missed fact may have been in one of them. */
  failed: { id: string; label: string; code: string }[];
}

export interface FeedbackRecord {
  v: 1;
  at: string;
  kind: FeedbackKind;
  target: 'sheet' | 'flag';
  comment: string | null;
  who: FeedbackInput['who'];
  inputs: SheetInputs;
  /** The flag as it was shown, when the feedback is on one. */
  flag: Disagreement | null;
  flagIndex: number | null;
}

export class FeedbackError extends Error {}

export function feedbackRecord(input: FeedbackInput): FeedbackRecord {
  if (!FEEDBACK_KINDS.includes(input.kind)) throw new FeedbackError(`Unknown feedback kind "${input.kind}".`);
  const flags = input.sheet.comparison?.disagreements ?? [];
  const flag = input.flagIndex === null ? null : (flags[input.flagIndex] ?? null);
  if (input.flagIndex !== null && flag === null) {
    throw new FeedbackError(`The sheet has no flag ${input.flagIndex}: it may have been re-rendered.`);
  }
  if (input.kind === 'flag_wrong' && flag === null) {
    throw new FeedbackError('"This flag is wrong" needs the flag it is about.');
  }
  const comment = input.comment?.trim() ? input.comment.trim().slice(0, COMMENT_MAX_CHARS) : null;
  return {
    v: 1,
    at: (input.at ?? new Date()).toISOString(),
    kind: input.kind,
    target: flag === null ? 'sheet' : 'flag',
    comment,
    who: input.who,
    inputs: sheetInputs(input.sheet),
    flag,
    flagIndex: flag === null ? null : input.flagIndex,
  };
}

export function sheetInputs(sheet: FactSheet): SheetInputs {
  return {
    engine: sheet.engine,
    model: sheet.model,
    promptVersion: sheet.promptVersion,
    sources: sheet.sources.map((source) => ({
      id: source.id,
      label: source.label,
      url: source.url,
      textHash: source.textHash,
    })),
    failed: sheet.failed.map((failed) => ({ id: failed.id, label: failed.label, code: failed.code })),
  };
}
