// Verbs that report only when a "that" opens what follows (THAT_CLAUSE_CUES). "Vance alleged that she was
// fired", "the mayor declared that the pier would reopen", "telling the council that it would cost too much" are
// reports; but these verbs take a thing as often as a clause ("declared a national emergency", "tweeted a
// photograph of her forearm", "telling the gala how he saved the hotel", "adds a missing voice", "predicting a
// close race"), and read as INDIRECT_CUES those things were shown as what was said (an editor's read).
import { THAT_CLAUSE_CUES } from './lexicon.ts';
import { clauseStart } from './report-clause.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Whether tokens[at], a verb of THAT_CLAUSE_CUES, reports a clause that "that" opens. */
export function reportsThatClause(tokens: Token[], at: number, cue: string): boolean {
  return THAT_CLAUSE_CUES.has(cue) && lowerOf(tokens[clauseStart(tokens, at, cue) - 1]) === 'that';
}
