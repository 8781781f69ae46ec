// A phrase read back from a verb that is the object of a preposition is no subject of that verb: "32% of
// Republican claims", and "the mood at the Varna Council suggested …", whose subject is the mood, which says
// nothing (as "officials at", "staff at", "a spokesman for" or "a report by" the council do).
import { lowerOf, type Token } from './tokens.ts';

/** Whether the phrase starting at tokens[from] is a preposition's object, or opens on one (never before `lo`). */
export function isPrepositionObject(tokens: Token[], from: number, lo: number): boolean {
  if (OBJECT_PREPOSITIONS.has(lowerOf(tokens[from]))) return true;
  if (from - 1 < lo) return false;
  const link = lowerOf(tokens[from - 1]);
  return OBJECT_PREPOSITIONS.has(link) || (MUTE_LINKS.has(link) && isMuteNoun(tokens, from - 2, lo));
}

/**
 * "the mood", "a debate": a determiner and a noun of a state of affairs, which says nothing. A list, not every noun
 * no rule knows: staff, leadership, an ombudsman or a website's update speak for the body after them.
 */
function isMuteNoun(tokens: Token[], k: number, lo: number): boolean {
  return k - 1 >= lo && MUTE_NOUNS.has(lowerOf(tokens[k])) && DETERMINERS.has(lowerOf(tokens[k - 1]));
}
const MUTE_NOUNS = new Set(
  `mood atmosphere debate debates dynamic dynamics fight feud row rift split anger outrage concern tension tensions
  scene situation climate chaos fallout battle struggle turmoil infighting crisis standoff stalemate impasse divide
  mess drama uncertainty frustration confusion unease optimism momentum trend shift vote`.split(/\s+/),
);

const OBJECT_PREPOSITIONS = new Set(['of', 'for', 'with', 'to', 'about', 'against', 'into']);
const MUTE_LINKS = new Set(['at', 'in', 'on', 'over', 'within', 'inside', 'among', 'between', 'around']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their']);
