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
import { lastWord, mentionAt, type Registry } from './entities.ts';
import { AUXILIARIES, CUE_VERBS } from './lexicon.ts';
import type { QuoteSpan } from './quote-spans.ts';
import { isQuotedTitle } from './quoted-title.ts';
import { type ResolveContext, resolveSpeaker } from './resolve-speaker.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { isSpeakerName } from './speaker-check.ts';
import { speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseBackward, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { isAdverb, skipBackOverModifiers } from './subject-verb-gap.ts';
import { isPossessive, isWord, lower, type Token } from './tokens.ts';

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
      const standalone = !before.some(isWord);
      const credit = after(tokens, markAt + 1, hi, ctx);
      // “…,” according to CNN: where the sentence also names a speaker before the quote, the outlet or
      // document only reports what that speaker said.
      const named =
        credit === null || credit.cue === 'according to' ? beforeQuote(tokens, lo, markAt, ctx) : null;
      const found = named ?? credit ?? (standalone ? null : trailing(tokens, markAt + 1, hi, ctx));
      pending.push({ quote, sentence: index, standalone, found });
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

/** “…,” said X — “…,” X said — “…,” X, a writer for Y, said — “…” ― X — “…,” according to X. */
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
  // “…” ― Dana Morrow: a dash and a name ending the sentence (reader comments, epigraphs, pull quotes).
  if (
    /[—―–]/.test(ctx.text.slice((tokens[from - 1] as Token).end, first.start)) &&
    parsed.ref.kind === 'mention' &&
    parsed.ref.mention.entity.kind !== 'body' &&
    parsed.ref.mention.entity.name.includes(' ') &&
    !tokens.slice(parsed.end, to).some(isWord)
  ) {
    return { ref: parsed.ref, role: parsed.role, cue: 'dash' };
  }
  let k = skipToCue(tokens, parsed.end, to);
  let ref = parsed.ref;
  // “…,” Speaker Nancy Pelosi and Senator Chuck Schumer said: both speak.
  if (lower(tokens[k]?.text ?? '') === 'and') {
    const other = parseForward(tokens.slice(0, to), k + 1, ctx);
    const both = other ? jointSpeakers(parsed.ref, other.ref) : null;
    if (other && both) {
      ref = both;
      k = skipToCue(tokens, other.end, to);
    }
  }
  const cue = lower(tokens[k]?.text ?? '');
  if (k >= to || !CUE_VERBS.has(cue)) return null;
  // “…,” aides said Mr. Ryan told his colleagues: the one reported as speaking said it.
  const inner = parseForward(tokens.slice(0, to), k + 1, ctx);
  const innerCue = inner ? lower(tokens[skipModifiers(tokens, inner.end, to)]?.text ?? '') : '';
  if (inner && inner.ref.kind === 'mention' && CUE_VERBS.has(innerCue) && !innerCue.endsWith('ing'))
    return { ref: inner.ref, role: inner.role, cue: innerCue };
  return { ref, role: ref === parsed.ref ? parsed.role : null, cue };
}

/** Two named people speaking together, as one speaker line: "Nancy Pelosi and Chuck Schumer". */
function jointSpeakers(a: SpeakerRef, b: SpeakerRef): SpeakerRef | null {
  if (a.kind !== 'mention' || b.kind !== 'mention') return null;
  if (a.mention.entity.kind !== 'person' || b.mention.entity.kind !== 'person') return null;
  const text = `${a.mention.entity.name} and ${b.mention.entity.name}`;
  return { kind: 'phrase', text, head: lastWord(b.mention.entity.name).toLowerCase(), at: a.mention.start };
}

/**
 * From the end of a speaker's name to its verb, over what news copy puts between them: an apposition
 * (", a writer for The Atlantic,"), a party label ("(D-Wis.)"), auxiliaries and adverbs.
 */
function skipToCue(tokens: Token[], from: number, to: number): number {
  let k = from;
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < to && close - k < 12 && tokens[close]?.text !== ')') close++;
    if (tokens[close]?.text === ')') k = close + 1;
  }
  if (tokens[k]?.text === ',') {
    // The apposition ends at the next comma that a cue verb follows.
    for (let c = k + 1; c < to && c - k < 25; c++) {
      const token = tokens[c] as Token;
      if (token.text === QUOTE_MARK || token.text === ';') break;
      if (token.text !== ',') continue;
      const verb = skipModifiers(tokens, c + 1, to);
      if (CUE_VERBS.has(lower(tokens[verb]?.text ?? ''))) return verb;
    }
    while (tokens[k]?.text === ',') k++;
  }
  return skipModifiers(tokens, k, to);
}

function skipModifiers(tokens: Token[], from: number, to: number): number {
  let k = from;
  while (k < to && (AUXILIARIES.has(lower(tokens[k]?.text ?? '')) || isAdverb(tokens[k]?.text ?? ''))) k++;
  return k;
}

/** Nouns that report what someone said: "Trump’s claim that …", "her warning that …". */
const SAYING_NOUNS = new Set(
  'claim claims comment comments remark remarks assertion assertions statement warning promise pledge prediction accusation description words'.split(
    ' ',
  ),
);

/** Heads of phrases that carry words but do not speak: "a Facebook message posted Friday". */
const CARRIER_HEADS = new Set(
  `message messages tweet tweets post posts statement interview letter email emails video ad ads speech series
  report document page website release`.split(/\s+/),
);

/** X said: “…” — X told reporters the talks had gone “…” — According to X, “…” — Said X: “…”. */
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
  // The cue nearest the quote speaks: in "When Clinton noted …, Trump boasted, “…”" it is Trump.
  for (let i = markAt - 1; i >= lo; i--) {
    const word = lower(region[i]?.text ?? '');
    // "Trump’s claim that there have been “…”": a possessive name before a noun of saying.
    if (SAYING_NOUNS.has(word) && isPossessive(region[i - 1]?.text ?? '')) {
      const owner = mentionAt(ctx.registry, (region[i - 1] as Token).start);
      if (owner?.entity.kind === 'person')
        return { ref: { kind: 'mention', mention: owner }, role: null, cue: word };
    }
    if (!CUE_VERBS.has(word)) continue;
    if (i === first) {
      // Inverted: "Said Ellis: “…”".
      const parsed = parseForward(region, i + 1, ctx);
      if (parsed && parsed.ref.kind !== 'pronoun') return { ref: parsed.ref, role: parsed.role, cue: word };
      continue;
    }
    // "Hale issued tweets early Friday saying …": a participle's subject is the clause's.
    const participle = word.endsWith('ing');
    const ref = participle ? null : parseBackward(region, i - 1, lo, ctx);
    // "the letter reads", "the statement said" credit a document; "a message posted Friday" does not.
    if (ref && (!carriesOnly(ref) || DOCUMENT_CUES.has(word))) return { ref, role: null, cue: word };
    // "X bemoaned the unrest and said …": the subject of the clause speaks.
    const joined = lower(region[skipBackOverModifiers(region, i - 1, lo)]?.text ?? '');
    if (participle || joined === 'and' || joined === 'but') {
      // The subject opens the sentence, which may lie before an earlier quote: "X spoke at “…” and said".
      const subject = clauseSubject(region, region.findIndex(isWord), i, ctx);
      if (subject) return { ref: subject, role: null, cue: word };
    }
  }
  return null;
}

/** Documents quoted as sources: "the indictment says", "according to the complaint". */
const DOCUMENT_HEADS = new Set([
  'indictment',
  'complaint',
  'filing',
  'memo',
  'lawsuit',
  'ruling',
  'order',
  'motion',
]);

const DOCUMENT_CUES = new Set([
  'reads',
  'read',
  'says',
  'said',
  'states',
  'stated',
  'notes',
  'noted',
  'according to',
]);

function carriesOnly(ref: SpeakerRef): boolean {
  return ref.kind === 'phrase' && (CARRIER_HEADS.has(lower(ref.head)) || DOCUMENT_HEADS.has(lower(ref.head)));
}

/** The subject that opens a clause: a name, a pronoun or a named body, never a description. */
function clauseSubject(
  tokens: Token[],
  first: number,
  before: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  let start = first;
  // "Prior to the declaration, Speaker Pelosi called …": the subject comes after an opening adverbial.
  if (OPENERS.has(lower(tokens[start]?.text ?? ''))) {
    const comma = tokens.findIndex((t, i) => i > start && i < before && t.text === ',');
    if (comma > 0) start = comma + 1;
  }
  if (start < 0 || start >= before) return null;
  const parsed = parseForward(tokens.slice(0, before), start, ctx);
  return parsed && parsed.ref.kind !== 'phrase' ? parsed.ref : null;
}

const OPENERS = new Set(
  `prior in on at after before during following since despite with for as when while earlier later last this
  under amid from by monday tuesday wednesday thursday friday saturday sunday today yesterday`.split(/\s+/),
);

/** “…” is held accountable, Warren said. — a quote inside a sentence that names its speaker at the end. */
function trailing(tokens: Token[], from: number, to: number, ctx: PhraseContext): Found | null {
  for (let j = from; j < to; j++) {
    const token = tokens[j] as Token;
    if (token.text === QUOTE_MARK) return null;
    if (token.text !== ',' || !isWord(tokens[j + 1])) continue;
    const parsed = parseForward(tokens.slice(0, to), j + 1, ctx);
    if (!parsed || parsed.ref.kind === 'phrase') continue;
    const k = skipModifiers(tokens, parsed.end, to);
    const cue = lower(tokens[k]?.text ?? '');
    if (!CUE_VERBS.has(cue) || cue.endsWith('ing')) continue;
    // Only when nothing but a short adverbial follows: "…, Warren said on Twitter."
    if (tokens.slice(k + 1, to).filter(isWord).length <= 3)
      return { ref: parsed.ref, role: parsed.role, cue };
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
      else item.found = previousSentenceSpeaker(item, model, ctx);
    });
  }
}

/** “…” after "…, Schiff said." in the same paragraph: the speaker just named goes on speaking. */
function previousSentenceSpeaker(item: Pending, model: TextModel, ctx: PhraseContext): Found | null {
  const previous = model.sentences[item.sentence - 1];
  if (!previous || previous.paragraph !== item.quote.paragraph || previous.quotes.length > 0) return null;
  const tokens = sentenceTokens(model, previous);
  return trailing(tokens, 0, tokens.length, ctx);
}

function opensParagraph(item: Pending, model: TextModel): boolean {
  const paragraph = model.paragraphs[item.quote.paragraph];
  return paragraph !== undefined && item.quote.open === paragraph.bodyStart;
}

/** A quote paragraph after one that ends "…, the ministry said:" is that speaker's. */
function introducedBy(item: Pending, model: TextModel, ctx: PhraseContext): Found | null {
  const previous = model.sentences[item.sentence - 1];
  if (!previous || previous.paragraph === item.quote.paragraph) return null;
  const tokens = sentenceTokens(model, previous);
  if (model.text.slice(previous.start, previous.end).trimEnd().endsWith(':'))
    return beforeQuote(tokens, 0, tokens.length, ctx);
  // "…, Joseph Vance, a former prosecutor, told Channel 4." then a paragraph of quote alone: the person
  // just reported as speaking goes on. Only a named person, and only after a sentence that quotes nothing.
  // “A,” Stone said. / “B.”: a paragraph of quote alone after a credited quote goes on with its speaker.
  if (previous.quotes.length > 0) return previousCredit(item, previous, model, ctx);
  const found = trailing(tokens, 0, tokens.length, ctx) ?? beforeQuote(tokens, 0, tokens.length, ctx);
  return found?.ref.kind === 'mention' && found.ref.mention.entity.kind === 'person' ? found : null;
}

function previousCredit(
  item: Pending,
  previous: Sentence,
  model: TextModel,
  ctx: PhraseContext,
): Found | null {
  const tokens = sentenceTokens(model, previous);
  const last = tokens.findLastIndex((t) => t.text === QUOTE_MARK);
  if (last < 0 || item.sentence - 1 < 0) return null;
  const found = after(tokens, last + 1, tokens.length, ctx);
  return found?.ref.kind === 'mention' && found.ref.mention.entity.kind === 'person' ? found : null;
}

function resolveAll(pending: Pending[], ctx: ResolveContext): AttributedQuote[] {
  const out: AttributedQuote[] = [];
  for (const item of pending) {
    if (!item.found || isQuotedTitle(ctx.text.slice(item.quote.start, item.quote.end))) continue;
    const resolved = resolveSpeaker(item.found.ref, item.found.role, ctx);
    if (!resolved || !isSpeakerName(resolved.speaker)) continue;
    // A description that names no one must at least be headed by a role or a body.
    const ref = item.found.ref;
    if (
      resolved.entity === null &&
      !speakerLike(ref) &&
      !(carriesOnly(ref) && DOCUMENT_CUES.has(item.found.cue))
    ) {
      continue;
    }
    if (resolved.entity?.kind === 'person') {
      ctx.trail.push({ entity: resolved.entity, at: item.quote.open, sentence: item.sentence });
    }
    out.push({ quote: item.quote, speaker: resolved.speaker, role: resolved.role, cue: item.found.cue });
  }
  return out;
}
