// One source quoting less of a speech than another is no rewording: it may quote only the last sentence of a
// longer quote (“The board will meet again on Monday.” against “We heard every crew. The board will meet again
// on Monday.”), or cut passages out and mark the cut with an ellipsis (“We heard every crew … on Monday”).
// The word diff of such a pair often pairs an early small word ("We", "the") of the longer quote with the
// shorter's first word, and the words in between then read as a change inside the quote. So a pair is only
// a cut when each passage of the shorter wording (between its ellipses) is a run of the longer's words, in
// order, and where the shorter stops, the longer's sentence ends too (or the shorter marks the cut with an
// ellipsis): a quote closed where the speaker's sentence went on (“I kept telling them, ‘The ferry is coming
// back,’” against “…‘The ferry is coming back, the ferry is coming back’”) is printed as if the speaker had
// stopped, and stays a difference. Words are compared as spoken: case, punctuation, hyphens and dashes
// ("year-end" / "year end", "coast—and" / "coast — and"), the dots of an abbreviation ("F.B.I." / "FBI") and
// an expletive masked with asterisks are house style.
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

/**
 * Each passage of `shorter` is a run of `longer`'s words, each after the one before, and ends where it may.
 * Each may also begin or end at another point of the speech: the first passage may open with words `longer`
 * cut off its start ("However, the council will not stand by …" against "The council will not stand by, as it
 * promised …"), and the last may go on past `longer`'s end where `longer` closed on a sentence's end.
 */
function passagesRunIn(shorter: string, longer: readonly SpokenWord[]): boolean {
  const pieces = elidedPieces(shorter)
    .map((piece) => ({ ...piece, spoken: spokenWords(piece.words) }))
    .filter((piece) => piece.spoken.length > 0);
  let from = 0;
  for (const [index, piece] of pieces.entries()) {
    const words = piece.spoken.map((spoken) => spoken.word);
    let at = runAt(longer, words, from);
    let length = words.length;
    if (at < 0 && index === 0) ({ at, length } = openingCut(words, longer));
    if (at < 0 && index === pieces.length - 1) ({ at, length } = closingCut(piece.spoken, longer, from));
    if (at < 0) return false;
    from = at + length;
    const last = longer[from - 1] as SpokenWord;
    if (!piece.elidedAfter && from < longer.length && !last.endsSentence) return false;
  }
  return pieces.length > 0;
}

/** Fewest words that make a cut's shared run worth trusting. */
const MIN_SHARED_WORDS = 4;

/** `words` after its first few, a run at `longer`'s start: `longer` cut those few off. */
function openingCut(words: readonly string[], longer: readonly SpokenWord[]): { at: number; length: number } {
  for (let skip = 1; words.length - skip >= MIN_SHARED_WORDS; skip++) {
    if (runAt(longer, words.slice(skip), 0) === 0) return { at: 0, length: words.length - skip };
  }
  return { at: -1, length: 0 };
}

/** `words` but its last few, a run ending `longer`, where the speaker's sentence ended: `longer` stopped there. */
function closingCut(
  words: readonly SpokenWord[],
  longer: readonly SpokenWord[],
  from: number,
): { at: number; length: number } {
  for (let keep = words.length - 1; keep >= MIN_SHARED_WORDS; keep--) {
    const at = longer.length - keep;
    if (at < from || !(words[keep - 1] as SpokenWord).endsSentence) continue;
    if (
      runAt(
        longer,
        words.slice(0, keep).map((spoken) => spoken.word),
        at,
      ) === at
    )
      return { at, length: keep };
  }
  return { at: -1, length: 0 };
}

function runAt(haystack: readonly SpokenWord[], needle: readonly string[], from: number): number {
  for (let i = from; i + needle.length <= haystack.length; i++) {
    if (needle.every((word, k) => sameSpokenWord(haystack[i + k]?.word ?? '', word))) return i;
  }
  return -1;
}

/** Equal, or one masked with asterisks where the other spells it out ("f***ing"): an outlet's house style. */
function sameSpokenWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length !== b.length || !(a.includes('*') || b.includes('*'))) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i] && a[i] !== '*' && b[i] !== '*') return false;
  return true;
}

/** The words as spoken: lower case, "&" as "and", abbreviations' dots dropped, any other mark a space. */
function spokenWords(text: string): SpokenWord[] {
  const plain = text
    .toLowerCase()
    .replace(/[‘’‚‛`´]/g, "'")
    .replace(/(?<=\p{L})\.(?=\p{L})/gu, '')
    .replace(/&/g, ' and ');
  // A masked word's asterisks stay in it ("motherf***er"); asterisks alone are no word.
  const matches = [...plain.matchAll(/[\p{L}\p{N}*]+(?:'[\p{L}\p{N}*]+)*/gu)].filter((match) =>
    /[\p{L}\p{N}]/u.test(match[0]),
  );
  return matches.map((match, i) => {
    const end = (match.index ?? 0) + match[0].length;
    const between = plain.slice(end, matches[i + 1]?.index ?? plain.length);
    return { word: match[0], endsSentence: /[.!?…]/.test(between) };
  });
}
