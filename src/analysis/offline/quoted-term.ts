// Quote marks around a term rather than words someone said: "what is known as the “harbour levy”", "the
// so-called “harbour levy”". The attribution rules would credit such a term to whoever the sentence reports (a
// senator who "confirmed his party would use what is known as the “…”"), and a fact sheet would then show the
// reporter's label as that person's words.
import type { QuoteSpan } from './quote-spans.ts';

/** "known as the “…”", "so-called “…”": the reporter names a term, whoever coined it. */
export function isQuotedTerm(text: string, quote: QuoteSpan): boolean {
  const before = text.slice(Math.max(0, quote.open - 24), quote.open);
  return KNOWN_AS.test(before);
}

const KNOWN_AS = /\b(?:known as(?: the| a| an)?|so-called|so called)\s*$/i;
