// "…, after most rivals opted not to attend", "…, a few hours after the president said …": after a report and
// its comma, an "after" clause in the past tense is the reporter placing the report in time, not the speaker's
// words (an editor's read). One in the present or future ("…, after the repairs are done") may be theirs.
import { wordLexicon } from './compromise-lexicon.ts';
import { isEdForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Words of time that may stand between the comma and "after": "a few hours", "two days", "shortly". */
const LEAD = new Set(
  'a few hours days weeks months minutes moments two three shortly just soon only'.split(' '),
);
/** How far into the clause its past-tense verb is looked for. */
const VERB_REACH = 12;

/** Whether the words from tokens[k], right after a comma, open the reporter's "after" clause. */
export function reportersTiming(tokens: Token[], k: number): boolean {
  let at = k;
  while (at < k + 4 && LEAD.has(lowerOf(tokens[at]))) at++;
  if (lowerOf(tokens[at]) !== 'after') return false;
  const past = wordLexicon().past;
  for (let j = at + 1; j < tokens.length && j <= at + VERB_REACH; j++) {
    const token = tokens[j];
    if (!isWord(token)) continue;
    if (past.has(lowerOf(token)) || isEdForm(token)) return true;
  }
  return false;
}
