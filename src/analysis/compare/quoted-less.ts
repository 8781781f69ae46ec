// One source quoting less of a speech than another is no rewording: it may quote only the last sentence of a
// longer quote (“The board will meet again on Monday.” against “We heard every crew. The board will meet again
// on Monday.”), or cut passages out and mark the cut with an ellipsis (“We heard every crew … on Monday”).
// The word diff of such a pair often pairs an early small word ("We", "the") of the longer quote with the
// shorter's first word, and the words in between then read as a change inside the quote. So a pair is only
// a cut when each passage of the shorter wording (between its ellipses) is a run of the longer's words, in
// order, and where the shorter stops, the longer's sentence ends too (or the shorter marks the cut with an
// ellipsis): a quote closed where the speaker's sentence went on (“I kept saying, ‘She is coming home,’”
// against “…‘She is coming home, she is coming home’”) is printed as if the speaker had stopped, and stays a
// difference. Words are compared as spoken: case, punctuation, hyphens and dashes ("year-end" / "year end",
// "coast—and" / "coast — and") and the dots of an abbreviation ("F.B.I." / "FBI") are house style.
import { elidedPieces } from './elided-pieces.ts';

interface SpokenWord {
  word: string;
  /** A full stop, question or exclamation mark follows it before the next word. */
  endsSentence: boolean;
}

/** Whether one wording only quotes less of the other (or the same words, printed in another style). */
export function onlyQuotesLess(x: string, y: string): boolean {
  const a = spokenWords(x);
  const b = spokenWords(y);
  return a.length <= b.length ? passagesRunIn(x, b) : passagesRunIn(y, a);
}

/** Each passage of `shorter` is a run of `longer`'s words, each after the one before, and ends where it may. */
function passagesRunIn(shorter: string, longer: readonly SpokenWord[]): boolean {
  let from = 0;
  let any = false;
  for (const piece of elidedPieces(shorter)) {
    const words = spokenWords(piece.words).map((spoken) => spoken.word);
    if (words.length === 0) continue;
    const at = runAt(longer, words, from);
    if (at < 0) return false;
    from = at + words.length;
    const last = longer[from - 1] as SpokenWord;
    if (!piece.elidedAfter && from < longer.length && !last.endsSentence) return false;
    any = true;
  }
  return any;
}

function runAt(haystack: readonly SpokenWord[], needle: readonly string[], from: number): number {
  for (let i = from; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, k) => haystack[i + k]?.word === word)) return i;
  }
  return -1;
}

/** The words as spoken: lower case, "&" as "and", abbreviations' dots dropped, any other mark a space. */
function spokenWords(text: string): SpokenWord[] {
  const plain = text
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
    .replace(/&/g, ' and ');
  const matches = [...plain.matchAll(/[\p{L}\p{N}]+(?:'[\p{L}\p{N}]+)*/gu)];
  return matches.map((match, i) => {
    const end = (match.index ?? 0) + match[0].length;
    const between = plain.slice(end, matches[i + 1]?.index ?? plain.length);
    return { word: match[0], endsSentence: /[.!?…]/.test(between) };
  });
}
