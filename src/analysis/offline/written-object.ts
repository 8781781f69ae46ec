// "Justice Marsh wrote a sharp dissent, rooted in …", "Ruiz wrote a $500 cheque to a fund backing …": after
// "wrote", a noun phrase opening on "a" or "an" is the thing written, not the one written to ("wrote lawmakers
// that …"), and the words after it are the reporter's, unless "that" follows it ("wrote a friend that …") or a
// participle of saying goes on to report ("wrote a letter to the board saying …").
import { INDIRECT_CUES } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/** The verbs of writing that report a clause: "write" and "writing" are no such cue. */
const WRITING = new Set(['wrote', 'writes']);
const INDEFINITE = new Set(['a', 'an']);
/** How far past the thing written a participle of saying is looked for. */
const REACH = 12;

/** Whether tokens[from, to) after the writing verb `cue` is a thing written, with no clause after it. */
export function writtenThing(tokens: Token[], from: number, to: number, cue: string): boolean {
  if (!WRITING.has(cue) || !INDEFINITE.has(lowerOf(tokens[from])) || lowerOf(tokens[to]) === 'that')
    return false;
  for (let k = to; k < tokens.length && k < to + REACH && tokens[k]?.text !== ','; k++) {
    const word = lowerOf(tokens[k]);
    if (word.endsWith('ing') && INDIRECT_CUES.has(word)) return false;
  }
  return true;
}
