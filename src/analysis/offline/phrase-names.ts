// Who a speaker phrase names, if anyone: the person in "Trump lawyer Marc Kasowitz", not the one in "a
// spokeswoman for Paul Ryan" or "a source close to Ilse Brandt"; a named body the phrase ends with.
import { type Mention, mentionAt } from './entities.ts';
import { ROLE_NOUNS } from './lexicon.ts';
import { nameBeforeLink } from './name-before-link.ts';
import { beforeCommonNoun, modifiesNoun } from './name-modifier.ts';
import { describesOthers, PP_HEADS } from './phrase-head.ts';
import { isGroupPlural } from './speaker-like.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * The person a phrase names. English puts the head last ("Trump lawyer Marc Kasowitz" is Kasowitz), and a
 * prepositional phrase only describes it ("Mikael Strand of grid operator Nordnett" is Strand): so the last
 * person before the first preposition. A person named only inside the prepositional phrase of a role noun
 * ("a spokeswoman for Paul Ryan") is not the speaker.
 */
export function personIn(tokens: Token[], from: number, to: number, ctx: PhraseContext): Mention | null {
  let limit = to;
  let postmodified = false;
  for (let k = from + 1; k <= to; k++) {
    postmodified = describesOthers(tokens, k);
    if (PP_HEADS.has(lowerOf(tokens[k])) || postmodified) {
      limit = k - 1;
      break;
    }
  }
  for (let k = limit; k >= from; k--) {
    const found = mentionAt(ctx.registry, (tokens[k] as Token).start);
    // "Vance’s attorney" is the attorney: a possessive name before the head only modifies it, and so does a
    // name before a common noun ("the Maren team", "the Clinton campaign").
    if (
      found?.entity.kind === 'person' &&
      !(
        k < limit &&
        (endsPossessive(ctx.text, found) ||
          modifiesNoun(tokens, found, limit) ||
          headedAfter(tokens, from, found, limit))
      )
    )
      return found;
  }
  // "a source close to Rivera" is not Rivera, whatever the noun before "close"; nor is "a former speechwriter
  // for Ilse Brandt" Brandt: a common noun before the preposition heads the phrase. "A statement from Brandt"
  // is hers.
  // "Jorund Halvik of Brennock": a name the registry could not place still heads its phrase.
  const unplaced = limit < to && !postmodified ? nameBeforeLink(tokens, from, limit, ctx) : null;
  if (unplaced) return unplaced;
  if (postmodified || (limit < to && headsPhrase(tokens[limit], tokens[limit + 1]))) return null;
  for (let k = limit + 1; k <= to; k++) {
    const found = mentionAt(ctx.registry, (tokens[k] as Token).start);
    if (found?.entity.kind === 'person') return found;
  }
  return null;
}

function headsPhrase(noun: Token | undefined, preposition: Token | undefined): boolean {
  // "Supporters of Mr. Harlan", capitalised as the sentence opens: a plural of people heads its phrase too.
  if (ROLE_NOUNS.has(lowerOf(noun)) || isGroupPlural(lowerOf(noun))) return true;
  return /^\p{Ll}/u.test(noun?.text ?? '') && lowerOf(preposition) !== 'from';
}

function endsPossessive(text: string, mention: Mention): boolean {
  return /\p{L}['’]s$/u.test(text.slice(mention.start, mention.end));
}

export function mentionIn(tokens: Token[], from: number, to: number, ctx: PhraseContext): Mention | null {
  for (let k = to; k >= from; k--) {
    const found = mentionAt(ctx.registry, (tokens[k] as Token).start);
    if (found) return found;
  }
  return null;
}

/**
 * "a 2008 Clinton veteran", "a longtime Brandt friend": in a phrase opened by an article, a name followed by a
 * lower-case noun only describes that noun, the phrase's head. Not a verb: "The Courier's Ada Brenner wrote".
 */
function headedAfter(tokens: Token[], from: number, mention: Mention, limit: number): boolean {
  const first = lowerOf(tokens[from]);
  if (first !== 'a' && first !== 'an' && first !== 'the') return false;
  return beforeCommonNoun(tokens, mention, limit);
}

/** "Supporters of …", "Several aides to …": the first preposition of the phrase follows a plural of people. */
export function groupBeforePreposition(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++)
    if (PP_HEADS.has(lowerOf(tokens[k]))) return isGroupPlural(lowerOf(tokens[k - 1]));
  return false;
}
