// Quotes that go on from a credited one with only a connective before them ("Then, “…”", "Instead, “…”"), a
// credit after a quote whose name ends on "Jr." before an apposition, and a quote printed twice. Every text here
// is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a quote after a connective and its comma', () => {
  it('goes on with the speaker of the quote just credited', () => {
    const result = analyse([
      '“At first the answer was no,” Ibarra said. Then, “I went back and asked the crews again.”',
      '“The levy is a tax on farmers,” Lund said. Instead, “it should fall on the shipping lines.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'At first the answer was no, → Ibarra',
      'I went back and asked the crews again. → Ibarra',
      'The levy is a tax on farmers, → Lund',
      'it should fall on the shipping lines. → Lund',
    ]);
  });

  it('is no one’s when someone else acts in between', () => {
    const result = analyse([
      '“The levy is a tax on farmers,” Lund said. Later, Ada Kiel took the stage. Still, “the money is gone.”',
    ]);
    expect(directQuotes(result)).toEqual(['The levy is a tax on farmers, → Lund']);
  });
});

describe('a credit naming a "Jr." before an apposition', () => {
  it('credits the name, suffix and all', () => {
    const result = analyse([
      '“We will not cut the routes,” Paul R. Vance Jr., the head of the ferry board, said on Monday.',
    ]);
    expect(directQuotes(result)).toEqual(['We will not cut the routes, → Paul R. Vance Jr.']);
  });

  it('gives a quote printed twice to the one its credit names, not to the speaker before its bare copy', () => {
    const result = analyse([
      '“When the count came in, the whole hall stood up,” said Rev. Ada Brenner, a pastor in Tarsa.',
      '“Tarsa happened. The moment he could win, the harbour vote was his and I never minded it.',
      'Former Mayor Tomas Reyes agreed. Asked about the vote that year, he took a long breath.',
      '“Tarsa happened. The moment he could win, the harbour vote was his, and I never minded it,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'When the count came in, the whole hall stood up, → Ada Brenner',
      'Tarsa happened. The moment he could win, the harbour vote was his, and I never minded it, → Tomas Reyes',
    ]);
  });
});
