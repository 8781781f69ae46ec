// "The memo from the county office was blunt. “…,” it said.": with no body named near for "it" to stand for,
// the pronoun after a quote is the document that opened the sentence before: shown as "the memo", where the
// quote was dropped for want of a speaker. Only a document that is that sentence's subject ("it" after "…
// approves the resolution" is something else), and only an "it" that opens its own clause or follows only
// the quote it credits ("the Courier's reporting …, as it suggested" has another subject before it).
import { isCarrierHead } from './credit-before.ts';
import type { ResolveContext } from './resolve-context.ts';

/** The words that open a sentence on a determiner: the document, if any, is among the next four. */
const OPENING_DETERMINER =
  /^(?:(?:But|And|Yet)\s+)?(?:The|A|An|This|That|Its|His|Her|Their)\s+((?:\S+\s+){0,3}\S+)/u;

const LETTER = /\p{L}/u;
const QUOTED = /[“"][^”"]*[”"]/g;

export function documentIt(at: number, ctx: ResolveContext): string | null {
  const sentence = ctx.sentenceOf(at);
  // A quote opening the sentence starts one character before its first word.
  const own = ctx.firstWordOf(sentence);
  const start = own ? own.start - (OPENING_MARK.test(ctx.text[own.start - 1] ?? '') ? 1 : 0) : at;
  if (start < at && LETTER.test(ctx.text.slice(start, at).replace(QUOTED, ''))) return null;
  const first = ctx.firstWordOf(sentence - 1);
  if (!first || first.start >= at) return null;
  const words = OPENING_DETERMINER.exec(ctx.text.slice(first.start, Math.min(at, first.start + 120)))?.[1];
  // Lower-case only: "The Harbor Post" is a paper's name, no post.
  const noun = words
    ?.split(/\s+/)
    .map((word) => word.replace(TRAILING_MARKS, ''))
    .find((word) => /^\p{Ll}/u.test(word) && isCarrierHead(word));
  return noun ? `the ${noun}` : null;
}
const OPENING_MARK = /[“"]/;
const TRAILING_MARKS = /[^\p{L}-]+$/u;
