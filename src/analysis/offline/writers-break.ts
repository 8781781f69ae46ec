// Where the source's words start in a sentence that a trailing "according to" credits: after the writer's own
// colon or an opening dash, the writer's lead-in left behind ("The tax has not hurt the city: it was the top
// market, according to one index"; "Democrats point out that the plan holds similar savings — about $7 million a
// year, according to the auditor", where the auditor gave only the figure).
import type { Token } from './tokens.ts';

/** The first token of what the source gave, for a credit whose clause ends at `before`. */
export function writersBreak(tokens: Token[], before: number): number {
  return Math.max(afterLastColon(tokens, before), afterOpenDash(tokens, before));
}

/** After the last dash before `before` when it opens a stretch no dash closes (an odd count of them), else 0. */
function afterOpenDash(tokens: Token[], before: number): number {
  let last = -1;
  let count = 0;
  for (let k = 0; k <= before; k++) {
    const text = (tokens[k] as Token).text;
    if (text === '—' || text === '–') {
      count++;
      last = k;
    }
  }
  return count % 2 === 1 ? last + 1 : 0;
}

function afterLastColon(tokens: Token[], before: number): number {
  for (let k = before; k > 0; k--) {
    const colon = tokens[k] as Token;
    // "8:30 p.m.": a colon between digits is a time's.
    if (colon.text === ':' && !(tokens[k - 1]?.end === colon.start && /^\d/.test(tokens[k + 1]?.text ?? '')))
      return k + 1;
  }
  return 0;
}
