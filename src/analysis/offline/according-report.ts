// "According to X, CLAUSE" and "CLAUSE, according to X": a clause without quote marks credited to its source.
import { accordingAt } from './according-at.ts';
import { opensMainClause } from './according-opening.ts';
import { AND_BUT, BODY_NOUNS, CUE_VERBS, INDIRECT_CUES } from './lexicon.ts';
import { ARTICLES, nounPhrase } from './noun-phrase.ts';
import { joinedAfterReport, openingReportVerb, sourcesPart } from './opening-report.ts';
import { headOf } from './phrase-head.ts';
import { cueFrom, type Reported } from './report-speaker.ts';
import { isSpeakerName } from './speaker-check.ts';
import { isDocumentHead, isPersonNoun, speakerLike } from './speaker-like.ts';
import { type ParsedSpeaker, type PhraseContext, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { isEdForm, isTensedWord } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';
import { writersBreak } from './writers-break.ts';

export function accordingTo(tokens: Token[], ctx: PhraseContext): Reported | null {
  const at = accordingAt(tokens);
  if (at < 0) return null;
  // Opening the sentence, the source ends at the first comma: in "According to the Courier, Ada Brenner, who …,
  // took to the radio" the name after it is the report's subject, no apposition of the Courier.
  const opening = opensMainClause(tokens, at);
  const comma = opening ? tokens.findIndex((t, k) => k > at + 1 && t.text === ',') : -1;
  const read =
    reportsNoun(tokens, at + 2, ctx) ??
    namedDocument(tokens, at + 2, ctx, comma) ??
    parseForward(comma > 0 ? tokens.slice(0, comma) : tokens, at + 2, ctx);
  if (!read) return null;
  const parsed = withProvenance(
    tokens,
    sharedHead(tokens, read, ctx, opening ? comma : -1),
    ctx,
    opening ? comma : -1,
  );
  const base = { ref: parsed.ref, role: parsed.role, cue: 'according to' };
  if (opening && tokens[parsed.end]?.text === ',')
    return { ...base, from: pastApposition(tokens, parsed.end + 1), to: tokens.length - 1 };
  // "… has replaced two directors and, according to aides, set up a fresh plan": the source vouches for what
  // follows it, the second thing the subject did; the first, before "and", is the reporter's.
  if (
    AND_BUT.has(lowerOf(tokens[at - 2])) &&
    tokens[at - 1]?.text === ',' &&
    tokens[parsed.end]?.text === ','
  )
    return { ...base, from: parsed.end + 1, to: tokens.length - 1 };
  // "CLAUSE, according to Ann Roe, head of the centre, and other scientists.": the source may run on.
  // "The tax has not hurt the city: it was the top market, according to one index.": what the source
  // gave starts after the writer's colon, or after a dash that opens the sentence's last stretch ("Democrats
  // point out that the plan holds similar savings — about $7 million a year, according to the auditor").
  // Not "The Ledger reported that …, according to three people …": the clause is a report of its own.
  if (
    at > 0 &&
    tokens[at - 1]?.text === ',' &&
    !cueFrom(tokens, parsed.end) &&
    !reportsThatBefore(tokens, at, ctx) &&
    // "The Ledger reported, according to two sources, that …": the words before are a credit, no clause.
    !CREDIT_VERBS.has(lowerOf(tokens[at - 2])) &&
    !creditsRelative(tokens, at)
  )
    return {
      ...base,
      from: Math.max(writersBreak(tokens, at - 2), sourcesPart(tokens, at, ctx)),
      to: splitsClause(tokens, at) ? relativeAfter(tokens, at) : at - 2,
    };
  return null;
}

/**
 * "… three bills, each of which is popular, according to polls": the source vouches for the quantified
 * relative clause just before it, not for the sentence, whose main clause is the reporter's.
 */
function creditsRelative(tokens: Token[], at: number): boolean {
  const comma = tokens.findLastIndex((t, k) => k < at - 1 && t.text === ',');
  if (comma < 0) return false;
  // Only "each of which", "most of whom": a plain "which" clause is as often the source's claim itself.
  return lowerOf(tokens[comma + 2]) === 'of' && ['which', 'whom'].includes(lowerOf(tokens[comma + 3]));
}

/**
 * "The firm earns, according to one filing, $40 million a year", "The step they settled on, according to an
 * aide, is …": the credit stands inside a clause whose first part ends on its verb or a preposition, or has no
 * verb the lexicon knows; the report is the whole clause, the credit shown where it stands.
 */
function splitsClause(tokens: Token[], at: number): boolean {
  const last = tokens[at - 2];
  const close = tokens.findIndex((t, k) => k > at + 2 && t.text === ',');
  // Not "…, according to the Guild, which …": the source's own clause.
  if (
    close < 0 ||
    !tokens.slice(close + 1).some((t) => t.word) ||
    APPOSITION_OPENERS.has(lowerOf(tokens[close + 1]))
  )
    return false;
  // "It was the largest fine in years, according to inspectors, that the city had imposed": a cleft's "that".
  if (lowerOf(tokens[0]) === 'it' && lowerOf(tokens[close + 1]) === 'that') return true;
  // "That's bad, according to X, because …": a contracted verb is a verb.
  const verbless = !tokens.slice(0, at - 1).some((t) => isTensedWord(t) || CONTRACTED_VERB.test(t.text));
  return isTensedWord(last) || OPEN_ENDS.has(lowerOf(last)) || verbless;
}
/** Where the whole clause ends: before a relative clause after a comma ("…, which pays for the docks"), or at its end. */
function relativeAfter(tokens: Token[], at: number): number {
  const comma = tokens.findIndex(
    (t, k) => k > at + 2 && t.text === ',' && RELATIVE_OPENERS.has(lowerOf(tokens[k + 1])),
  );
  return comma > 0 ? comma - 1 : tokens.length - 1;
}
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose', 'where']);
const CREDIT_VERBS = new Set('said says reported reports wrote writes told noted announced added'.split(' '));
const CONTRACTED_VERB = /['’](?:s|re|ll|ve|d|m)$/i;
const OPEN_ENDS = new Set('on in at to of for with from by that'.split(' '));
const APPOSITION_OPENERS = new Set('which who whose where a an the its his her their one'.split(' '));

/**
 * "according to Democratic and independent analysts", "according to state and federal officials": two words
 * joined before one noun are one source; the phrase reader stopped at "and" and showed "Democratic".
 */
function sharedHead(tokens: Token[], read: ParsedSpeaker, ctx: PhraseContext, comma: number): ParsedSpeaker {
  const first = tokens.findIndex((t) => t.start === refStart(read.ref));
  if (lowerOf(tokens[read.end]) !== 'and' || first < 0 || read.end - first > 2) return read;
  const second = parseForward(comma > 0 ? tokens.slice(0, comma) : tokens, read.end + 1, ctx);
  if (second?.ref.kind !== 'phrase' || !speakerLike(second.ref)) return read;
  const text = ctx.text.slice((tokens[first] as Token).start, (tokens[second.end - 1] as Token).end);
  return {
    ref: { kind: 'phrase', text, head: second.ref.head, at: (tokens[first] as Token).start },
    role: null,
    end: second.end,
  };
}

function refStart(ref: SpeakerRef): number {
  return ref.kind === 'mention' ? ref.mention.start : ref.at;
}

/** Words that carry a document's provenance on past its noun: "a count by the wire service", "polls conducted for". */
const PROVENANCE = new Set(
  'by from of for conducted released published filed compiled taken obtained prepared issued commissioned'.split(
    ' ',
  ),
);

/**
 * "According to a count by the Ledger, Reyes leads": the phrase reader stops at "by", which left the source
 * "a count" and, opening the sentence, no comma after it, so nothing was reported. A document's source runs
 * on to the comma that closes it (opening the sentence) or to the next comma or the sentence's end.
 */
function withProvenance(
  tokens: Token[],
  read: ParsedSpeaker,
  ctx: PhraseContext,
  comma: number,
): ParsedSpeaker {
  const ref = read.ref;
  if (ref.kind !== 'phrase' || !isDocumentHead(ref.head) || !PROVENANCE.has(lowerOf(tokens[read.end])))
    return read;
  const stop = comma > 0 ? comma : tokens.length - 1;
  let end = read.end;
  while (end < stop && !CLOSERS.has((tokens[end] as Token).text)) end++;
  // Closed by the opening comma, the sentence's last mark or a comma after it: not by a dash or a bracket.
  if (end !== stop && tokens[end]?.text !== ',') return read;
  const span = tokens.slice(read.end, end);
  if (span.some((token) => INDIRECT_CUES.has(lowerOf(token)) || RELATIVES.has(lowerOf(token)))) return read;
  const text = ctx.text.slice(ref.at, (tokens[end - 1] as Token).end);
  // "a poll of 400 registered voters released on Friday by …": a shown source must read as one.
  if (!isSpeakerName(text)) return read;
  return { ref: { ...ref, text }, role: read.role, end };
}
/**
 * "According to a study by the Vale Institute, a research group, the fund …": a description between two commas
 * names the source (a body or a person), and the report starts after it. "According to the poll, a majority …"
 * is read as before (the phrase runs on into its verb); so is "…, the mayor, a Democrat, leads": a description
 * of its own after the second comma makes the first the report's subject.
 */
function pastApposition(tokens: Token[], from: number): number {
  if (!ARTICLES.has(lowerOf(tokens[from]))) return from;
  const phrase = nounPhrase(tokens, from);
  if (!phrase || tokens[phrase.to + 1]?.text !== ',') return from;
  // A body or a person describes the source; "the subpoenas, issued by …, seek" is the report's subject.
  const head = headOf(tokens, phrase.from, phrase.to);
  if (!BODY_NOUNS.has(head) && !isPersonNoun(head)) return from;
  const next = nounPhrase(tokens, phrase.to + 2);
  if (next && tokens[next.to + 1]?.text === ',') return from;
  return phrase.to + 2;
}

const CLOSERS = new Set([',', ';', ':', '(', ')', '—', '–', '"', '“', '”']);
const RELATIVES = new Set(['that', 'which', 'who', 'whose', 'where']);

/**
 * Whether "reported that", "said that" or the like stands before tokens[at]: any verb that introduces speech
 * ("The port authority concluded that …, according to a bulletin": the authority's finding, not the bulletin's).
 */
function reportsThatBefore(tokens: Token[], at: number, ctx: PhraseContext): boolean {
  for (let k = 0; k + 1 < at; k++)
    if (CUE_VERBS.has(lowerOf(tokens[k])) && lowerOf(tokens[k + 1]) === 'that') return true;
  // "She said the two never met, according to the Ledger", "The president said …, according to a transcript": a
  // sentence opening on its speaker and verb is that speaker's report, as the source tells it (an editor found it
  // shown as the Ledger's words); not one whose report another clause follows, which the source vouches for.
  const said = openingReportVerb(tokens, at, ctx);
  return said >= 0 && joinedAfterReport(tokens, said, at) < 0;
}

/**
 * "according to press reports", "according to reports": after "according to", "reports" is a noun, which the
 * phrase reader takes for the verb and stops before. Up to two words before it, none a verb of saying.
 */
function reportsNoun(tokens: Token[], from: number, ctx: PhraseContext): ParsedSpeaker | null {
  for (let k = from; k < from + 3 && isWord(tokens[k]); k++) {
    if (lowerOf(tokens[k]) !== 'reports') {
      if (CUE_VERBS.has(lowerOf(tokens[k]))) return null;
      continue;
    }
    const first = tokens[from] as Token;
    const text = ctx.text.slice(first.start, (tokens[k] as Token).end);
    return { ref: { kind: 'phrase', text, head: 'reports', at: first.start }, role: null, end: k + 1 };
  }
  return null;
}

/**
 * "According to an online University of Lestria/Lestria Courier poll out Thursday, …": the source is the poll, not
 * the body that ran it; read forward, the phrase stopped on the name. An article, words of the document's
 * description with a capitalised one among them, then a document's noun: the phrase up to that noun, which runs
 * to `comma` when the source opens the sentence.
 */
export function namedDocument(
  tokens: Token[],
  from: number,
  ctx: PhraseContext,
  comma: number,
): ParsedSpeaker | null {
  if (!ARTICLES.has(lowerOf(tokens[from]))) return null;
  let named = false;
  for (let k = from + 1; k < from + DOCUMENT_REACH && isWord(tokens[k]); k++) {
    const token = tokens[k] as Token;
    const word = lowerOf(token);
    // A capitalised "Journal" or "Statistics" ends a body's name ("the Bureau of Labor Statistics"), not a
    // document's description; "Poll" and "Survey" may be either, and are read as the document.
    const head = /^\p{Ll}/u.test(token.text) || word === 'poll' || word === 'survey';
    if (head && isDocumentHead(word) && named && !/^\p{Lu}/u.test(tokens[k + 1]?.text ?? '')) {
      const first = tokens[from] as Token;
      const text = ctx.text.slice(first.start, token.end);
      // Opening the sentence, what follows the noun up to the comma ("out Thursday") belongs to the source;
      // "released by …" is read on by withProvenance.
      const end =
        comma > k && !PROVENANCE.has(lowerOf(tokens[k + 1])) && shortTail(tokens, k + 1, comma)
          ? comma
          : k + 1;
      return { ref: { kind: 'phrase', text, head: word, at: first.start }, role: null, end };
    }
    // "a February survey": a month or a day names no one.
    if (/^\p{Lu}/u.test(token.text)) named ||= !CALENDAR.has(word);
    else if (word !== 'of' && (isTensedWord(token) || CUE_VERBS.has(word) || DESCRIPTION_ENDS.has(word)))
      return null;
  }
  return null;
}
/**
 * "out Thursday", "on Monday": a few words after the document's noun, none a verb. "… report on Monday the port
 * lost money, Ruiz said" runs on into the report itself.
 */
function shortTail(tokens: Token[], from: number, comma: number): boolean {
  if (comma - from > 3) return false;
  for (let k = from; k < comma; k++) if (isTensedWord(tokens[k]) || isEdForm(tokens[k])) return false;
  return true;
}

/** Words between the article and the document's noun, at most. */
const DOCUMENT_REACH = 10;
/** Words that end a description before any document's noun: a relative clause, a second phrase, an infinitive. */
const DESCRIPTION_ENDS = new Set(['that', 'which', 'who', 'and', 'but', 'to']);
const CALENDAR = new Set(
  `january february march april may june july august september october november december monday tuesday
  wednesday thursday friday saturday sunday`.split(/\s+/),
);
