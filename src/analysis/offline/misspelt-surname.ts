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
  // Each full name's surname folded once, under its first letter: a bare surname is compared only with the
  // surnames it could be one letter off, where every bare surname of a long paste folded every full name again.
  const byInitial = new Map<string, FullName[]>();
  for (const name of fullNames) {
    const surname = surnameOf(name);
    const spelled = folded(surname);
    const list = byInitial.get(spelled[0] as string);
    const entry = { name, surname, folded: spelled };
    if (list) list.push(entry);
    else byInitial.set(spelled[0] as string, [entry]);
  }
  const firstQuote = new Map<string, RawQuote>();
  for (const quote of quotes) if (!firstQuote.has(quote.speaker)) firstQuote.set(quote.speaker, quote);
  const mended = new Map<string, RawQuote | null>();
  return quotes.map((quote) => {
    if (!isBareSurname(quote.speaker)) return quote;
    let person = mended.get(quote.speaker);
    if (person === undefined) {
      person = personMeant(quote.speaker, byInitial, firstQuote);
      mended.set(quote.speaker, person);
    }
    return person ? { ...quote, speaker: person.speaker, role: quote.role ?? person.role } : quote;
  });
}

interface FullName {
  name: string;
  surname: string;
  folded: string;
}

/** The one full-named speaker whose surname `bare` misspells, with their first quote for the role; or null. */
function personMeant(
  bare: string,
  byInitial: Map<string, FullName[]>,
  firstQuote: Map<string, RawQuote>,
): RawQuote | null {
  const spelled = folded(bare);
  let match: string | null = null;
  for (const full of byInitial.get(spelled[0] as string) ?? []) {
    // The same surname, as written, is left to speaker resolution, which knows whom else the story names by it.
    if (full.surname === bare || !oneLetterOff(spelled, full.folded)) continue;
    if (match !== null) return null;
    match = full.name;
  }
  return match === null ? null : (firstQuote.get(match) ?? null);
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
