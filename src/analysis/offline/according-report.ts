// "According to X, CLAUSE" and "CLAUSE, according to X": a clause without quote marks credited to its source.
import { opensMainClause } from './according-opening.ts';
import { INDIRECT_CUES } from './lexicon.ts';
import { cueFrom, type Reported } from './report-speaker.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';
import { writersBreak } from './writers-break.ts';

export function accordingTo(tokens: Token[], ctx: PhraseContext): Reported | null {
  let at = 0;
  while (at < tokens.length && !(lowerOf(tokens[at]) === 'according' && lowerOf(tokens[at + 1]) === 'to'))
    at++;
  if (at === tokens.length) return null;
  // Opening the sentence, the source ends at the first comma: in "According to the Courier, Ada Brenner, who …,
  // took to the radio" the name after it is the report's subject, no apposition of the Courier.
  const opening = opensMainClause(tokens, at);
  const comma = opening ? tokens.findIndex((t, k) => k > at + 1 && t.text === ',') : -1;
  const parsed = parseForward(comma > 0 ? tokens.slice(0, comma) : tokens, at + 2, ctx);
  if (!parsed) return null;
  const base = { ref: parsed.ref, role: parsed.role, cue: 'according to' };
  if (opening && tokens[parsed.end]?.text === ',')
    return { ...base, from: parsed.end + 1, to: tokens.length - 1 };
  // "CLAUSE, according to Ann Roe, head of the centre, and other scientists.": the source may run on.
  // "The tax has not hurt the city: it was the top market, according to one index.": what the source
  // gave starts after the writer's colon, or after a dash that opens the sentence's last stretch ("Democrats
  // point out that the plan holds similar savings — about $7 million a year, according to the auditor").
  // Not "The Ledger reported that …, according to three people …": the clause is a report of its own.
  if (
    at > 0 &&
    tokens[at - 1]?.text === ',' &&
    !cueFrom(tokens, parsed.end) &&
    !reportsThatBefore(tokens, at)
  )
    return {
      ...base,
      from: writersBreak(tokens, at - 2),
      to: at - 2,
    };
  return null;
}

/** Whether "reported that", "said that" or the like stands before tokens[at]. */
function reportsThatBefore(tokens: Token[], at: number): boolean {
  for (let k = 0; k + 1 < at; k++)
    if (INDIRECT_CUES.has(lowerOf(tokens[k])) && lowerOf(tokens[k + 1]) === 'that') return true;
  return false;
}
