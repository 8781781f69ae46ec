// People named around a quote who may have said it instead of the speaker the rules would carry over:
// "“…,” thundered Tomas Reyes" after another speaker's quote, or "…,” she said, as Reyes went on about “…”".
import { wordLexicon } from './compromise-lexicon.ts';
import type { Entity, Mention } from './entities.ts';
import { mentionAt } from './entities.ts';
import { AUXILIARIES, REPORT_CUES } from './lexicon.ts';
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
 * A short clause of its own after the quote, with a verb: a credit, whether or not a rule takes its speaker
 * ("“…,” the study found", "“…,” census figures show", "“…,” went the slogan", "“…,” some voters believe").
 * The words are that source's, so they are no one's to carry on from an earlier speaker. Not a copula's clause
 * ("“…,” the statement is a fair summary") nor one a joining word opens ("“…,” and the crowd roared").
 */
export function creditClauseAfter(tokens: Token[], from: number, to: number): boolean {
  const lexicon = wordLexicon();
  let words = 0;
  let verb = false;
  for (let k = from; k < to; k++) {
    const token = tokens[k] as Token;
    if (!isWord(token)) continue;
    if (++words > CREDIT_CLAUSE_WORDS || (words === 1 && JOINING.has(token.text.toLowerCase()))) return false;
    if (AUXILIARIES.has(token.text) || COPULAS.has(token.text) || !/^\p{Ll}/u.test(token.text)) continue;
    if (
      isVerbForm(token) ||
      lexicon.verbs.has(token.text) ||
      REPORT_CUES.has(token.text) ||
      SHOW.has(token.text)
    )
      verb = true;
  }
  return verb && words >= 2;
}
const CREDIT_CLAUSE_WORDS = 8;
/**
 * Words that open no credit: a joining word, a relative ("“…,” which votes in June"), or a person's pronoun,
 * whose credit the rules read as the speaker's own ("“…,” he promises, and …").
 */
const JOINING = new Set(
  'and but or as while because so then if when which who that where he she they i we'.split(' '),
);
const COPULAS = new Set(['are', 'were', 'be', 'been', 'being']);
/** "Ada Brenner disagreed": a past form the lexicon lacks. */
const ED_FORM = /^\p{Ll}{3,}ed$/u;
/** "The data show": forms the lexicon files as nouns only. */
const SHOW = new Set(['show', 'shows']);

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
    // "Ada Brenner laughed.": the verb may end the sentence. "Ada Brenner, the treasurer, disagreed": past the
    // apposition.
    const next = /^(?:,[^,.;:“”"]{1,40},)?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u.exec(
      text.slice(mention.end, mention.end + 80),
    );
    const verb = next && isAdverb(next[1] as string) ? next[2] : next?.[1];
    // "…about Ada Brenner wanting to “…”": a participle with her for its subject is hers as much as a verb.
    if (
      verb &&
      (AUXILIARIES.has(verb) ||
        wordLexicon().tensed.has(verb) ||
        hasParticipleShape(verb) ||
        ED_FORM.test(verb))
    )
      return true;
  }
  return false;
}
