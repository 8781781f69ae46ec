// Whether a "who" opens a relative clause on the word before it, for the readers of relative clauses
// (relative-object.ts): "Critics who sued Tom Reyes said …". "That" is not read so: it opens as many clauses that
// tell what was said ("told reporters that unnamed officials said …", "feared that retired officers said …"),
// and four reviews of invented probes found no reading of it that did not lose or misplace such lines.
import { isWord, lowerOf, type Token } from './tokens.ts';

/** "who", or "who’d", "who'll" with its helper glued on. */
export function isWho(token: Token | undefined): boolean {
  return /^who(?:['’](?:d|ll|ve|re))?$/.test(lowerOf(token));
}

/** "who" after a word: "Critics who sued …", "a builder who said …". */
export function isRelativeAt(tokens: Token[], k: number): boolean {
  return isWho(tokens[k]) && isWord(tokens[k - 1]);
}

/** "once", "long", "previously": an adverb between a relative's helpers and its verb. */
export function isAdverb(token: Token | undefined): boolean {
  return /^\p{Ll}+ly$/u.test(token?.text ?? '') || ADVERB_WORDS.has(token?.text ?? '');
}
const ADVERB_WORDS = new Set(
  'once long also never often still always already just first later even ever'.split(' '),
);
