// "Reyes all but begged a woman who said she was undecided to vote for him. After he answered her, she said he had
// her vote.": an unnamed woman brought into the story is whom the next "she" most likely means, and the sheet
// cannot name her. Read past her, the pronoun reached a man of unknown gender named paragraphs before (an
// editor's read: a voter's words shown as a candidate's). The "she" is then left unattributed; so is a "he"
// after "a man who …". Asked only of a sentence that names no one the pronoun could mean ("Reyes described
// himself as a man who …" keeps his "he said"), and only of an indefinite newcomer outside quotes: "never
// mentioned the man who beat him" is someone named, "“the most popular guy who …”" a speaker's words.
import type { ResolveContext } from './resolve-context.ts';

const NEWCOMER =
  /(?<!,\s)\b(?:[Aa]n?|[Aa]nother|[Oo]ne)\s+(?:[\p{Ll}-]+\s+){0,2}?(woman|girl|lady|mother|grandmother|widow|man|boy|father|grandfather|widower|guy)\s+(?:who|whose|in|from|at|with|named|wearing|holding)\b/gu;
const OPENING_MARKS = '"“\'';
const FEMALE = new Set(['woman', 'girl', 'lady', 'mother', 'grandmother', 'widow']);

/** Where the last unnamed newcomer of that gender is brought in, in the sentence and before `at`, or -1. */
export function newcomerIn(ctx: ResolveContext, sentence: number, at: number, gender: 'm' | 'f'): number {
  const from = ctx.firstWordOf(sentence)?.start;
  return from === undefined
    ? -1
    : newcomerBetween(ctx.text, from, Math.min(at, ctx.firstWordOf(sentence + 1)?.start ?? at), gender);
}

function newcomerBetween(text: string, from: number, to: number, gender: 'm' | 'f'): number {
  // A sentence opening on a quote: its mark stands before the first word. Only the last few hundred
  // characters are read: a newcomer further back in a run-on sentence is no nearer than anyone else, and
  // reading each pronoun's whole sentence grew with its square on a paste with no full stops.
  let start = from;
  while (start > 0 && OPENING_MARKS.includes(text.charAt(start - 1))) start--;
  start = Math.max(start, to - NEWCOMER_REACH);
  const stretch = text.slice(start, to);
  // Most sentences hold none of the words: told without the pattern.
  if (!/\b(?:wom|girl|lady|moth|grandm|wido|man|boy|fath|grandf|guy)/.test(stretch)) return -1;
  let last = -1;
  const marks = { at: 0, curly: 0, straight: 0, doubled: 0 };
  for (const match of stretch.matchAll(NEWCOMER)) {
    const index = match.index ?? 0;
    if (FEMALE.has(match[1] as string) === (gender === 'f') && !quotedAt(stretch, index, marks))
      last = start + index;
  }
  return last;
}

const NEWCOMER_REACH = 400;

/**
 * Whether a quote opened before `at` in the stretch is still open there: curly marks by count, straight ones
 * and doubled apostrophes by parity. `marks` carries the count from the last position asked, so the stretch is
 * read once for all its matches.
 */
function quotedAt(
  stretch: string,
  at: number,
  marks: { at: number; curly: number; straight: number; doubled: number },
): boolean {
  for (let k = marks.at; k < at; k++) {
    const c = stretch.charCodeAt(k);
    if (c === 0x201c) marks.curly++;
    else if (c === 0x201d) marks.curly--;
    else if (c === 34) marks.straight++;
    else if (c === 39 && stretch.charCodeAt(k + 1) === 39) {
      marks.doubled++;
      k++;
    }
  }
  marks.at = Math.max(marks.at, at);
  return marks.curly > 0 || marks.straight % 2 === 1 || marks.doubled % 2 === 1;
}
