// "the Dunmore, Vt., chapter of Harbour Watch": a place with its state set off by commas, then the noun it
// modifies. The noun phrase stops at the first comma, and the sheet showed the town as the speaker.
import { wordLexicon } from './compromise-lexicon.ts';
import type { Mention } from './entities.ts';
import { nounPhrase } from './noun-phrase.ts';
import { fold, isCapitalised, lowerOf, type Token } from './tokens.ts';

/**
 * The end of a phrase "the <Place>, <State>., <noun …>" opened at `from` and cut at `to`, the place's last word;
 * `to` when the phrase is not that.
 */
export function pastPlaceModifier(tokens: Token[], from: number, to: number): number {
  if (
    lowerOf(tokens[from]) !== 'the' ||
    !isCapitalised(tokens[to]?.text ?? '') ||
    tokens[to + 1]?.text !== ','
  )
    return to;
  let k = to + 2;
  if (!isCapitalised(tokens[k]?.text ?? '')) return to;
  k++;
  if (tokens[k]?.text === '.') k++;
  if (tokens[k]?.text !== ',' || !/^\p{Ll}/u.test(tokens[k + 1]?.text ?? '')) return to;
  const rest = nounPhrase(tokens, k + 1);
  return rest && rest.from === k + 1 ? rest.to : to;
}

/** A mention of something not a person or body whose name the lexicon knows as a place: "Kessel", "Ohio". */
export function isPlace(mention: Mention): boolean {
  return mention.entity.kind === 'other' && wordLexicon().places.has(fold(mention.entity.name));
}
