// One sentence of a speaker, printed in two quotes around its credit: “Backers of the other candidates,” Ruiz
// added, “have spent their money on television.” Shown as two lines, the first is a subject with no verb and
// the second a verb with no subject (editors marked each questionable, round after round). Shown as one, with
// the credit marked as left out: “Backers of the other candidates … have spent their money on television.”
// Only where the source's own marks make it one sentence: the first part ends on its comma inside the mark,
// a short credit with a verb of saying stands between, and the second part goes on in lower case.
import type { Quote } from '../../types.ts';
import { CUE_VERBS } from '../offline/lexicon.ts';

/**
 * The most words a credit between the parts may hold: "said Ada Ruiz, a harbour economist who runs the
 * forecasting unit at Varna College" is fourteen. One verb of saying and no joining word keep a second
 * clause out.
 */
const MOST_CREDIT_WORDS = 16;

/**
 * `,” Ruiz added, “` between the parts: the first part's comma and closing mark, the credit, its comma and the
 * opening mark. The first part's span stops before its comma (a quote's span does not take the comma in).
 */
const CREDIT_GAP = /^,\s*[”"]\s*([^“”"\n!?;:]+?)\s*,\s*[“"]$/;
/** A sentence ending inside the gap ("he said. Then, “…"): a dot after a lower-case word, not "Mr." or "U.S.". */
const SENTENCE_END = /\p{Ll}{2,}\.\s/u;

export function joinSplitQuotes(quotes: Quote[], text: string): Quote[] {
  const joined: Quote[] = [];
  for (const quote of quotes) {
    const previous = joined.at(-1);
    const both = previous ? continues(previous, quote, text) : null;
    if (both) joined[joined.length - 1] = both;
    else joined.push(quote);
  }
  return joined;
}

/** The two parts as one quote, or null when `second` is not the rest of `first`'s sentence. */
function continues(first: Quote, second: Quote, text: string): Quote | null {
  if (first.kind !== 'direct' || second.kind !== 'direct' || first.speaker !== second.speaker) return null;
  if (!first.span || !second.span || first.sourceText === null || second.sourceText === null) return null;
  if (!/^\p{Ll}/u.test(second.sourceText)) return null;
  if (!isMarkedCredit(text.slice(first.span.end, second.span.start))) return null;
  const join = (a: string, b: string) => `${withoutComma(a)} … ${b}`;
  return {
    ...first,
    role: first.role ?? second.role,
    text: join(first.text, second.text),
    // The credit left out makes the pair no verbatim passage: "normalized" at best, as an elided quote grounds.
    match: first.match === 'altered' || second.match === 'altered' ? 'altered' : 'normalized',
    span: { start: first.span.start, end: second.span.end },
    sourceText: join(first.sourceText, second.sourceText),
    parts: [...(first.parts ?? [withoutComma(first.sourceText)]), second.sourceText],
  };
}

/** A first part as printed, without the comma that ended it inside the mark. */
function withoutComma(part: string): string {
  return part.replace(/[,\s]+$/, '');
}

/**
 * Whether the words between two quoted parts are only their credit, with the marks that close and reopen the
 * quote: `,” Ruiz added, “`. One credit, one verb of saying: "Ruiz added", "said Mr. Ruiz, the chairwoman",
 * "the chairman said at a rally in Varna, Lestria"; never a joining word or a second verb ("Ruiz said, but Kiel
 * said", "Ruiz said, and critics replied"), which would splice two people's words into one.
 */
export function isMarkedCredit(gap: string): boolean {
  const credit = CREDIT_GAP.exec(gap)?.[1];
  if (!credit || SENTENCE_END.test(credit)) return false;
  const words = credit.split(/[\s,]+/);
  if (words.length > MOST_CREDIT_WORDS || /,\s*(?:and|or)\s/i.test(credit)) return false;
  if (words.some((word) => JOINING.has(word.toLowerCase()))) return false;
  // "said Ruiz, who told the council last week": the relative clause's verb is no second credit.
  return words.filter((word, k) => CUE_VERBS.has(word.toLowerCase()) && words[k - 1] !== 'who').length === 1;
}
/**
 * Words that join a second clause, or a second credit, to the first; and "and" or "or" after a comma. Not "and"
 * alone ("he said of Reyes and Ruiz") nor a preposition of time ("he said two days after the vote").
 */
const JOINING = new Set('but then while whereas though although yet so'.split(' '));
