// Reported speech without quote marks. The `text` is the reported clause exactly as written, so the
// pipeline can locate it. Only sentences with no quote marks are read: where a sentence quotes, the quote
// is the better record of what was said. Patterns, tried in this order:
//   According to X, CLAUSE.            CLAUSE, according to X.
//   CLAUSE, X said (in a statement).   CLAUSE, said X.
//   X said (on Tuesday) (that) CLAUSE.  X told reporters (that) CLAUSE.  X welcomed it, saying CLAUSE.
// "According to court documents" is not a speaker: documents, figures and reports are skipped.
import type { Registry } from './entities.ts';
import {
  AUXILIARIES,
  BODY_NOUNS,
  CUE_VERBS,
  INDIRECT_CUES,
  NON_SPEAKER_SOURCES,
  PRONOUNS,
  ROLE_NOUNS,
} from './lexicon.ts';
import { type ResolveContext, resolveSpeaker } from './resolve-speaker.ts';
import type { TextModel } from './sentences.ts';
import { hasFiniteVerb, isSpeakerName } from './speaker-check.ts';
import { speakerLike } from './speaker-like.ts';
import {
  nounPhrase,
  type PhraseContext,
  parseBackward,
  parseForward,
  type SpeakerRef,
} from './speaker-phrase.ts';
import { isWord, lower, type Token } from './tokens.ts';

export interface IndirectQuote {
  speaker: string;
  role: string | null;
  text: string;
  cue: string;
}

interface Reported {
  ref: SpeakerRef;
  role: string | null;
  cue: string;
  from: number;
  to: number;
}

const MIN_CLAUSE_WORDS = 3;
const NOT_CLAUSE_START = new Set(
  `of about against for on to with by even as after before despite during including`.split(/\s+/),
);
const CLAUSE_PRONOUNS = new Set(['it', 'he', 'she', 'they', 'we', 'i', 'there', 'this']);
const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'some', 'all']);
const PREPOSITIONS = new Set(
  'in on at outside during after before from to late last earlier via through under among'.split(/\s+/),
);

export function findIndirectQuotes(
  model: TextModel,
  registry: Registry,
  resolve: ResolveContext,
): IndirectQuote[] {
  const ctx: PhraseContext = { text: model.text, registry };
  const out: IndirectQuote[] = [];
  for (const sentence of model.sentences) {
    const quotes = sentence.quotes;
    const tokens = sentence.tokens;
    // No verb of speech, no "according to": nothing is reported here.
    if (!tokens.some((t) => t.word && (CUE_VERBS.has(lower(t.text)) || lower(t.text) === 'according')))
      continue;
    const pieces: { tokens: Token[]; found: Reported | null }[] = [];
    if (quotes.length === 0) {
      const found = accordingTo(tokens, ctx) ?? speakerAfter(tokens, ctx) ?? speakerBefore(tokens, ctx);
      pieces.push({ tokens, found });
      // "Authorities announced an arrest and said a curfew would continue": the second report shares the
      // subject of the first.
      const rest = found && found.to + 1 < tokens.length - 1 ? tokens.slice(found.to + 1) : null;
      const second = rest ? speakerBefore(rest, ctx, found?.ref ?? null) : null;
      if (rest && second) pieces.push({ tokens: rest, found: second });
    } else {
      // Around quotes, only a report that stands clear of them counts: "He said the truce would hold and
      // warned that “…”" gives "the truce would hold"; "he would accept “no deal …”" gives nothing.
      const segments = splitAtQuotes(tokens, (token) => model.quoted.has(token));
      const lastQuoteEnd = Math.max(...quotes.map((q) => q.close ?? q.end));
      // "X called the strike “deeply irresponsible” and said …": the second report shares the first's subject.
      const subject = firstSubject(segments[0] ?? [], ctx);
      for (const segment of segments) {
        const found = speakerBefore(segment, ctx, subject);
        const afterQuotes = (segment[0] as Token).start > lastQuoteEnd;
        // “…,” aides said Mr. Ryan told his colleagues: the credit of the quote just closed, not a report.
        if (found && creditsQuote(segment, found, quotes)) continue;
        if (found && (afterQuotes || found.to < segment.length - 1)) pieces.push({ tokens: segment, found });
      }
    }
    for (const piece of pieces) {
      const found = piece.found;
      if (!found || !speakerLike(found.ref)) continue;
      const text = clauseText(model.text, piece.tokens, found.from, found.to);
      if (!text) continue;
      const resolved = resolveSpeaker(found.ref, found.role, resolve);
      if (resolved && isSpeakerName(resolved.speaker))
        out.push({ speaker: resolved.speaker, role: resolved.role, text, cue: found.cue });
    }
  }
  return out;
}

function creditsQuote(
  segment: Token[],
  found: Reported,
  quotes: { close: number | null; end: number }[],
): boolean {
  const start = (segment[0] as Token).start;
  const follows = quotes.some((q) => {
    const close = q.close ?? q.end;
    return close < start && start - close <= 3;
  });
  // The "report" is itself a credit: its first words name someone and a verb of saying.
  const credit = segment.slice(found.from, found.from + 5).some((t) => CUE_VERBS.has(lower(t.text)));
  return follows && found.from <= 6 && credit;
}

function splitAtQuotes(tokens: Token[], quoted: (token: Token) => boolean): Token[][] {
  const segments: Token[][] = [[]];
  for (const token of tokens) {
    if (quoted(token)) {
      if ((segments.at(-1) as Token[]).length > 0) segments.push([]);
      continue;
    }
    (segments.at(-1) as Token[]).push(token);
  }
  return segments.filter((segment) => segment.some(isWord));
}

function accordingTo(tokens: Token[], ctx: PhraseContext): Reported | null {
  const at = tokens.findIndex(
    (t, i) => lower(t.text) === 'according' && lower(tokens[i + 1]?.text ?? '') === 'to',
  );
  if (at < 0) return null;
  const parsed = parseForward(tokens, at + 2, ctx);
  if (!parsed) return null;
  const base = { ref: parsed.ref, role: parsed.role, cue: 'according to' };
  if (at === 0 && tokens[parsed.end]?.text === ',')
    return { ...base, from: parsed.end + 1, to: tokens.length - 1 };
  // "CLAUSE, according to Ann Roe, head of the centre, and other scientists.": the source may run on.
  if (
    at > 0 &&
    tokens[at - 1]?.text === ',' &&
    !tokens.slice(parsed.end).some((t) => INDIRECT_CUES.has(lower(t.text)))
  )
    return { ...base, from: 0, to: at - 2 };
  return null;
}

/** "CLAUSE, police said." — the last comma, then a speaker and a cue, then at most a short adverbial. */
function speakerAfter(tokens: Token[], ctx: PhraseContext): Reported | null {
  for (let comma = tokens.length - 2; comma > 2; comma--) {
    if (tokens[comma]?.text !== ',') continue;
    // "…, though she admitted …" is a second report, not the credit of the first.
    if (CLAUSE_BREAKS.has(lower(tokens[comma + 1]?.text ?? ''))) continue;
    let i = comma + 1;
    let cue = lower(tokens[i]?.text ?? '');
    let parsed = null;
    if (INDIRECT_CUES.has(cue)) {
      // "…, said police." inverts subject and verb; "…, saying it would …" is a participle clause instead,
      // and after "told" comes the listener ("…, told Channel 4"), never the speaker.
      if (cue.endsWith('ing') || TAKES_OBJECT.has(cue)) continue;
      parsed = parseForward(tokens, i + 1, ctx);
      if (parsed?.ref.kind === 'pronoun') return null;
    } else {
      parsed = parseForward(tokens, i, ctx);
      if (!parsed) continue;
      i = skipApposition(tokens, parsed.end);
      while (AUXILIARIES.has(lower(tokens[i]?.text ?? ''))) i++;
      cue = lower(tokens[i]?.text ?? '');
      if (!INDIRECT_CUES.has(cue)) continue;
      i++;
    }
    if (!parsed) return null;
    const rest = tokens.slice(Math.max(i, parsed.end)).filter(isWord);
    if (rest.length > 6) return null;
    return { ref: parsed.ref, role: parsed.role, cue, from: 0, to: comma - 1 };
  }
  return null;
}

/** "Joseph Vance, who defended the mayor, told …": from the name's end to the verb after its apposition. */
function skipApposition(tokens: Token[], end: number): number {
  if (tokens[end]?.text !== ',') return end;
  for (let c = end + 1; c < tokens.length && c - end < 20; c++) {
    if (tokens[c]?.text === ',' && INDIRECT_CUES.has(lower(tokens[c + 1]?.text ?? ''))) return c + 1;
  }
  return end;
}

/** "X said (that) CLAUSE", "X told reporters (that) CLAUSE", "X welcomed the decision, saying CLAUSE". */
function speakerBefore(
  tokens: Token[],
  ctx: PhraseContext,
  shared: SpeakerRef | null = null,
): Reported | null {
  for (let at = 0; at < tokens.length; at++) {
    const cue = lower(tokens[at]?.text ?? '');
    if (!CUE_VERBS.has(cue)) continue;
    // The first cue verb with a subject reports: in "Ruth Kamau, the lawyer who argued the case, said …"
    // "argued" has none and is passed over.
    let ref = INDIRECT_CUES.has(cue) ? subjectOf(tokens, at, cue, ctx) : null;
    const joined = lower(tokens[at - 1]?.text ?? '');
    if (
      !ref &&
      INDIRECT_CUES.has(cue) &&
      (['and', 'but'].includes(joined) || (joined === ',' && cue.endsWith('ing')))
    )
      ref = shared;
    if (ref)
      return { ref, role: null, cue, from: clauseStart(tokens, at, cue), to: clauseEnd(tokens, at + 1) };
  }
  return null;
}

/** The subject of a sentence's first verb of speech, reported or not ("called", "described"). */
function firstSubject(tokens: Token[], ctx: PhraseContext): SpeakerRef | null {
  const at = tokens.findIndex((t) => CUE_VERBS.has(lower(t.text)));
  return at > 0 ? parseBackward(tokens, at - 1, 0, ctx) : null;
}

function subjectOf(tokens: Token[], at: number, cue: string, ctx: PhraseContext): SpeakerRef | null {
  // "X filed a complaint on Monday, claiming that …": a participle after a comma speaks for the subject.
  if (cue.endsWith('ing') && tokens[at - 1]?.text === ',') return parseForward(tokens, 0, ctx)?.ref ?? null;
  return parseBackward(tokens, at - 1, 0, ctx);
}

function clauseStart(tokens: Token[], at: number, cue: string): number {
  let i = at + 1;
  i = skipTime(tokens, i);
  if (TAKES_OBJECT.has(cue)) i = skipObject(tokens, i);
  i = skipAdverbial(tokens, skipTime(tokens, i));
  // "said in a statement that …", "told reporters in Korvin that …"; but "said he had been due to work that night"
  // keeps its "that", because the clause started before it.
  return lower(tokens[i]?.text ?? '') === 'that' ? i + 1 : i;
}

/** The person told: "reporters", "the Courier", "Meridian Wire", "state broadcaster NTV". */
function skipObject(tokens: Token[], i: number): number {
  const phrase = nounPhrase(tokens, i);
  if (!phrase) return i;
  const words = tokens.slice(phrase.from, phrase.to + 1);
  // Stop where the clause starts: "told lawmakers he would", "told the Courier the day had been".
  const clause = words.findIndex(
    (t, k) => k > 0 && (CLAUSE_PRONOUNS.has(lower(t.text)) || CLAUSE_DETERMINERS.has(lower(t.text))),
  );
  return clause > 0 ? phrase.from + clause : phrase.to + 1;
}

/** "on Tuesday", "in a statement", "outside the court": skipped up to where the clause starts. */
/** Verbs of saying whose listener comes before the clause: "told reporters", "warning voters that …". */
const TAKES_OBJECT = new Set([
  'told',
  'tells',
  'telling',
  'warned',
  'warns',
  'warning',
  'assured',
  'reminded',
  'informed',
]);
const TIME_WORDS = new Set(
  'today yesterday tonight recently earlier later again monday tuesday wednesday thursday friday saturday sunday'.split(
    ' ',
  ),
);

/** "said this week that", "said Friday that", "said last month": a time before the clause. */
function skipTime(tokens: Token[], i: number): number {
  let k = i;
  for (;;) {
    const word = lower(tokens[k]?.text ?? '');
    const next = lower(tokens[k + 1]?.text ?? '');
    if (TIME_WORDS.has(word)) k++;
    else if (['this', 'last', 'next'].includes(word) && ['week', 'month', 'year', 'weekend'].includes(next))
      k += 2;
    else return k;
  }
}

function skipAdverbial(tokens: Token[], i: number): number {
  let k = i;
  while (PREPOSITIONS.has(lower(tokens[k]?.text ?? ''))) {
    k++;
    if (CLAUSE_DETERMINERS.has(lower(tokens[k]?.text ?? ''))) k++;
    let nouns = 0;
    while (isWord(tokens[k]) && nouns < 3) {
      const word = lower((tokens[k] as Token).text);
      if (word === 'that' || (nouns > 0 && (CLAUSE_PRONOUNS.has(word) || CLAUSE_DETERMINERS.has(word))))
        break;
      k++;
      nouns++;
    }
  }
  return k;
}

/** A subject (a capitalised name or "the"/"a" and a noun) followed within three words by its own verb. */
function startsNewClause(tokens: Token[], at: number): boolean {
  const first = tokens[at];
  if (!isWord(first)) return false;
  const lead = lower(first.text);
  if (!/^\p{Lu}/u.test(first.text) && !['the', 'a', 'an'].includes(lead)) return false;
  for (let k = at + 1; k <= at + 3; k++) {
    const word = tokens[k]?.text ?? '';
    if (!isWord(tokens[k])) return false;
    if (CLAUSE_VERBS.has(lower(word)) || (/^\p{Ll}{3,}ed$/u.test(word) && k > at)) return true;
  }
  return false;
}

const CLAUSE_VERBS = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'will',
  'would',
  'said',
  'says',
  'could',
]);

/** Words that open a new clause after ", and": the reporter takes the story on from there. */
const NEW_CLAUSE = new Set(['when', 'then', 'he', 'she', 'they', 'it', 'we', 'i', 'later', 'after', 'while']);

/** A concession or contrast after a comma is the reporter's, not the speaker's: "…, though she admitted …". */
const CLAUSE_BREAKS = new Set(['though', 'although', 'whereas', 'while']);

/** The clause runs to the sentence end, or to "and warned …" when a second report begins. */
function clauseEnd(tokens: Token[], from: number): number {
  for (let k = from + 1; k < tokens.length; k++) {
    const word = lower(tokens[k]?.text ?? '');
    if (tokens[k - 1]?.text === ',' && CLAUSE_BREAKS.has(word)) return k - 2;
    // "…, adding that …": a second report of the same speaker begins.
    if (tokens[k - 1]?.text === ',' && word.endsWith('ing') && INDIRECT_CUES.has(word)) return k - 2;
    // "…; they only learned on Friday …", "…, and when pressed, she …": the report ends there.
    if (word === ';') return k - 1;
    // "… mishandled the investigation and Democrats accused …", "…, and the downgrade is casting …": a new
    // subject with its own verb starts the reporter's next clause.
    if ((word === 'and' || word === 'but') && k > from + 3 && startsNewClause(tokens, k + 1))
      return tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    if (
      tokens[k - 1]?.text === ',' &&
      (word === 'and' || word === 'but') &&
      NEW_CLAUSE.has(lower(tokens[k + 1]?.text ?? ''))
    )
      return k - 2;
    if ((word === 'and' || word === 'but') && CUE_VERBS.has(lower(tokens[k + 1]?.text ?? ''))) {
      return tokens[k - 1]?.text === ',' ? k - 2 : k - 1;
    }
  }
  return tokens.length - 1;
}

function clauseText(text: string, tokens: Token[], start: number, to: number): string | null {
  let from = start;
  // "Under the deal, the exchange is due …, Vasko said": the lead-in phrase is the reporter's framing.
  const comma = tokens.findIndex((t, k) => k > from && k <= from + 4 && t.text === ',');
  if (from === 0 && comma > 0 && PREPOSITIONS.has(lower(tokens[0]?.text ?? ''))) from = comma + 1;
  // A clause starts at a word: ", and soon …" is the tail of another sentence's report.
  while (
    from <= to &&
    (!isWord(tokens[from]) || ['and', 'but', 'or'].includes(lower(tokens[from]?.text ?? '')))
  )
    from++;
  // "said, adding that the results would be public": the report is what follows the second verb.
  const lead = lower(tokens[from]?.text ?? '');
  if (lead.endsWith('ing') && INDIRECT_CUES.has(lead)) {
    from++;
    if (lower(tokens[from]?.text ?? '') === 'that') from++;
  }
  let end = to;
  while (end >= from && /^[.,;:!?\u2013\u2014]$/.test(tokens[end]?.text ?? '.')) end--;
  const words = tokens.slice(from, end + 1).filter(isWord);
  if (words.length < MIN_CLAUSE_WORDS) return null;
  // "warned of flooding", "spoke about the deal": a topic, not a reported clause.
  if (NOT_CLAUSE_START.has(lower((words[0] as Token).text))) return null;
  // "said, interrupting reporters", "predicted winning two-thirds": the reporter's narration, not a report.
  if (/^\p{Ll}+ing$/u.test((words[0] as Token).text)) return null;
  const first = tokens[from] as Token;
  const last = tokens[end] as Token;
  const clause = text.slice(first.start, last.end);
  // Two apostrophes are quote marks in some archives: quoted words are never shown as a paraphrase.
  if (clause.includes("''")) return null;
  // "said Bill Clinton’s comments", "told The Huffington Post": a noun phrase, not something reported.
  return hasFiniteVerb(clause) ? clause : null;
}
