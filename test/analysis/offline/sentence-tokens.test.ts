import { describe, it } from 'vitest';
import { buildTextModel } from '../../../src/analysis/offline/sentences.ts';
import { type Token, tokenize } from '../../../src/analysis/offline/tokens.ts';
import { expectSameOnRandomText } from '../../support/same-on-random-text.ts';

/**
 * What a sentence's tokens were when the whole text was tokenised once and sliced: the text's tokens that
 * start inside the sentence, each flagged quoted when it starts inside a quote's marks.
 */
function slicedFromWholeText(text: string, title: string | null): Token[][] {
  const model = buildTextModel(text, title);
  const quotes = model.quotes;
  const tokens = tokenize(text);
  let q = 0;
  for (const token of tokens) {
    const closeOf = (i: number) => quotes[i]?.close ?? quotes[i]?.end ?? 0;
    while (q < quotes.length && (quotes[q]?.end ?? 0) < token.start && closeOf(q) < token.start) q++;
    const quote = quotes[q];
    if (quote && token.start >= quote.open && token.start <= closeOf(q)) token.quoted = true;
  }
  return model.sentences.map((s) => tokens.filter((t) => t.start >= s.start && t.start < s.end));
}

const shape = (tokens: Token[]) => tokens.map((t) => [t.start, t.end, t.text, t.word, t.quoted]);

// Pieces of wire copy: words, names, figures, stops and abbreviations, quote marks of every kind, datelines,
// headings and furniture lines, and the spaces (plain, no-break, new lines) that sentences and paragraphs end on.
const PIECES = [
  'the',
  ' ',
  ' ',
  'Vasko',
  ' said',
  '.',
  '. ',
  '? ',
  '! ',
  ' “It is over,”',
  ' “We won.” ',
  '"Yes," ',
  '’s',
  ' Mr. Doe',
  ' U.S. ',
  ' 1,400',
  ' 4.25%',
  '\n',
  '\n\n',
  '\u00a0',
  'KORVIN, March 9 (Meridian Wire) - ',
  'Photo: A crowd (Reuters/Lind)\n',
  'al-Mansouri',
  ' (aides)',
  '—',
  'é',
  '𝐀',
];

describe('sentence tokens', () => {
  it('are the whole text’s tokens that start in the sentence, quoted flags included, on random articles', () => {
    const titleOf = (seed: number) => (seed % 3 === 0 ? 'Vasko said' : null);
    expectSameOnRandomText(
      { alphabet: PIECES, seeds: 1500, length: (seed) => 5 + (seed % 60) },
      (text, seed) => buildTextModel(text, titleOf(seed)).sentences.map((s) => shape(s.tokens)),
      (text, seed) => slicedFromWholeText(text, titleOf(seed)).map(shape),
    );
  });
});
