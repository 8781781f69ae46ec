// The full stop inside a name: "Mr. Doe", "Rev. Al Sharpton", "James B. Comey", "Rep. G.K. Butterfield".
// The tokeniser makes "Mr." two tokens ("Mr" and "."), so every rule that walks a name across tokens asks
// here whether a "." belongs to the name or ends a sentence. Without this, real copy (where most speakers
// carry an honorific or a middle initial) loses the quote or gets "Mr" as its speaker.
import { isCapitalised, lower, stripPossessive, type Token } from './tokens.ts';

/** Abbreviated titles written before a name. Lower-case, without the dot. */
export const TITLE_ABBREVIATIONS = new Set(
  `mr mrs ms messrs dr rev rep reps sen sens gov gen lt col sgt capt cmdr adm maj cpl pvt prof supt insp det
  hon fr sr st pres atty del cong amb brig`.split(/\s+/),
);

/** "B", "G.K", "U.S": initials, which the tokeniser leaves without their final dot. */
export function isInitials(word: string): boolean {
  return /^\p{Lu}(?:\.\p{Lu})*$/u.test(word);
}

/** A title abbreviation or an initial, written right before a dot. */
export function takesNameDot(word: string): boolean {
  return TITLE_ABBREVIATIONS.has(lower(word)) || isInitials(word);
}

/**
 * The dot that closes a name: a suffix's ("Tomas Reyes Jr.", "Paul Vance Sr."), the name's own whatever follows
 * it, or an abbreviation's before a lower-case word.
 */
export function isNameEndDot(tokens: readonly Token[], k: number): boolean {
  return (
    (tokens[k]?.text === '.' && /^[JS]r$/.test(tokens[k - 1]?.text ?? '')) || isAbbreviationDot(tokens, k)
  );
}

/**
 * "the F.B.I. said", "the U.N. envoy": a dotted abbreviation's last dot, glued to it, before a lower-case word,
 * belongs to it (the tokeniser leaves it apart); at a sentence's end it is the stop.
 */
export function isAbbreviationDot(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  return (
    tokens[k]?.text === '.' &&
    before !== undefined &&
    before.end === tokens[k]?.start &&
    DOTTED_ABBREVIATION.test(before.text) &&
    /^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')
  );
}
const DOTTED_ABBREVIATION = /^(?:\p{Lu}\.)+\p{Lu}$/u;

/**
 * True when tokens[k] is a "." glued to a title abbreviation or an initial and followed by a capitalised
 * word: the dot is part of a name, not the end of a sentence.
 */
export function isNameDot(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k];
  const before = tokens[k - 1];
  const after = tokens[k + 1];
  return (
    dot?.text === '.' &&
    before !== undefined &&
    after !== undefined &&
    before.end === dot.start &&
    takesNameDot(before.text) &&
    (isCapitalised(after.text) ||
      (TITLE_ABBREVIATIONS.has(lower(before.text)) && opensParticleName(tokens, k + 1)))
  );
}

/** Lower-case particles inside a surname: "von der Leyen", "van den Berg", "de la Fosse". */
export const NAME_PARTICLES = new Set(['der', 'den', 'de', 'la', 'le', 'van', 'von', 'du', 'da']);

/** "Ms. von der Leyen": one or two particles at `k`, then a capitalised word. */
export function opensParticleName(tokens: readonly Token[], k: number): boolean {
  for (let i = k; i < k + 2 && NAME_PARTICLES.has(tokens[i]?.text ?? ''); i++)
    if (isCapitalised(tokens[i + 1]?.text ?? '')) return true;
  return false;
}

/**
 * The name a one-word mention shows: the word, or, for dotted initials ("F.B.I", "S.E.C"), the word and the
 * last dot the tokeniser left apart, as the copy writes it.
 */
export function singleWordName(text: string, token: Token): string {
  const word = stripPossessive(token.text);
  return word === token.text && DOTTED_ABBREVIATION.test(word) && text[token.end] === '.' ? `${word}.` : word;
}
