// "maintained his innocence while the jury was out", "claimed self-defense and was acquitted", "maintains a wide
// lead over Reyes, and her debate …", "maintained a brisk pace into advanced age": after a verb that also takes
// a thing, a clause is reported only when its tensed verb comes before the thing's phrase could end. A verb past
// a subordinating word, a comma and a joining word, or "and" with a verb is another clause's; and a past form
// after an article or a preposition is an adjective ("into advanced age"). The thing before it reports nothing
// (an editor's read: "his innocence while the jury was out" had been shown as the words said). An aside between
// the subject and its verb is passed over ("claimed her client, who has no record, was innocent").

import { COUNTED_WORDS } from './clause-frame.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import { isPastForm, isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Whether tokens[from..end], after a verb that also takes a thing, open on a clause with its tensed verb. */
export function opensOnClause(text: string, tokens: Token[], from: number, end: number): boolean {
  // A denial keeps its thing, shown with its verb: "denied the charges through his lawyer".
  if (DENIALS.has(lowerOf(tokens[from - 1])))
    return hasFiniteVerb(text.slice((tokens[from] as Token).start, (tokens[end] as Token).end), true);
  const last = firstClauseEnd(tokens, from, end);
  const stretch = text.slice((tokens[from] as Token).start, (tokens[last] as Token).end);
  return hasFiniteVerb(stretch, true) && !onlyNounForms(tokens, from, last);
}
const DENIALS = new Set(['deny', 'denies', 'denied']);

/** The last token of the first clause in tokens[from..end]: before the word that opens another one. */
function firstClauseEnd(tokens: Token[], from: number, end: number): number {
  for (let k = from + 1; k <= end; k++) {
    const word = lowerOf(tokens[k]);
    const next = tokens[k + 1];
    // "— long criticized by auditors —": a paired dash sets an aside off; a lone one ends the clause.
    if (word === '—' || word === '–') {
      const closing = tokens.findIndex((t, j) => j > k && j <= end && (t.text === '—' || t.text === '–'));
      if (closing < 0) return k - 1;
      k = closing;
      continue;
    }
    // "the vote, when it finally came, was rigged", "her brother, not she, fired": an aside closed by a second
    // comma is passed over; "…, and her debate …", "…, Fox found", "…, should she run …" end the clause.
    if (word === ',') {
      const closing = tokens.findIndex((t, j) => j > k + 1 && j <= end && t.text === ',');
      if (COMMA_JOINERS.has(lowerOf(next))) return k - 1;
      // "police in Leeds, Bradford and York had …", "bread, milk and eggs": a list goes on; not ", Fox found".
      if (closing < 0 && isWord(next) && LIST_GOES_ON.has(lowerOf(tokens[k + 2]))) continue;
      if (closing < 0) return k - 1;
      k = closing;
      continue;
    }
    const joinedVerb = TENSED_HELPERS.has(lowerOf(next)) || isPastForm(next);
    if (CLAUSE_OPENERS.has(word) || word === ';' || ((word === 'and' || word === 'but') && joinedVerb))
      return k - 1;
  }
  return end;
}
/** Subordinating words that are never prepositions ("since", "before", "after", "until" may be: "the months since"). */
const CLAUSE_OPENERS = new Set(
  'while because although though when whenever if once as unless whereas'.split(' '),
);
const COMMA_JOINERS = new Set(['and', 'but', 'or', 'yet']);
const LIST_GOES_ON = new Set(['and', 'or', ',']);

/**
 * No word that may be the verb but a form after an article, a preposition or a number: "into advanced age", "two
 * seats in the north" ("claimed two seats": a thing).
 */
function onlyNounForms(tokens: Token[], from: number, last: number): boolean {
  let adjective = false;
  for (let k = from; k <= last; k++) {
    const token = tokens[k] as Token;
    if (TENSED_HELPERS.has(lowerOf(token)) || /['’]/.test(token.text)) return false;
    if (!isVerbForm(token)) continue;
    const counted = isNumber(tokens[k - 1]) && lowerOf(token).endsWith('s');
    if (k === from || !(ADJECTIVE_MARKERS.has(lowerOf(tokens[k - 1])) || counted)) return false;
    adjective = true;
  }
  return adjective;
}
/** "two", "12": a count before a noun ("two seats", "12 votes"). */
function isNumber(token: Token | undefined): boolean {
  return /^\d[\d,.]*$/.test(token?.text ?? '') || COUNTED_WORDS.has(lowerOf(token));
}
/** An article, a possessive or a preposition: a past form after one describes a noun ("the proposed cuts"). */
const ADJECTIVE_MARKERS = new Set(
  'the a an his her their its my our your of in on at for from with by into about during'.split(' '),
);

/**
 * "asserted itself into …", "declared himself the winner": a reflexive object, not a clause ("said himself that"
 * is one, and so is "admitted himself that"); "pointing out where the store stood": a particle and a place
 * ("said out of respect …" goes on).
 */
export function objectNotClause(tokens: Token[], from: number): boolean {
  const word = lowerOf(tokens[from]);
  if (word === 'out') return WH_WORDS.has(lowerOf(tokens[from + 1]));
  return REFLEXIVES.has(word) && !SAY.has(lowerOf(tokens[from - 1])) && lowerOf(tokens[from + 1]) !== 'that';
}
const WH_WORDS = new Set(['where', 'how', 'what', 'why', 'when', 'who']);
const REFLEXIVES = new Set(['itself', 'himself', 'herself', 'themselves']);
const SAY = new Set(['said', 'says', 'say', 'saying', 'told', 'tells', 'telling']);
