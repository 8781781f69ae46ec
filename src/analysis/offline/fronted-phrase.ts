// What opens a sentence that a credit closes ("…, Vasko said"), before the words reported: a short phrase of the
// reporter's ("Under the deal, the exchange is due …") is passed over. A longer one may open on a word no report
// opens on right after its verb ("said after the vote" gives a time): before its comma, "After two decades on
// the river, the ferry will retire …" or "Even if the ferry stopped, the town would survive" is the speaker's,
// kept whole.
import { PREPOSITIONS } from './clause-lead-in.ts';
import { INDIRECT_CUES } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Words that open no report right after its verb: "said after the vote", "spoke about the deal". */
export const NOT_CLAUSE_START = new Set(
  `of about against for on to with by even as after before despite during including`.split(/\s+/),
);

/** How far a fronted phrase is looked through for its comma. */
const LONGEST_FRONT = 15;

export function leadIn(text: string, tokens: Token[], to: number): { from: number; fronted: boolean } | null {
  const first = lowerOf(tokens[0]);
  // Only a clause opening the sentence with a preposition is searched for its comma, and only in four words.
  if (PREPOSITIONS.has(first)) {
    for (let k = 1; k <= 4 && k < tokens.length; k++)
      if ((tokens[k] as Token).text === ',') return { from: k + 1, fronted: false };
  }
  if (!NOT_CLAUSE_START.has(first)) return null;
  const last = Math.min(to, LONGEST_FRONT);
  let comma = 2;
  while (comma <= last && (tokens[comma] as Token).text !== ',') comma++;
  if (comma > last) return null;
  // "Even if the venture fails, Mr. Morgan said, he …": a credit inside the sentence is read as one (report-medial.ts).
  for (let k = comma + 1; k <= to; k++) if (INDIRECT_CUES.has(lowerOf(tokens[k]))) return null;
  return { from: 0, fronted: true };
}
