// Lines editors marked wrong on real sheets in session 39, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('lines editors marked wrong (session 39)', () => {
  it('gives the words of "<Name>, Sanders’ adviser, said" to the adviser, not to the one whose adviser he is', () => {
    const result = analyse([
      'Ada Sanders leads the race for the harbour seat.',
      'Tad Devine, Sanders’ senior press adviser, said the rivals were making “mischief.”',
      'Ilse Varga, Reyes’s campaign manager, said the count was “a farce.”',
    ]);
    expect(directQuotes(result)).toEqual(['mischief. → Tad Devine', 'a farce. → Ilse Varga']);
  });
});
