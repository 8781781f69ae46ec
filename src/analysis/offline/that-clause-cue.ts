// Verbs that report only when a "that" opens what follows. "Vance alleged that she was fired", "the mayor
// declared that the pier would reopen", "telling the council that it would cost too much" are reports; but
// these verbs take a thing as often as a clause ("declared a national emergency", "tweeted a photograph of
// her forearm", "declared him the winner", "telling the gala how he saved the hotel"), and read as
// INDIRECT_CUES those things were shown as what was said (an editor's read of PolNeAR sheets).
import { clauseStart } from './report-clause.ts';
import { lowerOf, type Token } from './tokens.ts';

const THAT_CLAUSE_CUES = new Set([
  'declared',
  'declares',
  'declaring',
  'alleged',
  'alleges',
  'alleging',
  'telling',
  'tweeted',
]);

/** Whether tokens[at], a verb of THAT_CLAUSE_CUES, reports a clause that "that" opens. */
export function reportsThatClause(tokens: Token[], at: number, cue: string): boolean {
  return THAT_CLAUSE_CUES.has(cue) && lowerOf(tokens[clauseStart(tokens, at, cue) - 1]) === 'that';
}
