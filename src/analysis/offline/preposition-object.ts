// A phrase read back from a verb that is the object of a preposition is no subject of that verb: "32% of
// Republican claims", and "the mood at the Varna Council suggested …", whose subject is the mood, which says
// nothing (as "officials at", "a spokesman for" or "a report by" the council do).
import { isCarrierHead } from './credit-before.ts';
import { isDocumentHead, speakerLike } from './speaker-like.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Whether the phrase starting at tokens[from] is a preposition's object, or opens on one (never before `lo`). */
export function isPrepositionObject(tokens: Token[], from: number, lo: number): boolean {
  if (OBJECT_PREPOSITIONS.has(lowerOf(tokens[from]))) return true;
  if (from - 1 < lo) return false;
  const link = lowerOf(tokens[from - 1]);
  return OBJECT_PREPOSITIONS.has(link) || (MUTE_LINKS.has(link) && isMuteNoun(tokens, from - 2, lo));
}

/** "the mood", "a debate": a determiner and a lower-case noun that neither speaks nor carries words. */
function isMuteNoun(tokens: Token[], k: number, lo: number): boolean {
  const noun = tokens[k];
  if (k - 1 < lo || !noun || !/^\p{Ll}+$/u.test(noun.text) || !DETERMINERS.has(lowerOf(tokens[k - 1])))
    return false;
  const phrase = { kind: 'phrase' as const, text: noun.text, head: noun.text, at: noun.start };
  return !speakerLike(phrase) && !isDocumentHead(noun.text) && !isCarrierHead(noun.text);
}

const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'with', 'to', 'about', 'against', 'into']);
const MUTE_LINKS = new Set(['at', 'in', 'on', 'over', 'within', 'inside', 'among', 'between', 'around']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their']);
