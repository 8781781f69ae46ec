// The loop every scanner's equivalence test ran: on thousands of reproducible random strings, the hand-written
// reading must give exactly what the definition it replaces gives (a regular expression, mostly).
import { expect } from 'vitest';
import { randomText } from './random-text.ts';

/** Seeds 1 to `seeds`, each a string of `length(seed)` pieces of `alphabet`. */
export interface RandomTexts {
  alphabet: readonly string[];
  seeds: number;
  length: (seed: number) => number;
}

/**
 * On every random string, `reading` equals `definition` (toEqual: the same value for a boolean or a string,
 * the same elements for an array). A failure names the seed and the string; both functions get the seed too,
 * for what a test derives from it (a slice, a title).
 */
export function expectSameOnRandomText<T>(
  texts: RandomTexts,
  reading: (text: string, seed: number) => T,
  definition: (text: string, seed: number) => T,
): void {
  for (let seed = 1; seed <= texts.seeds; seed++) {
    const text = randomText(texts.alphabet, seed, texts.length(seed));
    expect(reading(text, seed), `seed ${seed}: ${JSON.stringify(text)}`).toEqual(definition(text, seed));
  }
}
