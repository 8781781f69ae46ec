import { afterEach, describe, expect, it, vi } from 'vitest';
import { answerFollowup, answerText } from '../../src/followup/answer-followup.ts';
import { keepSources, recallSources } from '../../src/followup/kept-sources.ts';
import { openStore, type Store } from '../../src/store/store.ts';
import { GRID_TEXTS, gridSampleSheet } from '../support/grid-sheets.ts';

const sheet = gridSampleSheet();

async function storeWith(ids: string[], days = 7): Promise<Store> {
  const store = openStore('memory');
  const sources = sheet.sources.filter((source) => ids.includes(source.id));
  await keepSources(
    store,
    sources.map((source) => ({ textHash: source.textHash, text: GRID_TEXTS[source.id] as string })),
    days,
  );
  return store;
}

async function ask(question: string, ids = ['S1', 'S2', 'S3']) {
  return answerFollowup(question, sheet, { store: await storeWith(ids), llm: null, keptDays: 7 });
}

afterEach(() => {
  vi.useRealTimers();
});

describe('follow-up questions without an LLM', () => {
  it('ranks the source sentences that match the question, each with its source and span', async () => {
    const answer = await ask('How many firefighters were there?');
    expect(answer.engine).toBe('offline');
    expect(answer.cannotTell).toBe(false);
    const top = answer.sentences.slice(0, 2).map((sentence) => sentence.citations[0]?.source);
    expect(top.sort()).toEqual(['S1', 'S2']);
    for (const sentence of answer.sentences) {
      const citation = sentence.citations[0];
      expect(citation).toBeDefined();
      if (!citation) continue;
      // The sentence is the source's own characters at its span.
      expect(GRID_TEXTS[citation.source]?.slice(citation.span.start, citation.span.end)).toBe(citation.text);
    }
    expect(answer.sentences[0]?.text).toMatch(/firefighters/);
  });

  it('finds a figure, and a rare name before common words', async () => {
    const answer = await ask('Who first gave £2.4 million?');
    expect(answer.sentences[0]?.citations[0]?.source).toBe('S1');
    expect(answer.sentences[0]?.text).toContain('£2.4 million');
    const quoted = await ask('Which outlets quote Kovall?');
    expect(quoted.sentences[0]?.citations[0]?.source).toBe('S2');
  });

  it('searches only the source a question names', async () => {
    const answer = await ask('What does S3 say about the workers?');
    expect(answer.sentences.length).toBeGreaterThan(0);
    expect(new Set(answer.sentences.map((sentence) => sentence.citations[0]?.source))).toEqual(
      new Set(['S3']),
    );
    expect(answer.sentences[0]?.text).toContain('Larkfield General');
  });

  it('says it cannot tell when nothing in the sources matches', async () => {
    const answer = await ask('What did the mayor decide about the budget?');
    expect(answer.cannotTell).toBe(true);
    expect(answer.sentences).toEqual([]);
    expect(answerText(answer)).toBe('I cannot tell from these sources.');
  });

  it('answers from the sources still kept and names the ones that are gone', async () => {
    const answer = await ask('How many firefighters?', ['S2']);
    expect(answer.gone).toEqual(['S1', 'S3']);
    expect(answer.sentences.every((sentence) => sentence.citations[0]?.source === 'S2')).toBe(true);
    expect(answerText(answer)).toContain(
      'The text of S1, S3 is no longer kept (sources are kept 7 days), so they were not searched.',
    );
  });

  it('keeps texts by content hash for the configured days, then forgets them and says so', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-04T12:00:00Z'));
    const store = await storeWith(['S1', 'S2', 'S3'], 7);
    vi.setSystemTime(new Date('2026-03-11T11:00:00Z'));
    expect((await recallSources(store, sheet.sources)).kept).toHaveLength(3);
    vi.setSystemTime(new Date('2026-03-11T13:00:00Z'));
    const recalled = await recallSources(store, sheet.sources);
    expect(recalled.kept).toEqual([]);
    const answer = await answerFollowup('How many firefighters?', sheet, { store, llm: null, keptDays: 7 });
    expect(answer.allGone).toBe(true);
    expect(answerText(answer)).toBe(
      'The sources of this sheet are no longer kept (they are kept 7 days): share them again to ask about them.',
    );
  });
});
