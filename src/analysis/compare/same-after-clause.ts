// “What have you been debating, John?” / “…what have you been doing, John?”: quoted clauses are cut at commas, so
// the words both quotes go on with after a swapped last word ("John") fall outside the clause. They are part of
// the frame that proves one statement, and are counted with it.
import { type Clause, type ClausePair, tokensOf } from './clause-pairs.ts';

/** How far past a clause its quote is read for words in common. */
const LOOK_AHEAD = 60;

/** How many words the two clauses' quotes go on with alike, up to their closing marks. */
export function sameWordsAfter(pair: ClausePair, bodies: Map<string, string>): number {
  const [a, b] = [after(pair.a, bodies), after(pair.b, bodies)];
  let same = 0;
  while (same < a.length && same < b.length && a[same] === b[same]) same++;
  return same;
}

function after(clause: Clause, bodies: Map<string, string>): string[] {
  const body = bodies.get(clause.source) ?? '';
  const from = clause.start + clause.text.length;
  const rest = body.slice(from, from + LOOK_AHEAD);
  const close = rest.search(/[”"]/);
  return tokensOf(close < 0 ? rest : rest.slice(0, close)).map((token) => token.key);
}
