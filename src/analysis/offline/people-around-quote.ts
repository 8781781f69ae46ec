// People named around a quote who may have said it instead of the speaker the rules would carry over:
// "“…,” thundered Tomas Reyes" after another speaker's quote, or "…,” she said, as Reyes went on about “…”".
import { wordLexicon } from './compromise-lexicon.ts';
import type { Entity, Mention } from './entities.ts';
import { mentionAt } from './entities.ts';
import { AUXILIARIES } from './lexicon.ts';
import { hasParticipleShape } from './participle.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { lastIndexBefore } from './span-search.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { isVerbForm } from './tensed-word.ts';
import { isWord, type Token } from './tokens.ts';

/**
 * Credit follows a quote that ends on a comma, a question or an exclamation: “…,” Reyes intoned. A quote
 * that runs into its sentence (“…to go after” the harbour board) names no speaker after it.
 */
export function endsForCredit(text: string, quote: QuoteSpan): boolean {
  return ',?!\u2014'.includes(text[quote.end - 1] ?? '.') || text[quote.end + 1] === ',';
}

/**
 * A person named as the subject of whatever follows a quote's closing mark, before or after an unknown past
 * tense: "“…,” Tomas Reyes intoned", "“…,” thundered Tomas Reyes". Not "“…” that Reyes can win".
 */
export function personRightAfter(tokens: Token[], from: number, to: number, ctx: PhraseContext): boolean {
  let k = from;
  while (k < to && !isWord(tokens[k])) k++;
  if (k >= to) return false;
  const first = tokens[k] as Token;
  const pastTense = /^\p{Ll}+ed$/u.test(first.text);
  const subject = pastTense ? tokens[k + 1] : first;
  if (!subject || k + (pastTense ? 1 : 0) >= to) return false;
  const mention = mentionAt(ctx.registry, subject.start);
  return mention?.entity.kind === 'person' && mention.start === subject.start;
}

/**
 * A source the sheet does not take as a speaker, credited right after the quote: "“…,” the study found", "“…,”
 * a ledger from 2019 showed". The words are that source's, so they are no one's to carry on from an earlier
 * speaker. A phrase opening on a determiner, and its verb within a few words, before the sentence goes on.
 */
export function sourceRightAfter(tokens: Token[], from: number, to: number): boolean {
  let k = from;
  while (k < to && !isWord(tokens[k])) k++;
  if (!SOURCE_DETERMINERS.has((tokens[k] as Token | undefined)?.text.toLowerCase() ?? '')) return false;
  for (let v = k + 2; v < to && v <= k + SOURCE_PHRASE_WORDS; v++) {
    const token = tokens[v] as Token;
    if (!isWord(token)) return false;
    // "“…,” the study has found": past an auxiliary; "“…,” the statement is a summary": a copula credits no one.
    if (AUXILIARIES.has(token.text) || COPULAS.has(token.text)) continue;
    if (isVerbForm(token)) return true;
  }
  return false;
}
const SOURCE_DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'his', 'her']);
const SOURCE_PHRASE_WORDS = 5;
const COPULAS = new Set(['are', 'were', 'be', 'been', 'being']);

/**
 * A person named between two offsets as the subject of a verb of their own ("as Trump went on", "Trump wanting"),
 * other than `except` (the speaker whose next quote this may be: "“…,” Reyes said. Ada Reyes shook her head.").
 */
export function personActsBetween(ctx: PhraseContext, from: number, to: number, except?: Entity): boolean {
  const { registry, text } = ctx;
  for (let i = lastIndexBefore(registry.mentions, to, (m) => m.start); i >= 0; i--) {
    const mention = registry.mentions[i] as Mention;
    if (mention.start < from) return false;
    // "…to ensure that Trump makes it a “priority”" is still the speaker's complement clause.
    if (
      mention.entity.kind !== 'person' ||
      mention.entity === except ||
      /\b(?:that|whether|if)\s+(?:\p{Lu}[\p{L}.]*\s+)?$/u.test(
        text.slice(Math.max(0, mention.start - 30), mention.start),
      )
    )
      continue;
    const next = /^\s+(\p{Ll}+)\s+(\p{Ll}+)?/u.exec(text.slice(mention.end, mention.end + 40));
    const verb = next && isAdverb(next[1] as string) ? next[2] : next?.[1];
    // "…about Ada Brenner wanting to “…”": a participle with her for its subject is hers as much as a verb.
    if (verb && (AUXILIARIES.has(verb) || wordLexicon().tensed.has(verb) || hasParticipleShape(verb)))
      return true;
  }
  return false;
}
