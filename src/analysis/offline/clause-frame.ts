// Where a verb of saying stands in its sentence when its report is not the sentence's main clause: inside a
// subordinate clause that opens the sentence ("Two days after the Courier reported that …, Brandt announced
// …") or inside a relative clause set off by commas ("Reyes, who has said he knew nothing, has been …").
// Either way the report ends where that clause does, and what follows is the reporter's main clause.
import { lowerOf, type Token } from './tokens.ts';

/** Words that open a subordinate clause before the main one: "After aides insisted …, the campaign …". */
const FRAMING_CLAUSE_OPENERS = new Set([
  'after',
  'when',
  'while',
  'because',
  'although',
  'though',
  'since',
  'once',
  'until',
  'before',
]);

/** Whether the sentence opens with a subordinate clause, or one opens in the cue's own stretch of commas. */
export function framedBySubordinate(tokens: Token[], cue: number): boolean {
  if (FRAMING_CLAUSE_OPENERS.has(lowerOf(tokens[0]))) return true;
  for (let k = cue - 1; k >= 0 && tokens[k]?.text !== ','; k--)
    if (FRAMING_CLAUSE_OPENERS.has(lowerOf(tokens[k]))) return true;
  return false;
}

/** Whether the cue's subject is ", who" or ", which" right after a comma: "Reyes, who has said …". */
export function inRelativeClause(tokens: Token[], cue: number): boolean {
  for (let k = cue - 1; k >= 1 && cue - k <= 4; k--) {
    const word = lowerOf(tokens[k]);
    if (word === 'who' || word === 'which') return tokens[k - 1]?.text === ',';
    if (tokens[k]?.text === ',') return false;
  }
  return false;
}
