// "Whitlock asked Ferreira to weigh “avenues of cooperation” on a ferry panel, the port authority said in a
// statement": a partial quote inside what someone was asked or urged to do is the wording of the one who
// tells of the request, named by the credit closing the sentence; the one who asked is only its subject.
import type { Found } from './quote-tokens.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Verbs of asking someone to do something: their object, then "to" and the deed. */
const REQUESTS = new Set(['asked', 'urged', 'pressed', 'encouraged', 'invited', 'told']);

/** Whether `before`, the credit read before the quote at `markAt`, asks someone to do what the quote is in. */
export function quoteInRequest(tokens: Token[], markAt: number, before: Found): boolean {
  if (!REQUESTS.has(before.cue)) return false;
  const verb = tokens.findLastIndex((t, k) => k < markAt && lowerOf(t) === before.cue);
  // "asked Ms. Ferreira in April to weigh “…”": the "to" of the deed after the verb, within a few words.
  for (let k = verb + 2; verb >= 0 && k < markAt && k - verb <= 8; k++)
    if (lowerOf(tokens[k]) === 'to') return true;
  return false;
}
