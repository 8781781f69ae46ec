// Words a sentence says someone would not use: "he refuses to describe the groups as fuelled by “…”", "she
// refused to say the words “…”", "Reyes did not call it “…”". The quote is the very term not said: shown as that
// person's words, it reverses what the sentence reports. The credit still stands for the sentence's later quotes
// ("by refusing to say the words “…,” rivals are “…”" goes on with the one who said so), so the quote is only
// withheld, after attribution.
import { isNegatedCue } from './negated-cue.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Verbs whose object is a word or a name used: the quote right after them is that word. */
const NAMING_VERBS = new Set(
  `say says said saying call calls called calling describe describes described describing use uses used using
  utter utters uttered uttering mention mentions mentioned mentioning label labels labelled labeled labelling
  labeling`.split(/\s+/),
);
/** Where a clause of its own starts between the verb and the quote: "hadn't called for it because she believed “…”". */
const CLAUSE_BREAKS = new Set([',', ';', ':', '.', 'because', 'but', 'while', 'although', 'though', 'since']);
/** How far back from the quote's mark the verb may stand: "describe the group and its allies as fuelled by". */
const REACH = 16;

/** Whether the quote opening at `markAt` is the object of a negated or refused verb of naming in its clause. */
export function isUnsaidWords(tokens: Token[], markAt: number, lo: number): boolean {
  for (let k = markAt - 1; k >= lo && markAt - k <= REACH; k--) {
    const word = lowerOf(tokens[k]);
    if (CLAUSE_BREAKS.has(word)) return false;
    if (NAMING_VERBS.has(word)) return isNegatedCue(tokens, k);
  }
  return false;
}
