// Feedback → eval cases, one JSON object per line. A case says what produced the sheet and what a person
// expected instead; who clicked stays out (the team is kept, to tell newsrooms apart). With texts, each
// source's text is added while it is still kept, so the case can be run again.
import { recallSources } from '../followup/kept-sources.ts';
import type { Store } from '../store/store.ts';
import type { FeedbackKind, FeedbackRecord, SheetInputs } from './feedback-record.ts';
import { allFeedback } from './feedback-store.ts';

/** What the person's feedback asks of the next run. */
const EXPECTATION: Record<FeedbackKind, string> = {
  helpful: 'keep',
  not_helpful: 'improve',
  flag_wrong: 'flag_should_not_be_raised',
  missed: 'should_be_found',
};

export interface EvalCase {
  id: string;
  at: string;
  team: string;
  kind: FeedbackKind;
  target: FeedbackRecord['target'];
  expectation: string;
  comment: string | null;
  engine: SheetInputs['engine'];
  model: string | null;
  promptVersion: string;
  sources: (SheetInputs['sources'][number] & { text: string | null })[];
  failed: SheetInputs['failed'];
  flag: FeedbackRecord['flag'];
}

export function evalCase(
  slot: number,
  record: FeedbackRecord,
  texts: Map<string, string> = new Map(),
): EvalCase {
  return {
    id: `feedback-${slot}`,
    at: record.at,
    team: record.who.team,
    kind: record.kind,
    target: record.target,
    expectation: EXPECTATION[record.kind],
    comment: record.comment,
    engine: record.inputs.engine,
    model: record.inputs.model,
    promptVersion: record.inputs.promptVersion,
    sources: record.inputs.sources.map((source) => ({ ...source, text: texts.get(source.textHash) ?? null })),
    failed: record.inputs.failed,
    flag: record.flag,
  };
}

export interface ExportOptions {
  withText: boolean;
}

/** Writes every record as a JSON line; returns how many. */
export async function exportEvalCases(
  store: Store,
  write: (line: string) => void | Promise<void>,
  options: ExportOptions = { withText: false },
): Promise<number> {
  let count = 0;
  for await (const { slot, record } of allFeedback(store)) {
    const texts = new Map<string, string>();
    if (options.withText) {
      const { kept } = await recallSources(store, record.inputs.sources);
      for (const source of kept) texts.set(source.sheet.textHash, source.text);
    }
    await write(`${JSON.stringify(evalCase(slot, record, texts))}\n`);
    count += 1;
  }
  return count;
}
