// "Though he did not name Vance, he made it clear …. He asked them to …": a "he" opening a sentence goes on
// with the subject before it, and that subject may be a "he" too, standing after a joining word or an opening
// clause rather than first. Read as first, the names in the clause before it took the "he" (an editor's read: a
// candidate's appeal to his rivals was given to the rival it named).
import type { ResolveContext } from './resolve-context.ts';

/**
 * Whether the main clause of the sentence opening at `start` opens before `at` on "he" ("she"), past a joining
 * word, and its opener names no one before its own "he": "However, he …", "Though he did not name Vance, he …";
 * not "When Vance arrived, he …".
 */
export function pronounLeadsBefore(
  ctx: ResolveContext,
  { sentence, start, at }: { sentence: number; start: number; at: number },
  gender: 'm' | 'f',
): boolean {
  const lead = ctx.mainClauseAt(sentence).start;
  const clause = ctx.text.slice(lead, lead + 24);
  const joining = JOINING.exec(clause)?.[0].length ?? 0;
  if (lead + joining >= at || !(gender === 'm' ? /^he\b/i : /^she\b/i).test(clause.slice(joining)))
    return false;
  // "However, he was replaced by Hallam, who took office in May": a man brought on to act takes the stage.
  const end = ctx.firstWordOf(sentence + 1)?.start ?? ctx.text.length;
  if (HANDS_OVER.test(ctx.text.slice(lead + joining, end))) return false;
  const named = (ctx.peopleBySentence.get(sentence) ?? []).find((m) => m.start >= start);
  if (named === undefined || named.start >= lead) return true;
  return (gender === 'm' ? /\bhe\b/i : /\bshe\b/i).test(ctx.text.slice(start, named.start));
}
const JOINING = /^\s*(?:(?:however|but|yet|still|and|instead|meanwhile|later|then|also|so)\b,?\s*)?/i;
/** A passive with its agent named ("was succeeded by Hallam"), a named man's own "who" clause, "he, Hallam,". */
const HANDS_OVER =
  /\b(?:was|were|been|being|is|are)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en)\s+by\s+\p{Lu}|\p{Lu}[\p{L}.'’-]*,\s+who\s+(?!(?:he|she|they|i|we)\b)|^s?he,\s+\p{Lu}/u;

/**
 * Where an earlier "he" ("she") of the same sentence stands that the one at `at` goes on with, joined to it by
 * "and" or "but": in "In the end he praised Hallam, and he said …" the second "he" is the first one's man, not
 * Hallam, named in between as the first one's object. -1 when there is none.
 */
export function coordinatedPronounBefore(
  ctx: ResolveContext,
  { sentence, at }: { sentence: number; at: number },
  gender: 'm' | 'f' | null,
): number {
  if (gender === null) return -1;
  const start = ctx.firstWordOf(sentence)?.start ?? at;
  const before = ctx.text.slice(start, at);
  const joined = /,?\s*\b(?:and|but)\s+$/.exec(before);
  if (!joined) return -1;
  const word = gender === 'm' ? /\b[Hh]e\b/g : /\b[Ss]he\b/g;
  let found = -1;
  for (const match of before.slice(0, joined.index).matchAll(word))
    if (!ctx.insideQuote(start + match.index)) found = match.index;
  if (found < 0) return -1;
  // Only a "he" opening the sentence or its main clause, a few plain words in at most ("In the end he …", "If
  // the vote fails, he …"): one in a clause of its own ("Although Hallam said he was tired, Reyes …, and he
  // said") may be someone else.
  const lead = ctx.mainClauseAt(sentence).start;
  const opensMain = lead <= start + found && ctx.text.slice(lead, start + found).replace(JOINING, '') === '';
  return opensMain || opensClause(before.slice(0, found).replace(JOINING, '')) ? start + found : -1;
}

/** Up to three words before the pronoun, no name after the first, none a subordinator or "that". */
function opensClause(words: string): boolean {
  const list = words.split(/\s+/).filter(Boolean);
  return (
    list.length <= 3 &&
    list.every((word, k) => /^\p{L}+$/u.test(word) && (k === 0 || /^\p{Ll}/u.test(word))) &&
    !list.some((word) => SUBORDINATORS.has(word.toLowerCase()))
  );
}
const SUBORDINATORS = new Set(
  'although though after before because since when whenever while once if unless until as that'.split(' '),
);
