// A quote of a word or two is a fragment of the reporter's sentence, and alone it loses what it was said of:
// `Park called Tamm “capable.”` shown as `Park: “capable.”` no longer says who is capable, and `attacked the
// mayor for pushing a “reckless plan”` reads as the speaker's own plan. The sheet shows the source's words
// just before such a quote, back to the verb that frames it ("called Tamm", "attacked the mayor for pushing
// a"), when one stands within a few words of its clause. Without one ("… and a “bomb-thrower”"), a few words
// more would frame nothing, and the quote is shown as before.
import type { Span } from '../../types.ts';
import { CUE_VERBS } from '../offline/lexicon.ts';
// Where the clause before the quote ends, and the marks that open it, as for a negation before a quote.
import { CLAUSE_END, OPENING } from './negating-lead-in.ts';

/** The most words a quote may hold to be a fragment. */
const FRAGMENT_WORDS = 2;
/** How far back the framing verb is looked for. */
const VERB_REACH = 7;
/** Verbs that name or describe, which frame a fragment as verbs of saying do. */
const NAMING = new Set(
  `called calls calling dubbed dubs labeled labelled labels branded brands termed terms described describes
  describing deemed`.split(/\s+/),
);
const WORD = /^[\p{L}\p{N}’'-]+$/u;
const WORDS = /[\p{L}\p{N}’'-]+/gu;

/**
 * The words of the span, counted up to `most`: every quote of an article is asked, and listing all the words
 * of a long one to learn it holds more than two cost a tenth of grounding's time on 2 MB of news.
 */
function wordsUpTo(text: string, span: Span, most: number): number {
  let count = 0;
  WORDS.lastIndex = span.start;
  while (count < most) {
    const found = WORDS.exec(text);
    if (found === null || found.index >= span.end) break;
    count++;
  }
  return count;
}

export function fragmentLeadIn(text: string, span: Span): string | null {
  const quoted = wordsUpTo(text, span, FRAGMENT_WORDS + 1);
  if (quoted === 0 || quoted > FRAGMENT_WORDS) return null;
  let end = span.start;
  while (end > 0 && OPENING.test(text[end - 1] as string)) end--;
  // A quote set off by a colon or a comma ("Park said: “Yes.”") stands as said; only one inside a clause is
  // a fragment of it.
  if (end === span.start || end === 0 || !/[\p{L}\p{N}]/u.test(text[end - 1] as string)) return null;
  let at = end;
  for (let words = 0; words < VERB_REACH && at > 0; words++) {
    let start = at;
    while (start > 0 && WORD.test(text[start - 1] as string)) start--;
    if (start === at) break;
    const word = text.slice(start, at).toLowerCase();
    if (CUE_VERBS.has(word) || NAMING.has(word)) return text.slice(start, end);
    if (start === 0 || text[start - 1] !== ' ' || CLAUSE_END.test(text[start - 2] ?? '')) break;
    at = start - 1;
  }
  return null;
}
