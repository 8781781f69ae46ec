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
import { isEdWord } from './tensed-word.ts';
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
    // A name opening its sentence is its subject: its verb may end the sentence ("Ada Brenner laughed."), follow an
    // apposition ("Ada Brenner, the treasurer, disagreed") or be a past form the lexicon lacks. Not a name inside
    // a clause: "He found Ada Brenner disorganized", "He spoke after Ada Brenner resigned", "his staff, Ada Brenner
    // included".
    const opens = opensSentence(text, mention.start);
    const next = (opens ? SUBJECT_VERB : VERB_AFTER).exec(text.slice(mention.end, mention.end + 80));
    const verb = next && isAdverb(next[1] as string) ? next[2] : next?.[1];
    // "Jon Ward, 34, was arrested": past an apposition, a helper is a passive's, no one acting; but "Ann Pell, the
    // treasurer, was unconvinced" answers back.
    if (next?.[0].startsWith(',') && AUXILIARIES.has(verb ?? '') && !UNCONVINCED.has(next?.[2] ?? ''))
      continue;
    // "…about Ada Brenner wanting to “…”": a participle with her for its subject is hers as much as a verb.
    if (
      verb &&
      (AUXILIARIES.has(verb) ||
        wordLexicon().tensed.has(verb) ||
        hasParticipleShape(verb) ||
        (opens && isEdWord(verb)))
    )
      return true;
  }
  return false;
}

/** Whether only a sentence's start or a closing quote mark stands before offset `at` ("…, Ann Dale included"). */
function opensSentence(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 3), at).trimEnd();
  return before === '' || CLAUSE_OPENERS.has(before.slice(-1));
}
const CLAUSE_OPENERS = new Set(['.', '!', '?', '\n', '”', '"']);
const VERB_AFTER = /^\s+(\p{Ll}+)\s+(\p{Ll}+)?/u;
const SUBJECT_VERB = /^(?:,[^,.;:“”"]{1,40},)?\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/u;
const UNCONVINCED = new Set(['unconvinced', 'unmoved', 'unimpressed', 'skeptical', 'sceptical']);
