// The extent of a noun phrase in a sentence's tokens, read forward from its first word ("one official
// familiar with the talks") or grown backward word by word (inPhrase): where a speaker phrase starts and ends.
import { startsAfterQuoteCue } from './after-quote-cues.ts';
import { onInBodyName } from './body-on.ts';
import { AUXILIARIES, CUE_VERBS, inPronouns } from './lexicon.ts';
import { isNameMay } from './month-name.ts';
import { isAbbreviationDot, isNameDot } from './name-dots.ts';
import { isPostmodifier } from './phrase-head.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

export const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'its',
  'his',
  'her',
  'their',
  'our',
  'some',
  'two',
  'several',
]);

/**
 * Words that end a noun phrase: clauses, adverbials, verbs that are not cues. A question word or "yet" opens
 * the clause the phrase is subject of ("that is why critics say", "yet Lestrian officials said"): the
 * phrase starts after it.
 */
export const PHRASE_STOP = new Set(
  `who which that whose in on to after before during from by with outside inside when while where as than and
  but or if because although since until about into over under against without near across later earlier then
  also again was were is are be been being had have has would will could should may might did does do not no
  yesterday today tonight said though although whereas including why what how whether yet`.split(/\s+/),
);
export const LINKING_PREPOSITIONS = new Set(['of', 'for', 'at', 'in']);

/** Where the words were given: "a statement", "an interview", "a post on X". */
const MEDIA = new Set(
  'statement statements interview interviews email emails letter tweet tweets post posts speech release op-ed'.split(
    ' ',
  ),
);

/** Whether tokens from i name a medium, after an article or a possessive ("in a statement", "in his letter"). */
function namesMedium(tokens: Token[], i: number): boolean {
  const first = lowerOf(tokens[i]);
  const noun = ARTICLES.has(first) || OWNERS.has(first) ? lowerOf(tokens[i + 1]) : first;
  return MEDIA.has(noun);
}
const OWNERS = new Set(['his', 'her', 'their', 'its']);

/** The extent of a noun phrase starting at i, or null when none starts there. */
export function nounPhrase(tokens: Token[], i: number): { from: number; to: number } | null {
  // "Yet Brenner, …, said", "But some farmers who … said": the joining word is no part of the phrase.
  if (OPENING_JOINERS.has(tokens[i]?.text ?? '') || lowerOf(tokens[i]) === 'yet')
    return nounPhrase(tokens, i + 1);
  // "Shortly after the vote, …", "Lately when …": an adverb opening a sentence is no phrase ("Kelly said"
  // is a name; a name ending in -ly is rarely followed by "after").
  if (
    /^\p{Lu}/u.test(tokens[i]?.text ?? '') &&
    isAdverb(lowerOf(tokens[i])) &&
    TIME_LINKS.has(lowerOf(tokens[i + 1]))
  )
    return null;
  const first = tokens[i];
  if (!isWord(first)) return null;
  const word = lowerOf(first);
  if (inPronouns(word)) return { from: i, to: i };
  if ((PHRASE_STOP.has(word) || CUE_VERBS.has(word) || AUXILIARIES.has(word)) && !isNameMay(tokens, i))
    return null;
  let to = i;
  let linked = false;
  for (let k = i + 1; k < tokens.length && k - i < 10; k++) {
    const token = tokens[k] as Token;
    // "Mr. Roe", "F.A.A. officials": the dot is inside the phrase.
    if (isNameDot(tokens, k) || isAbbreviationDot(tokens, k)) continue;
    if (!isWord(token)) break;
    const w = lowerOf(token);
    // "said Brandt in a statement": the medium of the words is no part of who spoke.
    if (LINKING_PREPOSITIONS.has(w) && namesMedium(tokens, k + 1)) break;
    if (LINKING_PREPOSITIONS.has(w) && !linked && isWord(tokens[k + 1])) {
      linked = true;
      continue;
    }
    // "said the Council on Civic Relations": the body's whole name.
    if (onInBodyName(tokens, k) && !linked) {
      linked = true;
      continue;
    }
    if (isPostmodifier(tokens, k) && !linked) {
      linked = true;
      k++;
      continue;
    }
    // "the 46-year-old", "a 2008 campaign veteran": a number right after the article describes the noun. So
    // does an ordinal before a rank: "Air Force 1st Lt. Tomas Reyes".
    const leadingNumber =
      (k === i + 1 && ARTICLES.has(word) && /^\p{N}/u.test(token.text)) || ordinalRank(tokens, k);
    // "the United States Special Operations Command": "States" there is no verb of saying.
    if (w === 'states' && lowerOf(tokens[k - 1]) === 'united') {
      to = k;
      continue;
    }
    if (
      ((PHRASE_STOP.has(w) || AUXILIARIES.has(w)) && !isNameMay(tokens, k)) ||
      CUE_VERBS.has(w) ||
      startsAfterQuoteCue(tokens, k) ||
      (/^\p{N}/u.test(token.text) && !leadingNumber)
    )
      break;
    to = k;
  }
  return { from: i, to };
}

/** "1st Lt.", "2nd Sgt.", "3rd Battalion": an ordinal before a capitalised word, inside a name or a rank. */
function ordinalRank(tokens: Token[], k: number): boolean {
  return /^\d+(?:st|nd|rd|th)$/.test(tokens[k]?.text ?? '') && /^\p{Lu}/u.test(tokens[k + 1]?.text ?? '');
}

export const ARTICLES = new Set(['the', 'a', 'an']);
/** What a time adverb leads into: "Shortly after", "Soon before". */
const TIME_LINKS = new Set(['after', 'before', 'when', 'while', 'since', 'until', 'afterward', 'thereafter']);
/** Capitalised, these open a sentence: "But Brenner said". */
const OPENING_JOINERS = new Set(['But', 'And', 'Yet']);

export function inPhrase(tokens: Token[], k: number): boolean {
  if (isNameDot(tokens, k) || isAbbreviationDot(tokens, k)) return true;
  const token = tokens[k];
  if (!isWord(token)) return false;
  const word = lowerOf(token);
  if (CUE_VERBS.has(word) || (AUXILIARIES.has(word) && !isNameMay(tokens, k))) return false;
  if (DETERMINERS.has(word) || inPronouns(word)) return true;
  // A determiner closes the phrase on its left: "the bank" in "In its statement the bank said".
  const right = tokens[k + 1];
  // Not "of the" inside a name: "the Department of the Interior said".
  if (right && DETERMINERS.has(lowerOf(right)) && !/^\p{Lu}/u.test(token.text) && !ofTheInName(tokens, k))
    return false;
  if (right && inPronouns(lowerOf(right))) return false;
  return !PHRASE_STOP.has(word) && (!/^\p{N}/u.test(token.text) || ARTICLES.has(lowerOf(tokens[k - 1])));
}

/** "Department of the Interior": "of" between a capitalised word and "the" and another capitalised word. */
function ofTheInName(tokens: Token[], k: number): boolean {
  return (
    tokens[k]?.text === 'of' &&
    tokens[k + 1]?.text === 'the' &&
    /^\p{Lu}/u.test(tokens[k - 1]?.text ?? '') &&
    /^\p{Lu}/u.test(tokens[k + 2]?.text ?? '')
  );
}
