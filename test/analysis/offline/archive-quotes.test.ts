// Archive copy types each double quote mark as two apostrophes (''like this''): the quoted words are direct
// quotes with their speaker, never reported speech, and a paragraph that ends on such a quote is prose.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe("archive quote marks ''…''", () => {
  it('gives quoted words to their speaker as direct quotes, never as reported speech', () => {
    const result = analyse([
      "''This is not reform,'' said Tomas Reyes, an economist at the Harbour Institute. ''It is a tax rise.''",
    ]);
    expect(directQuotes(result)).toEqual([
      'This is not reform, → Tomas Reyes',
      'It is a tax rise. → Tomas Reyes',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('reads a short paragraph that ends on a closing pair as prose, not a heading', () => {
    const result = analyse([
      'Tomas Reyes runs the Harbour Institute, which has studied the levy for years.',
      "As for the ferry, he said, ''What operator is not raising fares this year?''",
    ]);
    expect(directQuotes(result)).toEqual(['What operator is not raising fares this year? → Tomas Reyes']);
  });
});

describe('a name that only modifies a noun speaks for no one', () => {
  it('credits "“…” of the Maren proposals, Mr. Holtz said" to Holtz, not to Maren', () => {
    const result = analyse([
      'Mayor Ilse Maren has kept clear of any big rewrite of the levy.',
      '“I respect the engineering” of the Maren proposals, Mr. Holtz said. “They are careful.”',
    ]);
    expect(directQuotes(result)).toEqual(['I respect the engineering → Holtz', 'They are careful. → Holtz']);
  });
});
