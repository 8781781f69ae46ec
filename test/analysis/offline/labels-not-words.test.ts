// Quote marks around a label or a title, not words someone said: a memo "marked" secret, goods "labeled" with
// their origin, a book's title with a numbered subtitle. Each was shown in real copy as the words of whoever the
// sentence credits. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a label or a title in quote marks', () => {
  it('is no one’s words after "marked", "labeled", "stamped" or "classified as"', () => {
    const result = analyse([
      'The memo was marked “confidential” and sent to Varga on Monday, Kiel said.',
      'Most shoppers say they prefer cheaper goods to items labeled “Made in Lestria,” Kiel said.',
      'Files classified as “restricted” reached the port office, the clerk said.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('is a title with a subtitle that opens on a figure', () => {
    const result = analyse([
      'The shelves hold a new collection from the cartoonist Mel Arden called “Big Hair: 20 Years of Sketches.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('leaves a quote with a colon and a figure that a speaker says alone', () => {
    const result = analyse(['“The Harbour: 1999,” Kiel said, “was the best year we had.”']);
    expect(directQuotes(result)).toEqual(['The Harbour: 1999, → Kiel', 'was the best year we had. → Kiel']);
  });
});
