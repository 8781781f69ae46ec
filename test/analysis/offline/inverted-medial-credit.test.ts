// A credit set inside its clause with the verb first (", said Brandt, who …,"): the speaker is the name after
// the verb, and the report is the clause around the credit. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { groundAnalysis } from '../../../src/analysis/ground/ground-analysis.ts';
import { articleFromPaste } from '../../../src/ingest/ingest.ts';
import { analyse, indirectQuotes } from './article.ts';

const PARAGRAPHS = [
  'Tomas Reyes ran the harbour board for a decade.',
  'And Reyes, said Ada Brandt, who remains friendly with her old boss, doesn’t forgive or forget.',
  'The pier, said Karel Vance, a former pilot, would not reopen this year.',
  'The tolls, said Nina Roe, will rise in May.',
];

describe('a credit with its verb first inside the clause', () => {
  it('credits the name after the verb, its gloss cut from the report as the credit is', () => {
    expect(indirectQuotes(analyse(PARAGRAPHS))).toEqual([
      'Reyes … doesn’t forgive or forget → Ada Brandt',
      'The pier … would not reopen this year → Karel Vance',
      'The tolls … will rise in May → Nina Roe',
    ]);
  });

  it('is grounded as the source’s words with the credit and its gloss left out', () => {
    const article = articleFromPaste(PARAGRAPHS.join('\n\n'), 'test');
    const sheet = groundAnalysis('S1', article, analyse(PARAGRAPHS), 'hash');
    expect(sheet.quotes.map((quote) => [quote.match, quote.sourceText])).toEqual([
      ['normalized', 'Reyes … doesn’t forgive or forget'],
      ['normalized', 'The pier … would not reopen this year'],
      ['normalized', 'The tolls … will rise in May'],
    ]);
  });
});
