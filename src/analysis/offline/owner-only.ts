// Whether a possessive name before a quote's sentence only owns a thing, for "he" and "she" looking back.
import type { Mention } from './entities.ts';

/**
 * A possessive name, which only owns what follows ("Vance’s plan"), unless a verb follows: "Beck’s stood out
 * for its demand" stands for Beck's speech, and Beck is the clause's subject.
 */
export function ownerOnly(text: string, mention: Mention): boolean {
  if (!endsPossessive(text, mention)) return false;
  const next = /^\s+(\p{Ll}+)/u.exec(text.slice(mention.end, mention.end + 24))?.[1];
  return next === undefined || !PAST_VERBS.has(next);
}

/** Verbs that may follow a possessive standing for its owner's thing: "Brandt’s was the first", "Reyes’s stood". */
const PAST_VERBS = new Set(
  'was is has had will would stood came went drew got made took won lost fell rose remained became'.split(
    ' ',
  ),
);

/** `/['’]s$/` of the mention's text. */
export function endsPossessive(text: string, mention: Mention): boolean {
  if (mention.end - mention.start < 2 || text.charCodeAt(mention.end - 1) !== 115) return false;
  const mark = text.charCodeAt(mention.end - 2);
  return mark === 39 || mark === 0x2019;
}
