// "X called Y’s promise of a “…” for the crews “…”": the first quote gives the words of Y’s promise, the
// second is what X calls it. The second must not be carried to Y with the first.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('quotes after the quoted words of a noun of saying', () => {
  it('does not give the owner of the promise what the sentence calls it', () => {
    const result = analyse([
      'Mayor Tomas Reyes said the port would reopen in May.',
      'In a statement on Monday, union leader Ilse Brandt called Reyes’s promise of a “fair wage” for the dockers “empty and insulting.”',
    ]);
    expect(directQuotes(result).filter((q) => q.startsWith('empty') && q.endsWith('Reyes'))).toEqual([]);
  });

  it('keeps a second quote joined to the first by "and" with the owner', () => {
    const result = analyse([
      'Mayor Tomas Reyes spoke to the crews on Friday.',
      'Ilse Brandt rejected Reyes’s claim that the crews were “lazy” and “slow to learn.”',
    ]);
    expect(directQuotes(result)).toEqual(['lazy → Tomas Reyes', 'slow to learn. → Tomas Reyes']);
  });
});
