// "Voters who say the economy matters most were evenly divided": a report in a relative clause on the noun that
// opens the sentence ends where the sentence's own verb begins. Read on, "were evenly divided", the poll's
// finding, was shown as the voters' words (an editor's read).
import { cueOfClause } from './clause-lead-in.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Words the subject before "who" may hold: "Voters", "Democratic voters in the state". */
const MOST_SUBJECT_WORDS = 6;
/** The main verb's forms after the report: a second tensed "be" or "have". */
const MAIN_VERBS = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had']);
/** Another clause inside the report: its verbs are its own, and the reading gives way. */
const OTHER_CLAUSES = new Set(['that', 'which', 'who', 'whom', 'and', 'or', 'but', 'if', 'when', 'because']);

/**
 * For a clause at `from` after "NOUN who say(s)" opening the sentence: the index of the report's last token
 * before the main verb, when the report holds a verb of its own first. `undefined` otherwise.
 */
export function whoSaysEnd(tokens: Token[], from: number): number | undefined {
  const cue = cueOfClause(tokens, from);
  if (lowerOf(tokens[cue - 1]) !== 'who' || cue - 1 < 1 || cue - 1 > MOST_SUBJECT_WORDS) return undefined;
  for (let k = 0; k < cue - 1; k++) if (!(tokens[k] as Token).word) return undefined;
  const words: string[] = [];
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    const word = lowerOf(token);
    if (!token.word || OTHER_CLAUSES.has(word)) return undefined;
    if (MAIN_VERBS.has(word) && words.length > 1 && hasFiniteVerb(words.join(' '))) return k - 1;
    words.push(token.text);
  }
  return undefined;
}
