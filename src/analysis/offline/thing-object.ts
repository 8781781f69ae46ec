// "maintained his innocence while the jury was out", "claimed self-defense and was acquitted", "maintains a wide
// lead over Reyes, and her debate …", "maintained a brisk pace into advanced age": after a verb that also
// takes a thing, a clause is reported only when its tensed verb comes before the thing's phrase could end. A verb
// past a subordinating word, a comma or "and" is another clause's, and a past form after an article or a
// preposition is an adjective ("into advanced age"). The thing before it reports nothing (an editor's read: "his
// innocence while the jury was out" had been shown as the words said).
import { followsNounMarker } from './missing-verbs.ts';
import { SUBORDINATORS } from './reported-subordinate.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import { isEdForm, isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Whether tokens[from..end], after a verb that also takes a thing, open on a clause with its tensed verb. */
export function opensOnClause(text: string, tokens: Token[], from: number, end: number): boolean {
  // A denial keeps its thing, shown with its verb: "denied the charges through his lawyer".
  if (DENIALS.has(lowerOf(tokens[from - 1])))
    return hasFiniteVerb(text.slice((tokens[from] as Token).start, (tokens[end] as Token).end), true);
  let last = end;
  for (let k = from + 1; k <= end; k++) {
    const word = lowerOf(tokens[k]);
    const joined = (word === 'and' || word === 'but') && isVerbForm(tokens[k + 1]);
    if (SUBORDINATORS.has(word) || word === 'as' || STOPS.has(word) || joined) {
      last = k - 1;
      break;
    }
  }
  const stretch = text.slice((tokens[from] as Token).start, (tokens[last] as Token).end);
  return hasFiniteVerb(stretch, true) && !onlyAdjectives(tokens, from, last);
}
const DENIALS = new Set(['deny', 'denies', 'denied']);
const STOPS = new Set([',', ';', '—', '–']);

/** An -ed form after an article or a preposition, and no other word that may be the verb: "into advanced age". */
function onlyAdjectives(tokens: Token[], from: number, last: number): boolean {
  let adjective = false;
  for (let k = from; k <= last; k++) {
    const token = tokens[k] as Token;
    const word = lowerOf(token);
    if (TENSED_HELPERS.has(word) || /['’]/.test(token.text)) return false;
    if (!isVerbForm(token)) continue;
    if (!isEdForm(token) || k === from || !followsNounMarker(lowerOf(tokens[k - 1]))) return false;
    adjective = true;
  }
  return adjective;
}
