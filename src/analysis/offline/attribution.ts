// Gives every quoted span a speaker, or drops it. The rules, in the order they are tried:
//  1. after the quote: “…,” said X / “…,” X said / “…,” her father, Eitan Dov, told reporters / according to X;
//  2. before it, in the same sentence: X said: “…” / X told reporters that the talks had gone “…” (a partial
//     quote takes the subject of the sentence's first cue verb);
//  3. a quote that is a sentence of its own takes the speaker of the quote it continues: the next piece of a
//     quote left open at a paragraph's end, the rest of a split quote (“A,” he said. “B.”), a quote paragraph
//     introduced by "X said:" at the end of the previous one; a quote the credit closing its sentence follows
//     (inherit-speakers.ts).
// A partial quote with no cue verb in its sentence is a scare quote (the plant's "safety culture") and is not
// reported, unless a colon or a comma introduces it and it reads as the opening person's own words, a
// first-person sentence (own-words.ts); neither is any quote no rule can attribute. Precision over recall: a
// wrong speaker is worse than a missing quote.

import { isAccusedWords } from './accused-words.ts';
import { creditInAsAside } from './as-aside.ts';
import { askedQuestion, insideAskedClause } from './asked-clause.ts';
import { asksTheOne } from './asker.ts';
import { after, trailing } from './credit-after.ts';
import { beforeQuote, carriesOnly } from './credit-before.ts';
import { isDeniedWord } from './denied-word.ts';
import { describedAgent } from './described-speaker.ts';
import type { Registry } from './entities.ts';
import { inherit } from './inherit-speakers.ts';
import { openingClauseSource } from './opening-clause-source.ts';
import { ownWords } from './own-words.ts';
import { endsForCredit, personRightAfter } from './people-around-quote.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { type Found, hasCueIn, QUOTE_MARK, sentenceTokens } from './quote-tokens.ts';
import { isQuotedTerm } from './quoted-term.ts';
import { isLabel, isNamedAfterPreposition, isQuotedTitle } from './quoted-title.ts';
import { withoutMisheldRepeats } from './repeated-quote.ts';
import { quoteInRequest } from './request-quote.ts';
import type { ResolveContext } from './resolve-context.ts';
import { resolveSpeaker } from './resolve-speaker.ts';
import { tellerOfRendering } from './self-pronoun-quote.ts';
import type { TextModel } from './sentences.ts';
import { sourceCreditAfter } from './source-credit-after.ts';
import { isSpeakerNameSeen } from './speaker-check.ts';
import { DOCUMENT_CUES, documentSource, speakerLike } from './speaker-like.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { trailAt } from './speaker-trail.ts';
import { speaksOfSpeaker } from './speaks-of-speaker.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';
import { isUnsaidWords } from './unsaid-words.ts';
import { verbBeforeWins } from './verb-before-mark.ts';

export interface AttributedQuote {
  quote: QuoteSpan;
  speaker: string;
  role: string | null;
  cue: string | null;
}

/** A quote held while speakers are found (paragraph-carry.ts reads the same fields). */
export interface Pending {
  quote: QuoteSpan;
  sentence: number;
  /** True when nothing but punctuation precedes the quote in its sentence. */
  standalone: boolean;
  /**
   * The quote inherits no one: “…,” thundered Tomas Reyes (a person named right after it, by a verb no rule
   * knows: the quote is theirs, not the previous speaker's), or the words of a question (asked-clause.ts).
   */
  inheritsNone: boolean;
  /** Words the sentence says the speaker would not use (unsaid-words.ts): credited, passed on, never shown. */
  unsaid?: boolean;
  found: Found | null;
}

export function attributeQuotes(
  model: TextModel,
  registry: Registry,
  resolve: ResolveContext,
): AttributedQuote[] {
  const ctx: PhraseContext = { text: model.text, registry };
  const pending: Pending[] = [];
  model.sentences.forEach((sentence, index) => {
    // No quote opens here: no marks, nothing to attribute.
    if (sentence.quotes.length === 0) return;
    const tokens = sentenceTokens(model, sentence);
    const marks = quoteMarks(tokens);
    const quotes = sentence.quotes;
    marks.forEach((markAt, n) => {
      const quote = quotes[n] as QuoteSpan;
      const lo = n === 0 ? 0 : (marks[n - 1] as number) + 1;
      const hi = marks[n + 1] ?? tokens.length;
      // "But “….”" after a credited quote: a joining word alone before a quote that ends the sentence.
      // "Then, “….”", "Specifically, “….”": so is a connective adverb and its comma.
      const joined =
        ((markAt === 1 && JOINERS.has(lowerOf(tokens[0]))) ||
          (markAt === 2 && CONNECTIVES.has(lowerOf(tokens[0])) && tokens[1]?.text === ',')) &&
        endsWithMark(ctx.text, quote, '.?!');
      const standalone = !hasWordIn(tokens, lo, markAt) || joined;
      const credit = after(tokens, markAt + 1, hi, ctx);
      // “…,” according to CNN: where the sentence also names a speaker before the quote, the outlet or
      // document only reports what that speaker said. So may a verb right before the mark (verb-before-mark.ts).
      // Not a name in an opening clause of time (opening-clause-source.ts): the "according to" credits the quote.
      const source = credit === null ? openingClauseSource(tokens, lo, markAt, hi, ctx) : null;
      const named =
        source === null &&
        (credit === null ||
          credit.cue === 'according to' ||
          credit.opensClause === true ||
          credit.leadsIntoQuote === true ||
          verbBeforeWins(tokens, markAt, credit.cue))
          ? withoutAsAside(beforeQuote(tokens, lo, markAt, ctx), tokens, lo, markAt, ctx)
          : null;
      // “We are extremely happy” about the decision, said X: a quote opening its sentence takes a credit at
      // the sentence's end only when its words run on into the sentence.
      const runsOn = !standalone || !endsWithMark(ctx.text, quote, '.?!,');
      // "The deputy endorsed the plan, saying it would “….” Reyes said the fares “…”": a quote that ends its
      // sentence, credited by its own verb to someone unnamed, is not handed to the credit of the next quote.
      const handedOn =
        credit?.leadsIntoQuote === true &&
        endsWithMark(ctx.text, quote, '.?!') &&
        hasCueIn(tokens, lo, markAt);
      // The credit closing the sentence, read only when asked for: most quotes are credited before it.
      const closer = () =>
        runsOn ? closing(trailing(tokens, markAt + 1, hi, ctx), hi === tokens.length) : null;
      // "X asked Y to weigh “…”, the office said": the words of a request are the closing credit's (request-quote.ts).
      const requested = named && quoteInRequest(tokens, markAt, named) ? closer() : null;
      // "X said Y told them “he’d …”": the words are X's rendering of Y's, or no one's (self-pronoun-quote.ts).
      const teller = named
        ? tellerOfRendering(
            tokens,
            lo,
            markAt,
            ctx.text.slice(quote.start, quote.end),
            named,
            ctx,
            beforeQuote,
          )
        : undefined;
      const found =
        teller !== undefined
          ? teller
          : ((requested?.closesSentence ? requested : named) ??
            (handedOn ? null : (credit ?? source)) ??
            closer() ??
            (n === 0 && !standalone ? ownWords(tokens, markAt, quote, ctx) : null));
      // The words of a question put to the speaker are not theirs: credited to the one who asked it, if named
      // ("Asked by X, “…?” Y replied"), else to no one, and inherited by no one.
      const answerFollows = marks[n + 1] !== undefined;
      const asked = askedQuestion(tokens, markAt, endsWithMark(ctx.text, quote, '?'), answerFollows, ctx);
      if (asked || insideAskedClause(tokens, markAt)) {
        pending.push({ quote, sentence: index, standalone, inheritsNone: true, found: asked?.asker ?? null });
        return;
      }
      // "“…,” the study found": credited to a source no rule takes, the words are still no one else's.
      const namedAfter =
        found === null &&
        endsForCredit(ctx.text, quote) &&
        (personRightAfter(tokens, markAt + 1, hi, ctx) || sourceCreditAfter(tokens, markAt + 1, hi));
      const unsaid = isUnsaidWords(tokens, markAt, lo);
      pending.push({ quote, sentence: index, standalone, inheritsNone: namedAfter, unsaid, found });
    });
  });
  const credited = new Set(pending.filter((item) => item.found !== null).map((item) => item.quote));
  inherit(pending, model, ctx);
  return resolveAll(pending, resolve, credited);
}

/** A credit found inside a dashed "as X noted" aside that closes before the quote is none (as-aside.ts). */
function withoutAsAside(
  found: Found | null,
  tokens: Token[],
  lo: number,
  markAt: number,
  ctx: PhraseContext,
) {
  const from = (tokens[lo] as Token | undefined)?.start ?? 0;
  const to = (tokens[markAt] as Token).start;
  return found && creditInAsAside(ctx.text, from, to, found.ref, ctx.registry) ? null : found;
}

/** Whether the quote's last character is one of `marks`, read in place rather than by a pattern on a slice. */
function endsWithMark(text: string, quote: QuoteSpan, marks: string): boolean {
  return quote.end > quote.start && marks.includes(text.charAt(quote.end - 1));
}

/** The trailing credit `found`, marked as closing the sentence when it is read from the last quote on. */
function closing(found: Found | null, last: boolean): Found | null {
  return found && last ? { ...found, closesSentence: true } : found;
}

/** Where the quote marks stand among a sentence's tokens. */
function quoteMarks(tokens: Token[]): number[] {
  const marks: number[] = [];
  for (let i = 0; i < tokens.length; i++) if ((tokens[i] as Token).text === QUOTE_MARK) marks.push(i);
  return marks;
}

const JOINERS = new Set(['but', 'and', 'yet']);
const CONNECTIVES = new Set(
  'then specifically still later again finally instead also besides otherwise'.split(' '),
);
function hasWordIn(tokens: Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isWord(tokens[i])) return true;
  return false;
}

function resolveAll(pending: Pending[], ctx: ResolveContext, credited: Set<QuoteSpan>): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (const item of pending) {
    if (!item.found || item.unsaid) continue;
    const quoted = ctx.text.slice(item.quote.start, item.quote.end);
    // A sentence of its own carried on from the speaker before is speech: "“…,” X said. “That’s Ortiz and Reyes.”"
    const carried = item.standalone && !credited.has(item.quote) && endsWithMark(ctx.text, item.quote, '.?!');
    if ((!carried && isQuotedTitle(quoted)) || isNamedAfterPreposition(ctx.text, item.quote.open, quoted))
      continue;
    if (isQuotedTerm(ctx.text, item.quote) || isAccusedWords(ctx.text, item.quote)) continue;
    if (isLabel(ctx.text, item.quote.open)) continue;
    if (isDeniedWord(ctx.text, item.quote)) continue;
    const resolved = resolveSpeaker(item.found.ref, item.found.role, ctx);
    if (!resolved || !isSpeakerNameSeen(ctx.speakerNames, resolved.speaker)) continue;
    if (asksTheOne(ctx.text, item.found.ref, resolved.entity)) continue;
    if (!credited.has(item.quote) && speaksOfSpeaker(quoted, resolved)) continue;
    // A description that names no one must at least be headed by a role or a body.
    const ref = item.found.ref;
    if (
      resolved.entity === null &&
      !speakerLike(ref) &&
      !(carriesOnly(ref) && DOCUMENT_CUES.has(item.found.cue)) &&
      !documentSource(ref, item.found.cue)
    ) {
      continue;
    }
    ctx.trail.push({
      entity: resolved.entity ?? describedAgent(ref, resolved.speaker),
      at: trailAt((item.found as Found).ref, item.quote.open, item.sentence, ctx),
      sentence: item.sentence,
      // Named together by the credit ("X and Y said"): a later "they" goes on with both.
      ...(ref.kind === 'phrase' && ref.text.includes(' and ') ? { group: resolved.speaker } : {}),
    });
    out.push({ quote: item.quote, speaker: resolved.speaker, role: resolved.role, cue: item.found.cue });
  }
  const inherited = new Set(
    pending.filter((p) => p.standalone && !credited.has(p.quote)).map((p) => p.quote),
  );
  return withoutMisheldRepeats(out, credited, inherited, ctx.text);
}
