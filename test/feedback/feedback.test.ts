import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportEvalCases } from '../../src/feedback/eval-cases.ts';
import { FeedbackError, type FeedbackInput, feedbackRecord } from '../../src/feedback/feedback-record.ts';
import { allFeedback, saveFeedback } from '../../src/feedback/feedback-store.ts';
import { keepSources } from '../../src/followup/kept-sources.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { childEnv } from '../support/child-env.ts';
import { GRID_TEXTS, gridSampleSheet } from '../support/grid-sheets.ts';

const sheet = gridSampleSheet();
const who = { team: 'T1', user: 'U42', channel: 'C9', messageTs: '1700000000.000100' };
const at = new Date('2026-03-05T10:00:00Z');

function input(overrides: Partial<FeedbackInput>): FeedbackInput {
  return { kind: 'helpful', sheet, flagIndex: null, who, at, ...overrides };
}

async function lines(store: Store, withText = false): Promise<Record<string, unknown>[]> {
  const out: string[] = [];
  await exportEvalCases(store, (line) => void out.push(line), { withText });
  return out.map((line) => {
    expect(line.endsWith('\n')).toBe(true);
    return JSON.parse(line) as Record<string, unknown>;
  });
}

describe('feedback records', () => {
  it('keep the sheet’s inputs and, for a flag, the flag itself', () => {
    const record = feedbackRecord(input({ kind: 'flag_wrong', flagIndex: 1, comment: '  Same person. ' }));
    expect(record).toMatchObject({
      kind: 'flag_wrong',
      target: 'flag',
      comment: 'Same person.',
      at: '2026-03-05T10:00:00.000Z',
      flagIndex: 1,
      flag: { topic: 'Fire chief’s name', kind: 'name' },
      inputs: {
        engine: 'llm',
        model: 'gpt-4.1-mini',
        promptVersion: sheet.promptVersion,
        sources: [
          { id: 'S1', textHash: 'fire-S1', url: 'https://herald.example/fire' },
          { id: 'S2', textHash: 'fire-S2' },
          { id: 'S3', textHash: 'fire-S3' },
        ],
        failed: [],
      },
    });
    expect(feedbackRecord(input({ kind: 'not_helpful' })).target).toBe('sheet');
  });

  it('refuse "this flag is wrong" without a flag, and a flag the sheet does not have', () => {
    expect(() => feedbackRecord(input({ kind: 'flag_wrong' }))).toThrow(FeedbackError);
    expect(() => feedbackRecord(input({ kind: 'missed', flagIndex: 9 }))).toThrow(/no flag 9/);
    expect(() => feedbackRecord(input({ kind: 'nonsense' as never }))).toThrow(/Unknown feedback kind/);
  });

  it('are all kept when many arrive at once, and come back in order', async () => {
    const store = openStore('memory');
    const kinds = ['helpful', 'not_helpful', 'missed'] as const;
    const slots = await Promise.all(
      Array.from({ length: 30 }, (_, n) =>
        saveFeedback(store, feedbackRecord(input({ kind: kinds[n % 3] ?? 'helpful', comment: `note ${n}` }))),
      ),
    );
    expect(new Set(slots).size).toBe(30);
    const seen: number[] = [];
    for await (const { slot } of allFeedback(store)) seen.push(slot);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(seen).toHaveLength(30);
  });

  it('are all kept by two processes writing one SQLite file at once', async () => {
    const path = join(mkdtempSync(join(tmpdir(), 'copydesk-feedback-')), 'store.sqlite');
    const a = openStore(`sqlite:${path}`);
    const b = openStore(`sqlite:${path}`);
    await Promise.all(
      Array.from({ length: 10 }, (_, n) =>
        saveFeedback(n % 2 ? a : b, feedbackRecord(input({ comment: `from ${n % 2 ? 'a' : 'b'} ${n}` }))),
      ),
    );
    const comments = (await lines(a)).map((line) => line.comment);
    expect(comments).toHaveLength(10);
    expect(new Set(comments).size).toBe(10);
    await a.close();
    await b.close();
  });
});

describe('eval case export', () => {
  it('writes one JSON line per record, without who clicked, with texts while they are kept', async () => {
    const store = openStore('memory');
    await saveFeedback(store, feedbackRecord(input({ kind: 'flag_wrong', flagIndex: 0 })));
    await saveFeedback(store, feedbackRecord(input({ kind: 'missed', comment: 'Police suspect arson.' })));
    await keepSources(store, [{ textHash: 'fire-S1', text: GRID_TEXTS.S1 as string }], 7);
    const [flagged, missed] = await lines(store, true);
    expect(flagged).toMatchObject({
      id: 'feedback-0',
      team: 'T1',
      kind: 'flag_wrong',
      target: 'flag',
      expectation: 'flag_should_not_be_raised',
      flag: { topic: 'Number of firefighters' },
    });
    expect(missed).toMatchObject({
      id: 'feedback-1',
      expectation: 'should_be_found',
      comment: 'Police suspect arson.',
    });
    const sources = missed?.sources as { id: string; text: string | null }[];
    expect(sources.map((source) => [source.id, source.text === null])).toEqual([
      ['S1', false],
      ['S2', true],
      ['S3', true],
    ]);
    expect(JSON.stringify([flagged, missed])).not.toContain('U42');
    expect(
      (await lines(store, false)).every((line) => (line.sources as { text: null }[])[0]?.text === null),
    ).toBe(true);
  });

  it('runs as `npm run feedback:export` over the bot’s SQLite store', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-export-'));
    const path = join(dir, 'store.sqlite');
    const store = openStore(`sqlite:${path}`);
    await saveFeedback(store, feedbackRecord(input({ kind: 'not_helpful', comment: 'Too long.' })));
    await saveFeedback(store, feedbackRecord(input({ kind: 'flag_wrong', flagIndex: 3 })));
    await store.close();
    const out = join(dir, 'cases.jsonl');
    const run = spawnSync(
      process.execPath,
      ['scripts/feedback-export.ts', '--store', `sqlite:${path}`, '--out', out],
      { encoding: 'utf8', env: childEnv() },
    );
    expect(run.stderr).toContain('feedback:export: 2 cases to');
    expect(run.status).toBe(0);
    const cases = readFileSync(out, 'utf8')
      .trimEnd()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(cases.map((c) => [c.kind, c.expectation])).toEqual([
      ['not_helpful', 'improve'],
      ['flag_wrong', 'flag_should_not_be_raised'],
    ]);
    const bad = spawnSync(process.execPath, ['scripts/feedback-export.ts', 'article.txt'], {
      encoding: 'utf8',
    });
    expect(bad.status).toBe(2);
  });
});
