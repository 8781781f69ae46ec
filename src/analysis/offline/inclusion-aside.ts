// "Reyes’s allies, including the deputy leader, Ada Kiel, announced …": the people an aside includes are some of
// the speakers, named as examples; the subject is the phrase before the aside. Read back as appositions, the
// chunks gave the report to the deputy alone (an editor's read).
import { lowerOf, type Token } from './tokens.ts';

const INCLUDING = new Set(['including', 'notably', 'especially']);

/**
 * For a comma closing an aside before a verb: the index of the comma that opens an "including …" aside within
 * the chunks back to `lo`, or -1 when none does.
 */
export function inclusionStart(tokens: Token[], comma: number, lo: number): number {
  for (let k = comma - 1; k > lo && comma - k <= 16; k--) {
    if (tokens[k]?.text !== ',') continue;
    const next = lowerOf(tokens[k + 1]);
    if (INCLUDING.has(next) || (next === 'among' && lowerOf(tokens[k + 2]) === 'them')) return k;
  }
  return -1;
}
