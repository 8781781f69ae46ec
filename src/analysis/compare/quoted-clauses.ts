// The clauses inside quotation marks, cut at the quotation's own edges. A source that quotes a fragment
// ("a chance to “draw a line between this council and the board that takes over in May.”") sets it in a long sentence of its
// own, so the sentence's clause never looks like the other source's; the quoted words alone do.
import { type Clause, clausesOf, type Token } from './clause-pairs.ts';

/** For each character of a text, whether it sits inside double quotation marks (reset at each paragraph). */
export function insideQuotes(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open = false;
    else if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
    else inside[i] = open ? 1 : 0;
  }
  return inside;
}

/** Every clause of every quotation in the text, with its offset in the text. */
export function quotedClausesOf(source: string, text: string): Clause[] {
  const inside = insideQuotes(text);
  const out: Clause[] = [];
  let from = -1;
  for (let i = 0; i <= text.length; i++) {
    const quoted = i < text.length && inside[i] === 1;
    if (quoted && from < 0) from = i;
    if (!quoted && from >= 0) {
      for (const clause of clausesOf(source, text.slice(from, i)))
        out.push({ ...clause, start: clause.start + from });
      from = -1;
    }
  }
  return out;
}

/** How far a quotation's cut may start before the other's ("to differentiate" / "differentiate"). */
const MAX_LEAD = 2;

/**
 * Two quoted clauses cut at different places at the start: the longer one from the other's first word on,
 * so that a longer cut is not read as a different wording. The clauses as they are when both start alike.
 */
export function alignStarts(a: Clause, b: Clause): [Clause, Clause] {
  const first = (clause: Clause) => clause.tokens[0]?.key;
  if (first(a) === first(b)) return [a, b];
  const inB = b.tokens.slice(1, MAX_LEAD + 1).findIndex((t) => t.key === first(a));
  if (inB >= 0) return [a, from(b, inB + 1)];
  const inA = a.tokens.slice(1, MAX_LEAD + 1).findIndex((t) => t.key === first(b));
  if (inA >= 0) return [from(a, inA + 1), b];
  return [a, b];
}

function from(clause: Clause, index: number): Clause {
  const at = (clause.tokens[index] as Token).at;
  return {
    ...clause,
    start: clause.start + at,
    text: clause.text.slice(at),
    tokens: clause.tokens.slice(index).map((t) => ({ ...t, at: t.at - at })),
  };
}
