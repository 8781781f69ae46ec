// Text and speaker matching exactly as the real corpora's READMEs prescribe (PolNeAR and BASIL share one
// protocol), kept apart from our own corpus's matcher so that figures on real text are comparable with
// what anyone else scoring the same data reports.
//   normalise: NFKC, quote characters deleted, dashes unified, lower case, whitespace collapsed, edge
//              punctuation stripped;
//   words:     the \w+ runs of the normalised text;
//   relaxed:   exact, or word-multiset Dice ≥ 0.6.

import { diceOfWords } from '../text-match.ts';

export const REAL_RELAXED_DICE = 0.6;

const QUOTE_CHARS = /[“”„‟"‘’‚‛'`«»]/g;

export function normaliseReal(text: string): string {
  return text
    .normalize('NFKC')
    .replace(QUOTE_CHARS, '')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, '');
}

export function realWords(text: string): string[] {
  return normaliseReal(text).match(/[\p{L}\p{N}_]+/gu) ?? [];
}

export function realDice(a: string, b: string): number {
  return diceOfWords(realWords(a), realWords(b));
}

/** 1 for an exact match, the Dice score otherwise: the relaxed pairing's score. */
export function relaxedScore(a: string, b: string): number {
  return normaliseReal(a) === normaliseReal(b) ? 1 : realDice(a, b);
}

/** Capitalised words that name no one: titles, generic nouns, pronouns (PolNeAR README's "generic words"). */
const GENERIC = new Set(
  `the he she it they we i you his her their its this that these those a an mr mrs ms miss dr rev sen senator
  rep representative gov governor gen general lt president presidential vice secretary speaker chairman
  chairwoman chair leader minister spokesman spokeswoman spokesperson officials official aides aide campaign
  democrats democrat republicans republican administration people sources source voters reporters critics
  experts analysts authorities police mayor judge justice attorney director candidate nominee former`.split(
    /\s+/,
  ),
);
const PREPOSITIONS = new Set('for of to with at from in on by about over under into near'.split(' '));
/** From a relative pronoun to the end: " who represents …", ", which runs …". */
const RELATIVE_CLAUSE = /,?\s+(?:who|whom|whose|which)\s.*$/su;

/**
 * The surname of each named part of a gold speaker mention: parts split on commas and " and ", brackets and
 * a relative clause dropped; in a part with a preposition, the words before it when they hold a name.
 */
export function goldSurnames(mention: string): string[] {
  // "Sen. Ada Roe who represents Port Ely and …": a relative clause says which one, and names no speaker.
  const cleaned = mention.replace(/\([^)]*\)/g, ' ').replace(RELATIVE_CLAUSE, '');
  const out: string[] = [];
  for (const part of cleaned.split(/,|\band\b/)) {
    const tokens = part.trim().split(/\s+/).filter(Boolean);
    const prep = tokens.findIndex((t, i) => i > 0 && PREPOSITIONS.has(t.toLowerCase()));
    // "Chris Low at FTN Financial" names Low; "Officials at Homeland Security" names the body, since
    // the part starts with a capital; "a spokesman for Hillary Clinton" names no one.
    const head = prep > 0 ? tokens.slice(0, prep) : tokens;
    const surname =
      lastName(head) ?? (prep > 0 && /^\p{Lu}/u.test(tokens[0] ?? '') ? lastName(tokens) : null);
    if (surname) out.push(surname);
  }
  return out;
}

function lastName(tokens: string[]): string | null {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const word = (tokens[i] as string).replace(/['’]s$/u, '').replace(/[^\p{L}\p{N}-]/gu, '');
    if (/^\p{Lu}/u.test(word) && !GENERIC.has(word.toLowerCase())) return word.toLowerCase();
  }
  return null;
}

/** Right when the prediction equals the gold mention, or holds the surname of a named part of it. */
export function realSpeakerMatches(gold: string, predicted: string): boolean {
  const p = normaliseReal(predicted).replace(/['’]s\b/g, '');
  if (p === '') return false;
  if (p === normaliseReal(gold).replace(/['’]s\b/g, '')) return true;
  const predictedWords = new Set(realWords(predicted.replace(/['’]s\b/g, '')));
  return goldSurnames(gold).some((surname) => realWords(surname).every((w) => predictedWords.has(w)));
}
