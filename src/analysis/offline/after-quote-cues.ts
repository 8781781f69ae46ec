// Verbs that credit a quote only where they follow it: right after a quote, "barked", "read" and "went on" can
// only mean saying it ("“…,” Brandt barked", "“…,” the email read"), while elsewhere ("read the report",
// "went on holiday") they need not, so they stay out of CUE_VERBS, which every rule reads.
import { CUE_VERBS, PARTICLE_CUES } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/** One-word verbs of speech credited after a quote only. */
const AFTER_QUOTE_CUES = new Set(
  `read barked fumed mused surmised wondered elaborated beamed gushed sniped answered pressed questioned
  remembered mocks groused grumbled growled sneered marveled marvelled chided scolded teased whispered
  muttered sighed hollered write writes agrees reasoned protested objected answers wonders muses assured reassured
  repeated retaliated began begins started starts jokes confided confides offered offers`.split(/\s+/),
);
/**
 * "“…,” Reyes went on": verbs of speech made of a verb and its particle, credited after a quote only. A Map, as
 * PARTICLE_CUES: an object indexed by a word of the text looked the word up in the engine's string table. An
 * object also answered inherited names ("constructor") with a function, which never equals the next word: a
 * particle of undefined gives the same answers.
 */
const AFTER_QUOTE_PARTICLES: ReadonlyMap<string, string> = new Map([
  ['went', 'on'],
  ['goes', 'on'],
  ['shot', 'back'],
  ['fired', 'back'],
  ['chimed', 'in'],
  ['cut', 'in'],
]);

/** The cue at k, as credited after a quote ("said", "barked", "went on"), or null when k holds none. */
export function cueAfterQuote(tokens: Token[], k: number, to: number): string | null {
  if (k >= to) return null;
  const word = lowerOf(tokens[k]);
  if (CUE_VERBS.has(word)) return word;
  // "Read said", "Will wrote": capitalised, these are names.
  if (!/^\p{Ll}/u.test(tokens[k]?.text ?? '')) return null;
  if (AFTER_QUOTE_CUES.has(word)) return word;
  // "points out" is a cue wherever it stands (lexicon.ts); the others only here.
  const particle = AFTER_QUOTE_PARTICLES.get(word) ?? PARTICLE_CUES.get(word);
  return particle && lowerOf(tokens[k + 1]) === particle ? `${word} ${particle}` : null;
}

/**
 * "Brandt shot back: “…”", "Reyes fired back sharply, “…”": a verb and its particle right before the colon or
 * comma that opens a quote, an adverb in "-ly" perhaps between, introduce it as its one-word kin do. Without
 * this the scan passed them by and credited an earlier clause's subject ("After Reyes spoke, Brandt shot back").
 */
export function particleCueIntroduces(tokens: Token[], k: number, markAt: number): boolean {
  const mark = tokens[markAt - 1]?.text;
  if (mark !== ',' && mark !== ':') return false;
  const gap = markAt - 1 - (k + 2);
  if (gap !== 0 && !(gap === 1 && /^\p{Ll}+ly$/u.test(tokens[k + 2]?.text ?? ''))) return false;
  const word = tokens[k]?.text ?? '';
  return /^\p{Ll}/u.test(word) && AFTER_QUOTE_PARTICLES.get(word) === lowerOf(tokens[k + 1]);
}

/** A verb credited after a quote starts at k ("barked", "went on"): where a speaker's name ends. */
export function startsAfterQuoteCue(tokens: Token[], k: number): boolean {
  return isAfterQuoteVerb(tokens[k]?.text ?? '', lowerOf(tokens[k + 1]));
}

/** The same test on words of plain text: "barked", "went" before "on"; lower-case, as a verb is written. */
export function isAfterQuoteVerb(word: string, next: string | undefined): boolean {
  if (!/^\p{Ll}/u.test(word)) return false;
  if (AFTER_QUOTE_CUES.has(word)) return true;
  const particle = AFTER_QUOTE_PARTICLES.get(word);
  return particle !== undefined && next === particle;
}
