// A speaker credited by a bare surname, one letter off the surname of a speaker the story names in full, is that
// speaker with the outlet's typo: "Tump announced …" in a story quoting Donald Trump, "Sweeny said" beside
// "Steve Sweeney", "O'Neill" beside "James O’Neill". A bare surname is how a story refers back to someone it has
// introduced; one that no full name carries and that is a letter off another's is a slip of the keyboard, and
// shown as a person of its own it read as a second speaker (an editor's read).
import type { RawAnalysis } from '../../types.ts';
import { isPersonName } from './person-name-check.ts';

type RawQuote = RawAnalysis['quotes'][number];

/** Shorter surnames are too often another's with one letter changed ("Kerr", "Kern"). */
const SHORTEST_SURNAME = 5;

export function withMisspeltSurnamesMended(quotes: RawQuote[]): RawQuote[] {
  const fullNames = [...new Set(quotes.map((quote) => quote.speaker))].filter(isFullName);
  if (fullNames.length === 0) return quotes;
  const mended = new Map<string, RawQuote | null>();
  return quotes.map((quote) => {
    if (!isBareSurname(quote.speaker)) return quote;
    if (!mended.has(quote.speaker)) mended.set(quote.speaker, personMeant(quote.speaker, fullNames, quotes));
    const person = mended.get(quote.speaker);
    return person ? { ...quote, speaker: person.speaker, role: quote.role ?? person.role } : quote;
  });
}

/** The one full-named speaker whose surname `bare` misspells, with a quote of theirs for the role; or null. */
function personMeant(bare: string, fullNames: string[], quotes: RawQuote[]): RawQuote | null {
  // The same surname, as written, is left to speaker resolution, which knows whom else the story names by it.
  const matches = fullNames.filter(
    (name) => surnameOf(name) !== bare && oneLetterOff(folded(bare), folded(surnameOf(name))),
  );
  if (matches.length !== 1) return null;
  return quotes.find((quote) => quote.speaker === matches[0]) ?? null;
}

/** "Donald Trump", "James O’Neill": a person's name whose given name the lexicon knows, its surname of some length. */
function isFullName(speaker: string): boolean {
  return isPersonName(speaker) && speaker.includes(' ') && surnameOf(speaker).length >= SHORTEST_SURNAME;
}

function isBareSurname(speaker: string): boolean {
  return !speaker.includes(' ') && isCapitalisedWord(speaker) && speaker.length >= SHORTEST_SURNAME - 1;
}

/** "Trump", "O'Neill", "Smith-Jones": a capital, then lower-case letters, a capital only after ' or -. */
function isCapitalisedWord(word: string): boolean {
  return /^\p{Lu}(?:\p{Ll}|['’-]\p{Lu}?)*\p{Ll}$/u.test(word);
}

function surnameOf(name: string): string {
  return name.slice(name.lastIndexOf(' ') + 1);
}

/** Lower case, with the typed apostrophe for the curly one: "O’Neill" and "O'Neill" are one spelling. */
function folded(word: string): string {
  return word.toLowerCase().replace(/’/g, "'");
}

/** Equal but for the apostrophe, or one letter added, dropped or changed, the first letter kept. */
function oneLetterOff(a: string, b: string): boolean {
  if (a === b) return true;
  if (a[0] !== b[0] || Math.abs(a.length - b.length) > 1) return false;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  let i = 0;
  while (i < short.length && short[i] === long[i]) i++;
  const rest = short.length === long.length ? i + 1 : i;
  return short.slice(rest) === long.slice(i + 1);
}
