// Gives every quoted span a speaker, or drops it. The rules, in the order they are tried:
//  1. after the quote: “…,” said X / “…,” X said / “…,” her father, Eitan Dov, told reporters / according to X;
//  2. before it, in the same sentence: X said: “…” / X told reporters that the talks had gone “…” (a partial
//     quote takes the subject of the sentence's first cue verb);
//  3. a quote that is a sentence of its own takes the speaker of the quote it continues: the next piece of a
//     quote left open at a paragraph's end, the rest of a split quote (“A,” he said. “B.”), a quote paragraph
//     introduced by "X said:" at the end of the previous one.
// A partial quote with no cue verb in its sentence is a scare quote (the plant's "safety culture") and is not
// reported; neither is any quote no rule can attribute. Precision over recall: a wrong speaker is worse than
// a missing quote.
import type { Registry } from './entities.ts';
import { CUE_VERBS } from './lexicon.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { type ResolveContext, resolveSpeaker } from './resolve-speaker.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { type PhraseContext, parseBackward, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { isWord, lower, type Token } from './tokens.ts';

export interface AttributedQuote {
  quote: QuoteSpan;
  speaker: string;
  role: string | null;
  cue: string | null;
}

interface Found {
  ref: SpeakerRef;
  role: string | null;
  cue: string;
}

interface Pending {
  quote: QuoteSpan;
  sentence: number;
  /** True when nothing but punctuation precedes the quote in its sentence. */
  standalone: boolean;
  found: Found | null;
}

const QUOTE_MARK = '\u0000quote';

export function attributeQuotes(
  model: TextModel,
  registry: Registry,
  resolve: ResolveContext,
): AttributedQuote[] {
  const ctx: PhraseContext = { text: model.text, registry };
  const pending: Pending[] = [];
  model.sentences.forEach((sentence, index) => {
    const tokens = sentenceTokens(model, sentence);
    const marks = tokens.flatMap((token, i) => (token.text === QUOTE_MARK ? [i] : []));
    const quotes = sentence.quotes;
    marks.forEach((markAt, n) => {
      const quote = quotes[n] as QuoteSpan;
      const lo = n === 0 ? 0 : (marks[n - 1] as number) + 1;
      const hi = marks[n + 1] ?? tokens.length;
      const before = tokens.slice(lo, markAt);
      const found = after(tokens, markAt + 1, hi, ctx) ?? beforeQuote(tokens, lo, markAt, ctx);
      pending.push({ quote, sentence: index, standalone: !before.some(isWord), found });
    });
  });
  inherit(pending, model, ctx);
  return resolveAll(pending, resolve);
}

/** The sentence's tokens outside quotes, with one marker token standing for each quote. */
function sentenceTokens(model: TextModel, sentence: Sentence): Token[] {
  const quotes = sentence.quotes;
  const tokens = sentence.tokens.filter((token) => !model.quoted.has(token));
  for (const quote of quotes) {
    tokens.push({ text: QUOTE_MARK, start: quote.open, end: (quote.close ?? quote.end) + 1, word: false });
  }
  return tokens.sort((a, b) => a.start - b.start);
}

/** “…,” said X — “…,” X said — “…,” according to X. */
function after(tokens: Token[], from: number, to: number, ctx: PhraseContext): Found | null {
  let i = from;
  while (i < to && !isWord(tokens[i]) && tokens[i]?.text !== QUOTE_MARK) i++;
  const first = tokens[i];
  if (!first || i >= to || first.text === QUOTE_MARK) return null;
  const word = lower(first.text);
  if (word === 'according' && lower(tokens[i + 1]?.text ?? '') === 'to') {
    const parsed = parseForward(tokens.slice(0, to), i + 2, ctx);
    return parsed ? { ref: parsed.ref, role: parsed.role, cue: 'according to' } : null;
  }
  if (CUE_VERBS.has(word)) {
    const parsed = parseForward(tokens.slice(0, to), i + 1, ctx);
    return parsed ? { ref: parsed.ref, role: parsed.role, cue: word } : null;
  }
  const parsed = parseForward(tokens.slice(0, to), i, ctx);
  if (!parsed) return null;
  let k = parsed.end;
  while (tokens[k]?.text === ',') k++;
  while (k < to && ['has', 'have', 'had', 'also', 'later', 'then'].includes(lower(tokens[k]?.text ?? '')))
    k++;
  const cue = lower(tokens[k]?.text ?? '');
  return k < to && CUE_VERBS.has(cue) ? { ref: parsed.ref, role: parsed.role, cue } : null;
}

/** X said: “…” — X told reporters the talks had gone “…” — According to X, “…”. */
function beforeQuote(tokens: Token[], lo: number, markAt: number, ctx: PhraseContext): Found | null {
  const region = tokens.slice(0, markAt);
  const first = region.findIndex((t, i) => i >= lo && isWord(t));
  if (
    first >= 0 &&
    lower(region[first]?.text ?? '') === 'according' &&
    lower(region[first + 1]?.text ?? '') === 'to'
  ) {
    const parsed = parseForward(region, first + 2, ctx);
    if (parsed) return { ref: parsed.ref, role: parsed.role, cue: 'according to' };
  }
  for (let i = lo; i < markAt; i++) {
    const word = lower(region[i]?.text ?? '');
    if (!CUE_VERBS.has(word)) continue;
    const ref = parseBackward(region, i - 1, lo, ctx);
    // The first cue verb with a subject speaks: in "He said the truce would hold and warned that “…”" it is
    // "He said"; in "Asked whether …, she said:" the subjectless "Asked" is passed over.
    if (ref) return { ref, role: null, cue: word };
  }
  return null;
}

/** Rule 3: carry a speaker to the pieces that cannot name one themselves. */
function inherit(pending: Pending[], model: TextModel, ctx: PhraseContext): void {
  for (let pass = 0; pass < 2; pass++) {
    pending.forEach((item, i) => {
      if (item.found) return;
      const previous = pending[i - 1];
      const next = pending[i + 1];
      // “not the aggressor” and said the hostages would be freed “as long as …”: one speaker per sentence.
      if (previous?.found && previous.sentence === item.sentence) {
        item.found = previous.found;
        return;
      }
      if (!item.standalone) return;
      if (item.quote.continues && previous?.found) item.found = previous.found;
      else if (next?.quote.continues && next.found && next.quote.paragraph !== item.quote.paragraph) {
        item.found = next.found;
      } else if (previous?.found && previous.quote.paragraph === item.quote.paragraph)
        item.found = previous.found;
      else if (next?.found && next.quote.paragraph === item.quote.paragraph && next.standalone)
        item.found = next.found;
      else if (opensParagraph(item, model)) item.found = introducedBy(item, model, ctx);
    });
  }
}

function opensParagraph(item: Pending, model: TextModel): boolean {
  const paragraph = model.paragraphs[item.quote.paragraph];
  return paragraph !== undefined && item.quote.open === paragraph.bodyStart;
}

/** A quote paragraph after one that ends "…, the ministry said:" is that speaker's. */
function introducedBy(item: Pending, model: TextModel, ctx: PhraseContext): Found | null {
  const previous = model.sentences[item.sentence - 1];
  if (!previous || previous.paragraph === item.quote.paragraph) return null;
  if (!model.text.slice(previous.start, previous.end).trimEnd().endsWith(':')) return null;
  const tokens = sentenceTokens(model, previous);
  return beforeQuote(tokens, 0, tokens.length, ctx);
}

function resolveAll(pending: Pending[], ctx: ResolveContext): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (const item of pending) {
    if (!item.found) continue;
    const resolved = resolveSpeaker(item.found.ref, item.found.role, ctx);
    if (!resolved) continue;
    if (resolved.entity?.kind === 'person') {
      ctx.trail.push({ entity: resolved.entity, at: item.quote.open, sentence: item.sentence });
    }
    out.push({ quote: item.quote, speaker: resolved.speaker, role: resolved.role, cue: item.found.cue });
  }
  return out;
}
