import { describe, expect, it } from 'vitest';
import { isAbbreviation, wordBefore } from '../../../src/analysis/offline/abbreviation-dot.ts';
import { randomText } from '../../support/random-text.ts';

const byPattern = (text: string, dot: number) =>
  /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
// Letters (one astral), dots, spaces, digits and lone surrogate halves: what ends the word before a stop.
const ALPHABET = ['a', 'Z', 'é', '.', ' ', '7', '𝐀', '\ud835', '\udc00', '’', '-'];

describe('wordBefore', () => {
  it('gives the pattern’s word before every dot of random strings', () => {
    for (let seed = 1; seed <= 3000; seed++) {
      const text = randomText(ALPHABET, seed, seed % 30);
      for (let dot = 0; dot <= text.length; dot++)
        expect(wordBefore(text, dot), JSON.stringify([text, dot])).toBe(byPattern(text, dot));
    }
  });

  it('still tells a title from a sentence end', () => {
    expect(isAbbreviation('Gov. Ada Brenner said.', 3)).toBe(true);
    expect(isAbbreviation('Gov. Ada Brenner said.', 21)).toBe(false);
    expect(isAbbreviation('Former Cong. Ada Brenner said.', 11)).toBe(true);
    expect(isAbbreviation('Amb. Tomas Reyes said.', 3)).toBe(true);
  });

  it('reads the "Ste." of a place name (Sainte) as no sentence end', () => {
    const place = 'The ferry may stop if Ste. Odile keeps its fees low.';
    expect(isAbbreviation(place, place.indexOf('Ste.') + 3)).toBe(true);
  });

  it('keeps a state before a title in its sentence, but lets a state after a city end one', () => {
    const before = 'Leaders called on Ariz. Gov. Ada Brenner to veto the bill.';
    expect(isAbbreviation(before, before.indexOf('Ariz.') + 4)).toBe(true);
    const city = 'She flew home to Tarsa, Ariz. Gov. Brenner met her there.';
    expect(isAbbreviation(city, city.indexOf('Ariz.') + 4)).toBe(false);
    const name = 'Voters in Ariz. Tomas Reyes won.';
    expect(isAbbreviation(name, name.indexOf('Ariz.') + 4)).toBe(false);
  });

  it('knows every state the epithets know by its AP abbreviation: "Tex.", "Del.", "Wisc."', () => {
    for (const state of ['Tex.', 'Del.', 'Wisc.', 'N.Y.']) {
      const text = `Leaders called on ${state} Gov. Ada Brenner to veto the bill.`;
      expect(isAbbreviation(text, text.indexOf(state) + state.length - 1)).toBe(true);
    }
  });
});
