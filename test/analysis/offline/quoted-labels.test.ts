// Quote marks that label a thing, and quotes a person named between two of them may have said: neither is the
// words of the sentence's speaker. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('quoted labels and quotes after another person', () => {
  it('shows no quote that names the law, policy or ground after it', () => {
    const result = analyse([
      'Governor Ada Brenner announced her veto of a bill that would have let shops refuse service on “open harbour” grounds.',
      'Tomas Reyes said the “safe pier” policy had failed, calling it “a disgrace.”',
    ]);
    expect(directQuotes(result)).toEqual(['a disgrace. → Tomas Reyes']);
  });

  it('shows no quote that is a name someone goes by', () => {
    const result = analyse([
      'Reyes described his contact with the brokers ― who used the handle “Harbour 2.0” ― as “benign.”',
    ]);
    expect(directQuotes(result)).toEqual(['benign. → Reyes']);
  });

  it('does not carry the first quote’s speaker to a second after a person doing something of their own', () => {
    const result = analyse([
      'In a separate exchange, the union urged Otto Vance to “comment on this story” about Ada Brenner wanting to “just fire” Tomas Reyes, the union leader.',
    ]);
    expect(directQuotes(result)).toEqual(['comment on this story → the union']);
  });
});
