// Rule 1 of attribution: the speaker named after the quote, in the same sentence ("“…,” said X", "“…,” X,
// a writer for Y, said", "“…” ― X", "“…,” according to X"), or at the end of the sentence that holds a
// partial quote ("… “…” is held accountable, Warren said.").

import { cueAfterQuote } from './after-quote-cues.ts';
import { documentCredit } from './document-credit.ts';
import { jointSpeakers } from './joint-speakers.ts';
import { AUXILIARIES, CUE_VERBS } from './lexicon.ts';
import { isNameEndDot } from './name-dots.ts';
import { namedBeforeRole } from './name-then-role.ts';
import { DETERMINERS } from './noun-phrase.ts';
import { type Found, QUOTE_MARK } from './quote-tokens.ts';
import { speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** “…,” said X — “…,” X said — “…,” X, a writer for Y, said — “…” ― X — “…,” according to X. */
export function after(tokens: Token[], from: number, to: number, ctx: PhraseContext): Found | null {
  let i = from;
  while (i < to && !isWord(tokens[i]) && tokens[i]?.text !== QUOTE_MARK) i++;
  const first = tokens[i];
  if (!first || i >= to || first.text === QUOTE_MARK) return null;
  const word = lowerOf(first);
  // The speaker phrase may not run past `to` (the next quote): read from the tokens up to there, cut once.
  const bounded = upTo(tokens, to);
  if (word === 'according' && lowerOf(tokens[i + 1]) === 'to') {
    const parsed = parseForward(bounded, i + 2, ctx);
    return parsed ? { ref: parsed.ref, role: parsed.role, cue: 'according to' } : null;
  }
  // “…,” as a port authority memo put it.
  if (word === 'as') {
    const put = tokens.findIndex(
      (t, k) => k > i + 1 && k < to && lowerOf(t) === 'put' && lowerOf(tokens[k + 1]) === 'it',
    );
    if (put < 0) return asSaid(bounded, i + 1, to, ctx);
    const parsed = parseForward(tokens.slice(0, put), i + 1, ctx);
    return parsed && skipModifiers(tokens, parsed.end, put) === put
      ? { ref: parsed.ref, role: parsed.role, cue: 'put it' }
      : null;
  }
  // “…,” suggesting he might: after a participle comes what was suggested, not who suggested it.
  const leading = word.endsWith('ing') ? null : cueAfterQuote(tokens, i, to);
  // "…, who called it “unfair,” told a watchdog group …": after "told" comes the listener, never the speaker.
  if (leading && LISTENER_FIRST.has(leading)) return null;
  if (leading) {
    // "fired back Tomas Reyes": the name comes after the verb's particle too.
    const next = i + (leading.includes(' ') ? 2 : 1);
    // "said 9/11 widow Terri Strand": a leading figure describes the speaker and is not part of the phrase.
    const at = /^\p{N}/u.test(tokens[next]?.text ?? '') && isWord(tokens[next + 1]) ? next + 1 : next;
    const parsed = parseForward(bounded, at, ctx);
    // "“…,” said she does not believe the vote will pass": a pronoun followed by a clause of its own (more than
    // five words, not an adverbial) opens a reported clause; "said he." or "said she in a statement" is inverted.
    if (parsed?.ref.kind === 'pronoun' && opensClause(tokens, parsed.end, to)) return null;
    if (!parsed) return null;
    // "Cole, citing “…,” said the candidate could win": a verb after the phrase makes it a report's subject.
    if (FINITE_AFTER_SUBJECT.has(lowerOf(tokens[parsed.end]))) return null;
    // "said the mayor's lawyers Ada Brenner and Tomas Reyes in a joint statement": both speak.
    const other = lowerOf(tokens[parsed.end]) === 'and' ? parseForward(bounded, parsed.end + 1, ctx) : null;
    const both = other ? jointSpeakers(parsed.ref, other.ref) : null;
    return both
      ? { ref: both, role: null, cue: leading }
      : { ref: parsed.ref, role: parsed.role, cue: leading };
  }
  const document = documentCredit(tokens, i, to, ctx);
  if (document) return document;
  const parsed = parseForward(bounded, i, ctx);
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
  if (lowerOf(tokens[k]) === 'and') {
    const other = parseForward(bounded, k + 1, ctx);
    const both = other ? jointSpeakers(parsed.ref, other.ref) : null;
    if (other && both) {
      ref = both;
      k = skipToCue(tokens, other.end, to);
    }
  }
  // “…,” Brandt points out: a name's phrase may have run on over a verb no list stops it at.
  if (!cueAfterQuote(tokens, k, to) && ref.kind === 'mention') k = afterMention(tokens, ref.mention.end, to);
  const cue = cueAfterQuote(tokens, k, to);
  if (!cue) return null;
  // "called for Reyes to “use the report to challenge” Mr. Hallam at the summit, adding …": a quote that runs on
  // into a name with no stop between is cut from a verb of the sentence, and the name is its object, not the one
  // a later participle goes on with.
  if (cue.endsWith('ing') && i === from && runsIntoNext(ctx.text, tokens[from - 1])) return null;
  // "was “deeply unwise,” councillors dismissed the objections", "“…,” the club charged a fee": a verb with a noun
  // phrase for its object says nothing of the quote.
  if (OBJECT_VERBS.has(cue) && DETERMINERS.has(lowerOf(tokens[k + 1]))) return null;
  // “…,” it read: "it" is the sign, the banner or the note the sentence before showed, not the nearest company,
  // and not the person quoted before it either: the quote is credited to the thing, and shown under no one.
  if (cue === 'read' && ref.kind === 'pronoun')
    return { ref: { kind: 'phrase', text: ref.word, head: ref.word, at: ref.at }, role: null, cue };
  // “…,” aides said Ms. Ortega told her colleagues: the one reported as speaking said it.
  const inner = parseForward(bounded, k + 1, ctx);
  const innerCue = inner ? lowerOf(tokens[skipModifiers(tokens, inner.end, to)]) : '';
  if (inner && inner.ref.kind === 'mention' && CUE_VERBS.has(innerCue) && !innerCue.endsWith('ing'))
    return { ref: inner.ref, role: inner.role, cue: innerCue };
  // “…,” the agency quoted her as saying: the one quoted said it, not the one quoting.
  if (cue === 'quoted' && innerCue === 'as') {
    const object = OBJECT_PRONOUNS.get(lowerOf(tokens[k + 1]));
    if (object)
      return { ref: { kind: 'pronoun', word: object, at: (tokens[k + 1] as Token).start }, role: null, cue };
    if (inner?.ref.kind === 'mention') return { ref: inner.ref, role: inner.role, cue };
  }
  return {
    ref,
    role: ref === parsed.ref ? parsed.role : null,
    cue,
    opensClause: opensClause(tokens, k + 1, to),
    leadsIntoQuote: leadsIntoQuote(tokens, k + 1, to),
  };
}

/**
 * "the race is “a dead heat,” as Reyes said on the radio, …": the one named between "as" and a verb of saying
 * said the words. Not "as the crowd cheered" (no verb of saying), nor "as Reyes told it" (its object).
 */
function asSaid(tokens: Token[], at: number, to: number, ctx: PhraseContext): Found | null {
  const parsed = parseForward(tokens, at, ctx);
  if (!parsed) return null;
  const k = skipModifiers(tokens, parsed.end, to);
  const cue = lowerOf(tokens[k]);
  if (!CUE_VERBS.has(cue) || cue.endsWith('ing') || PRONOUN_OBJECTS.has(lowerOf(tokens[k + 1]))) return null;
  return { ref: parsed.ref, role: parsed.role, cue };
}
const PRONOUN_OBJECTS = new Set(['it', 'them', 'this', 'that', 'so']);
/** "quoted her as saying": the object pronoun stands for the speaker. */
const OBJECT_PRONOUNS = new Map([
  ['her', 'she'],
  ['him', 'he'],
  ['them', 'they'],
]);
const LISTENER_FIRST = new Set(['told', 'tells', 'tell']);
/** A verb that, right after a credit's phrase, makes the phrase the subject of a clause instead. */
const FINITE_AFTER_SUBJECT = new Set(
  'could would will can should might may must was were is are has have had'.split(' '),
);

/**
 * A colon, or a clause of more than five words, after the credit's verb: "said the two files differed". Not
 * an adverbial ("said as she turned around to leave", "said in a statement on Tuesday night").
 */
function opensClause(tokens: Token[], from: number, to: number): boolean {
  if (tokens[from]?.text === ':') return true;
  if (
    !isWord(tokens[from]) ||
    ADVERBIAL_OPENERS.has(lowerOf(tokens[from])) ||
    isAdverb(tokens[from]?.text ?? '')
  )
    return false;
  let words = 0;
  for (let k = from; k < to && tokens[k]?.text !== '.'; k++)
    if (isWord(tokens[k]) && ++words > 5) return true;
  return false;
}

/** "“…” Reyes said the fares “…”": words from the credit's verb run into the next quote, with no stop between. */
function leadsIntoQuote(tokens: Token[], from: number, to: number): boolean {
  if (tokens[to]?.text !== QUOTE_MARK || !isWord(tokens[from])) return false;
  for (let k = from; k < to; k++) if (/^[.!?;:]$/.test(tokens[k]?.text ?? '')) return false;
  return true;
}

/** Whether the quote ends on a letter or a digit: no stop, comma or dash of its own before its closing mark. */
function runsIntoNext(text: string, quote: Token | undefined): boolean {
  return quote !== undefined && /[\p{L}\p{N}]/u.test(text.charAt(quote.end - 2));
}

/** Cue verbs that as often take a thing for their object: "dismissed the concerns", "charged a fee". */
const OBJECT_VERBS = new Set(
  'dismissed dismisses rejected rejects disputed disputes charged charges'.split(' '),
);

const ADVERBIAL_OPENERS = new Set(
  'as in on at during after before while when because since with without from to by for outside inside yes no'.split(
    ' ',
  ),
);

/** The first token after a mention's end (its verb, when nothing stands between). */
function afterMention(tokens: Token[], end: number, to: number): number {
  let k = 0;
  while (k < to && (tokens[k] as Token).start < end) k++;
  return k;
}

/**
 * From the end of a speaker's name to its verb, over what news copy puts between them: an apposition
 * (", a writer for The Atlantic,"), a party label ("(D-Wis.)"), auxiliaries and adverbs.
 */
function skipToCue(tokens: Token[], from: number, to: number): number {
  let k = from;
  // "Paul Vance Jr., the director, said": the suffix's dot is the name's.
  if (isNameEndDot(tokens, k)) k++;
  if (tokens[k]?.text === '(') {
    let close = k + 1;
    while (close < to && close - k < 12 && tokens[close]?.text !== ')') close++;
    if (tokens[close]?.text === ')') k = close + 1;
  }
  if (tokens[k]?.text === ',') {
    // The apposition ends at the next comma that a cue verb follows, or at the dash closing an aside within it
    // (", Democrat of Ohio and chair of the committee — where any inquiry begins — said").
    for (let c = k + 1; c < to && c - k < 25; c++) {
      const token = tokens[c] as Token;
      if (token.text === QUOTE_MARK || token.text === ';') break;
      if (token.text !== ',' && token.text !== '—' && token.text !== '–') continue;
      const verb = skipModifiers(tokens, c + 1, to);
      if (CUE_VERBS.has(lowerOf(tokens[verb]))) return verb;
    }
    while (tokens[k]?.text === ',') k++;
  }
  return skipModifiers(tokens, k, to);
}

export function skipModifiers(tokens: Token[], from: number, to: number): number {
  let k = from;
  for (;;) {
    while (k < to && (AUXILIARIES.has(lowerOf(tokens[k])) || isAdverb(tokens[k]?.text ?? ''))) k++;
    // "“…,” Ms. Ruiz is expected to say": remarks released ahead of a speech are hers.
    if (!AHEAD.has(lowerOf(tokens[k])) || lowerOf(tokens[k + 1]) !== 'to') return k;
    k += 2;
  }
}
const AHEAD = new Set(['expected', 'scheduled', 'set', 'slated', 'due', 'planning', 'prepared']);

/** “…” is held accountable, Warren said. — a quote inside a sentence that names its speaker at the end. */
export function trailing(tokens: Token[], from: number, to: number, ctx: PhraseContext): Found | null {
  let bounded: Token[] | null = null;
  for (let j = from; j < to; j++) {
    const token = tokens[j] as Token;
    if (token.text === QUOTE_MARK) return null;
    if (token.text !== ',' || !isWord(tokens[j + 1])) continue;
    bounded ??= upTo(tokens, to);
    const inverted = invertedCredit(bounded, j + 1, to, ctx);
    if (inverted) return inverted;
    const parsed = parseForward(bounded, j + 1, ctx);
    if (!parsed) continue;
    const k = skipModifiers(tokens, parsed.end, to);
    const cue = lowerOf(tokens[k]);
    if (!CUE_VERBS.has(cue) || cue.endsWith('ing')) continue;
    // Only when nothing but a short adverbial follows: "…, Warren said on Twitter."
    if (tokens.slice(k + 1, to).filter(isWord).length > 3) continue;
    // "Ilse Brandt, the spokeswoman for the Port of Lestria said in a statement.": the comma closing the
    // role is missing, and the name before the role speaks, not the port.
    const named = isPerson(parsed.ref)
      ? null
      : namedBeforeRole(bounded, j + 1, parsed.end - 1, from, ctx.registry);
    if (named) return { ref: { kind: 'mention', mention: named }, role: null, cue };
    // "…, the port authority said in a statement.": a description that can speak, as a name does.
    if (parsed.ref.kind !== 'phrase' || speakerLike(parsed.ref))
      return { ref: parsed.ref, role: parsed.role, cue };
  }
  return null;
}

/** Verbs that open an inverted credit ending the sentence; not "told", whose name is the one told. */
const INVERTED_CUES = new Set(['said', 'says', 'added', 'adds', 'wrote', 'writes']);

/**
 * "“This will be a test” for the council, said Ada Brenner, a historian.": the credit closing the sentence,
 * inverted. Without it the quote went to the name before the comma, or to whoever spoke next.
 */
function invertedCredit(tokens: Token[], at: number, to: number, ctx: PhraseContext): Found | null {
  const cue = lowerOf(tokens[at]);
  if (!INVERTED_CUES.has(cue)) return null;
  const parsed = parseForward(tokens, at + 1, ctx);
  if (parsed?.ref.kind !== 'mention') return null;
  // The name ends the sentence, or an apposition or a full stop follows it.
  const next = tokens[parsed.end]?.text;
  if (parsed.end < to && next !== ',' && next !== '.') return null;
  return { ref: parsed.ref, role: parsed.role, cue };
}

function isPerson(ref: SpeakerRef): boolean {
  return ref.kind === 'mention' && ref.mention.entity.kind === 'person';
}

/** `tokens.slice(0, to)`, or the list itself when it ends there anyway (the sentence's last quote). */
function upTo(tokens: Token[], to: number): Token[] {
  return to >= tokens.length ? tokens : tokens.slice(0, to);
}
