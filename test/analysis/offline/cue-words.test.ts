// When a word of saying is a verb whose subject speaks, and when it is a noun or a passive that credits no one.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('cue words', () => {
  it('reads "tweets" after a possessive or a preposition as a noun, and finds the real speaker', () => {
    const result = analyse([
      'Mayor Ilse Brandt says Omar Reyes’s tweets were “reckless, even for him.”',
      'Ilse Brandt says the flurry of tweets was “a distraction.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'reckless, even for him. → Ilse Brandt',
      'a distraction. → Ilse Brandt',
    ]);
  });

  it('gives a participle’s words to the person named right before it', () => {
    const result = analyse(['The new ad shows footage of Omar Reyes asking, “Why is the ferry still late?”']);
    expect(directQuotes(result)).toEqual(['Why is the ferry still late? → Omar Reyes']);
  });

  it('reads "He’s claiming" and "tweeting" as verbs of saying', () => {
    const result = analyse([
      'Councillor Omar Reyes spoke in Dunmore on Monday.',
      'He’s claiming that the ferry is “a money pit” and that “nobody dares to say it.”',
      'Ilse Brandt poked at the councillor’s record, tweeting, “Ask him about the harbour.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'a money pit → Omar Reyes',
      'nobody dares to say it. → Omar Reyes',
      'Ask him about the harbour. → Ilse Brandt',
    ]);
  });

  it('credits no one for a comparison made of the subject', () => {
    const result = analyse([
      'Ferry fares rise again; Talk compared to “shouting at the tide” at the harbour.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});
