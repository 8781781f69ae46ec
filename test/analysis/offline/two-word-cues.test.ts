// Verbs of saying written in two words before a quote: "As X pointed out in May, “…”", "As X had written, “…”".
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('two-word cues', () => {
  it('credits "As X pointed out …," and "As X had written …," to X', () => {
    const result = analyse([
      'As the columnist Ada Brenner had written a few winters earlier, “No ferry in Korvin runs on time without Reyes.”',
      'As harbour analyst Tomas Reyes pointed out in May, “Every pier in Tarsa loses money in the off season.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'No ferry in Korvin runs on time without Reyes. → Ada Brenner',
      'Every pier in Tarsa loses money in the off season. → Tomas Reyes',
    ]);
  });

  it('credits no one for "it points out" nor for a letter written by hand', () => {
    const result = analyse([
      'The Korvin Ferry Board “lists only its busiest routes,” according to the 2019 audit. It points out, too, that “the fines for hiding a route are tiny.”',
      'A note written by hand, “back at noon,” hung on the harbour office door.',
    ]);
    expect(directQuotes(result).filter((q) => q.includes('fines') || q.includes('noon'))).toEqual([]);
  });
});
