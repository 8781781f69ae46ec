import { describe, expect, it } from 'vitest';
import { CopydeskError } from '../../src/errors.ts';
import { ingest } from '../../src/ingest/ingest.ts';
import type { Article } from '../../src/types.ts';
import { countWords } from '../../src/util/word-count.ts';

const article = (text: string, note: string | null = null): Article => ({
  label: 'https://a.example/s',
  title: 'T',
  outlet: 'A',
  url: 'https://a.example/s',
  byline: null,
  publishedAt: null,
  text,
  words: countWords(text),
  truncated: false,
  extractionNote: note,
});

describe('ingest', () => {
  it('cleans a paste and counts its words', async () => {
    const result = await ingest(
      {
        kind: 'text',
        text: 'Harbor tax delayed\n\nThe council postponed the vote.\n\nYou May Also Like\nOther story',
        label: 'stdin',
      },
      { readUrl: async () => article('x'), maxWords: 100 },
    );
    expect(result).toMatchObject({
      label: 'stdin',
      title: 'Harbor tax delayed',
      text: 'The council postponed the vote.',
      words: 5,
    });
  });

  it('reads a link through readUrl and adds the budget note to an extraction note', async () => {
    const long = Array.from({ length: 30 }, (_, i) => `Sentence number ${i} is here.`).join('\n\n');
    const result = await ingest(
      { kind: 'url', url: 'https://a.example/s' },
      {
        readUrl: async () => article(long, 'Paywall: only the free teaser (150 words) could be read.'),
        maxWords: 50,
      },
    );
    expect(result.truncated).toBe(true);
    expect(result.extractionNote).toMatch(/^Paywall: .*Long article: read the first \d+ of 150 words\.$/);
  });

  it('refuses a paste that is all furniture', async () => {
    await expect(
      ingest(
        { kind: 'text', text: 'Advertisement\n\n+ There are no comments\nAdd yours', label: 'stdin' },
        { readUrl: async () => article('x'), maxWords: 10 },
      ),
    ).rejects.toBeInstanceOf(CopydeskError);
  });
});
