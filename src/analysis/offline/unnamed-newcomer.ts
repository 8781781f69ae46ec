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
const FEMALE = new Set(['woman', 'girl', 'lady', 'mother', 'grandmother', 'widow']);

/** Where the last unnamed newcomer of that gender is brought in, in the sentence and before `at`, or -1. */
export function newcomerIn(ctx: ResolveContext, sentence: number, at: number, gender: 'm' | 'f'): number {
  const from = ctx.firstWordOf(sentence)?.start;
  if (from === undefined) return -1;
  const to = Math.min(at, ctx.firstWordOf(sentence + 1)?.start ?? at);
  // Only the last few hundred characters are read: a newcomer further back in a run-on sentence is no nearer
  // than anyone else, and reading each pronoun's whole sentence grew with its square on a paste with no full stops.
  const start = Math.max(from, to - NEWCOMER_REACH);
  const stretch = ctx.text.slice(start, to);
  // Most sentences hold none of the words: told without the pattern.
  if (!/\b(?:wom|girl|lady|moth|grandm|wido|man|boy|fath|grandf|guy)/.test(stretch)) return -1;
  let last = -1;
  for (const match of stretch.matchAll(NEWCOMER)) {
    const index = start + (match.index ?? 0);
    // Inside a quote it is a speaker's words ("“the most popular guy who …”"), no one brought into the story.
    if (FEMALE.has(match[1] as string) === (gender === 'f') && !ctx.insideQuote(index)) last = index;
  }
  return last;
}

const NEWCOMER_REACH = 400;
