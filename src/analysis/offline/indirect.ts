// Reported speech without quote marks. The `text` is the reported clause exactly as written, so the
// pipeline can locate it. Sentences without quotes are read whole (up to two reports sharing a subject);
// in a sentence that quotes, only a report that stands clear of its quotes counts, never a quote's own credit.
// report-speaker.ts finds who reports, report-clause.ts where the clause lies. "According to court
// documents" is not a speaker: documents, figures and reports are skipped.

import { accordingTo } from './according-report.ts';
import { accusedPronoun } from './accuser-pronoun.ts';
import { asksTheOne } from './asker.ts';
import { inParticipleAside } from './clause-frame.ts';
import type { Registry } from './entities.ts';
import { framedReport } from './framed-report.ts';
import { READ_CUES } from './lexicon.ts';
import {
  isSpeakersRole,
  loneSubordinate,
  nounPhraseOnly,
  objectThenDeed,
  objectThenOwnClause,
  pronounDeed,
  verbFirst,
} from './noun-phrase-report.ts';
import { subjectPastAsCredit } from './opening-phrase.ts';
import { outletsOwnClaim, pastOpening } from './own-reporting.ts';
import { afterOwnSubjectClause } from './participle-subject.ts';
import { creditBeforeParticiple, creditsQuote, splitAtQuotes } from './quote-segments.ts';
import { elideRelativeGloss } from './relative-gloss.ts';
import { clauseText } from './report-clause.ts';
import { elideCredit, speakerMedial } from './report-medial.ts';
import {
  firstSubject,
  openingSubject,
  type Reported,
  speakerAfter,
  speakerBefore,
} from './report-speaker.ts';
import type { ResolveContext } from './resolve-context.ts';
import { resolveSpeaker } from './resolve-speaker.ts';
import { saidInNounClause } from './said-in-noun-clause.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { isSpeakerNameSeen } from './speaker-check.ts';
import { documentSource, speakerLike } from './speaker-like.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { skipBackOverModifiers } from './subject-verb-gap.ts';
import { lowerOf, type Token } from './tokens.ts';
import { isCampusAt } from './university-campus.ts';
import { asksInOwnVoice } from './writer-voice.ts';

export interface IndirectQuote {
  speaker: string;
  role: string | null;
  text: string;
  cue: string;
}

/** Whether the one a report is credited to can report: a speaker, or a document that speaks ("the filing says"). */
function reports(found: Reported): boolean {
  return speakerLike(found.ref) || documentSource(found.ref, found.cue);
}

/** The length of the shortest verb of saying ("say"), and of "according". */
const SHORTEST_CUE = Math.min(...[...READ_CUES, 'according'].map((word) => word.length));

export function findIndirectQuotes(
  model: TextModel,
  registry: Registry,
  resolve: ResolveContext,
): IndirectQuote[] {
  const ctx: PhraseContext = { text: model.text, registry };
  const out: IndirectQuote[] = [];
  const sentences = model.sentences;
  for (let s = 0; s < sentences.length; s++) {
    const sentence = sentences[s] as Sentence;
    const quotes = sentence.quotes;
    const tokens = sentence.tokens;
    // No verb of speech, no "according to": nothing is reported here. One pass tells both apart, so the
    // "according to" reading runs only where the word stands.
    let according = false;
    let cue = false;
    for (let k = 0; k < tokens.length; k++) {
      const t = tokens[k] as Token;
      // Most words are too short to be a cue (lower-casing never lengthens an ASCII word), and are passed
      // over without being lower-cased or looked up.
      if (!t.word || t.text.length < SHORTEST_CUE) continue;
      const word = lowerOf(t);
      if (word === 'according') according = true;
      // Once a cue is found only "according" is still looked for: the set is not asked again.
      else if (!cue && READ_CUES.has(word)) cue = true;
    }
    if ((!according && !cue) || asksInOwnVoice(tokens)) continue;
    // "As this newspaper reported, …, according to court records": neither the records nor the outlet report.
    const own = according && outletsOwnClaim(tokens, ctx);
    const pieces: { tokens: Token[]; found: Reported | null }[] = [];
    if (quotes.length === 0) {
      // Past the outlet's own opening ("As we reported,"), whose verb is no one's report.
      const body = own ? pastOpening(tokens) : tokens;
      // A credit after the clause whose "speaker" is no one ("Rep. Ada Roe, R-NY, said …" read the party tag as
      // one) gives way to the verb's own subject.
      const credit = speakerAfter(body, ctx);
      // "X of the University of California, Davis, said …": the campus is no speaker set after a clause.
      const after =
        credit?.ref.kind === 'mention' && isCampusAt(body, credit.ref.mention.start) ? null : credit;
      const found =
        (according && !own ? accordingTo(body, ctx) : null) ??
        (after && reports(after) ? after : null) ??
        medialOrBefore(model.text, body, ctx);
      pieces.push({ tokens: body, found });
      // "Authorities announced an arrest and said a curfew would continue": the second report shares the
      // subject of the first.
      const rest = found && found.to + 1 < body.length - 1 ? body.slice(found.to + 1) : null;
      // "X rebuked critics who say …, saying …": a participle after the comma speaks for the sentence's subject.
      const participle = rest?.[0]?.text === ',' && lowerOf(rest[1]).endsWith('ing');
      const pastAs =
        participle && found?.at !== undefined ? subjectPastAsCredit(body, found.at, ctx) : undefined;
      const shared =
        pastAs !== undefined
          ? pastAs
          : ((participle ? openingSubject(body, ctx) : null) ?? found?.ref ?? null);
      // "Ruiz, who says A, said B": the verb after the relative clause is the antecedent's.
      // "Vance, who has alleged that …, said …", "Aldo, insisting that …, said …": likewise.
      const afterWho =
        found?.at !== undefined &&
        (lowerOf(body[skipBackOverModifiers(body, found.at - 1, 0)]) === 'who' ||
          inParticipleAside(body, found.at));
      // "…after two towns sued to strike it down, saying …": the towns' words as likely as the subject's.
      const doubt =
        (participle && afterOwnSubjectClause(body, (found?.to ?? 0) + 2)) ||
        (rest !== null && byMeans(body, found?.from ?? 0, rest));
      let second = rest && !doubt ? speakerBefore(rest, ctx, shared, 0, undefined, afterWho) : null;
      // "CLAUSE, he said after meeting aides, because he said …": past a verb with no clause (the closing credit's),
      // the next one.
      if (rest && second?.at !== undefined && !clauseOf(model.text, rest, second.from, second.to))
        second = speakerBefore(rest, ctx, shared, second.at + 1, undefined, afterWho);
      if (rest && second) pieces.push({ tokens: rest, found: second });
    } else {
      // Around quotes, only a report that stands clear of them counts: "He said the truce would hold and
      // warned that “…”" gives "the truce would hold"; "he would accept “no deal …”" gives nothing.
      const segments = splitAtQuotes(tokens, (token) => model.quoted.has(token));
      const lastQuoteEnd = Math.max(...quotes.map((q) => q.close ?? q.end));
      // "X called the strike “deeply irresponsible” and said …": the second report shares the first's subject.
      // Found only when a segment's verb has no subject of its own, which most never need.
      let shared: SpeakerRef | null | undefined;
      const subject = () => {
        if (shared === undefined)
          shared = firstSubject(segments[0] ?? [], ctx) ?? openingSubject(segments[0] ?? [], ctx);
        return shared;
      };
      for (const segment of segments) {
        const afterQuotes = (segment[0] as Token).start > lastQuoteEnd;
        // Most segments are a quote's credit or its lead-in ("He said the ministry “…”"): both are told by where
        // the verb and clause lie, so speakerBefore asks this before it parses a subject.
        const keep = (at: number, from: number, to: number) =>
          // “…,” aides said Ms. Ortega told her colleagues: the credit of the quote just closed, not a report.
          !creditsQuote(segment, at, from, quotes) && (afterQuotes || to < segment.length - 1);
        let found = speakerBefore(segment, ctx, subject, 0, keep);
        // "“…,” Reyes said on Monday, pointing out that …": past the quote's credit, which reports nothing of its
        // own (none kept, or an empty clause), a later verb may report.
        for (
          let tries = 0;
          found?.at !== undefined &&
          (found.from > found.to || !keep(found.at, found.from, found.to)) &&
          tries < 2;
          tries++
        )
          found = speakerBefore(segment, ctx, subject, found.at + 1, keep);
        // "Ruiz - who once said he would “…” oil fields held by the Guard - said …": the verb closes a dash aside
        // opened before this stretch, so its subject is the sentence's, not the aside's last noun.
        if (found?.at !== undefined && segment !== segments[0] && dashBefore(model.text, segment, found.at)) {
          const opening = subject();
          found = opening ? { ...found, ref: opening, role: null } : null;
        }
        if (!(found?.at !== undefined && keep(found.at, found.from, found.to)) && segment === segments[0])
          found = creditBeforeParticiple(segment, ctx);
        if (found?.at !== undefined && keep(found.at, found.from, found.to))
          pieces.push({ tokens: segment, found });
      }
    }
    for (const piece of pieces) {
      const found = piece.found;
      if (!found || !reports(found)) continue;
      // "Ms. Brenner rebuked Mr. Hallam for suggesting that …": what someone is blamed or praised for saying is theirs,
      // the object's, or no one's: shown under the subject ("Reyes assailed Brandt for stressing talks over …")
      // it read as the subject's own view.
      if (blamedFor(piece.tokens, found) || saidInNounClause(piece.tokens, found)) continue;
      const critic = found.ref.kind === 'mention' ? found.ref.mention.entity.gender : null;
      if (found.at !== undefined && accusedPronoun(piece.tokens, found.at, found.from, critic)) continue;
      const clause = clauseOf(model.text, piece.tokens, found.from, found.to, found.cut);
      if (!clause) continue;
      if (
        nounPhraseOnly(clause, found.cue) ||
        objectThenDeed(clause) ||
        objectThenOwnClause(clause) ||
        verbFirst(clause, found.cue)
      )
        continue;
      if (pronounDeed(clause)) continue;
      const said = framedReport(model.text, clause, found.cue, piece.tokens[found.at ?? -1]?.start);
      const text = elideRelativeGloss(found.credit ? elideCredit(model.text, said, found.credit) : said);
      const resolved = resolveSpeaker(found.ref, found.role, resolve);
      if (asksTheOne(model.text, found.ref, resolved?.entity ?? null)) continue;
      if (isSpeakersRole(clause, resolved?.role ?? found.role) || loneSubordinate(clause)) continue;
      if (resolved && isSpeakerNameSeen(resolve.speakerNames, resolved.speaker))
        out.push({ speaker: resolved.speaker, role: resolved.role, text, cue: found.cue });
    }
  }
  return out;
}

/**
 * clauseText, remembering its last answer: a sentence's report is read once to choose the credit
 * (medialOrBefore, reportingCue) and then again, the same tokens and bounds, to be shown.
 */
function clauseOf(text: string, tokens: Token[], from: number, to: number, cut?: number): string | null {
  // A clause cut inside its last word ends there: "council" of "council-is" (dash-aside.ts).
  if (cut !== undefined) {
    const clause = clauseText(text, tokens, from, to);
    return clause ? clause.slice(0, clause.length - ((tokens[to] as Token).end - cut)) : null;
  }
  const last = lastClause;
  // The token list first: it is one sentence's own array, and only then is the text compared.
  if (last.tokens === tokens && last.from === from && last.to === to && last.text === text)
    return last.clause;
  const clause = clauseText(text, tokens, from, to);
  lastClause = { text, tokens, from, to, clause };
  return clause;
}
let lastClause: { text: string; tokens: Token[] | null; from: number; to: number; clause: string | null } = {
  text: '',
  tokens: null,
  from: -1,
  to: -1,
  clause: null,
};

/** A credit inside the clause, when it yields a clause; otherwise the speaker before the verb. */
function medialOrBefore(text: string, tokens: Token[], ctx: PhraseContext): Reported | null {
  const medial = speakerMedial(tokens, ctx);
  if (medial && clauseOf(text, tokens, medial.from, medial.to)) return medial;
  return reportingCue(text, tokens, ctx);
}

/**
 * The first verb of saying that reports a clause: in "Back when she wrote her memoir, Ruiz said that …" the
 * first cue has a subject but only a noun phrase after it, so the next one is read.
 */
function reportingCue(text: string, tokens: Token[], ctx: PhraseContext): Reported | null {
  let found = speakerBefore(tokens, ctx);
  for (let tries = 0; found && found.at !== undefined && tries < 3; tries++) {
    const clause = clauseOf(text, tokens, found.from, found.to) !== null;
    // Only a speaker not named, with a comma after its verb, may hand the report to a named one.
    if (clause && (found.ref.kind === 'mention' || !commaAfter(tokens, found.at, found.to))) return found;
    const next = speakerBefore(tokens, ctx, null, found.at + 1);
    if (clause && !namedAfterComma(tokens, found, next)) return found;
    found = next;
  }
  return found;
}

function commaAfter(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

/** "…she wrote her memoir, Ada Brenner said that …": a named speaker after a comma takes the report over. */
function namedAfterComma(tokens: Token[], found: Reported, next: Reported | null): boolean {
  if (!next || next.at === undefined || found.at === undefined || next.ref.kind !== 'mention') return false;
  return commaAfter(tokens, found.at, next.at - 1);
}

/**
 * "… could blunt the attack by calling the fight a local matter and saying the council …": a participle after
 * "and" that goes on a "by" phrase of the report is a way of doing what was reported, no report of its own.
 */
function byMeans(tokens: Token[], from: number, rest: Token[]): boolean {
  if (lowerOf(rest[0]) !== 'and' || !lowerOf(rest[1]).endsWith('ing')) return false;
  const end = tokens.length - rest.length;
  for (let k = from; k < end - 1; k++)
    if (lowerOf(tokens[k]) === 'by' && lowerOf(tokens[k + 1]).endsWith('ing')) return true;
  return false;
}

/** A cue after "for" whose speaker is not the person named right before "for" (the one blamed or praised). */
function blamedFor(tokens: Token[], found: Reported): boolean {
  if (found.at === undefined || lowerOf(tokens[found.at - 1]) !== 'for') return false;
  return found.ref.kind !== 'mention' || found.ref.mention.end !== tokens[found.at - 2]?.end;
}

/** Whether a typed dash stands right before the verb at segment[at]: "… held by the Guard - said". */
function dashBefore(text: string, segment: Token[], at: number): boolean {
  const verb = segment[at];
  const previous = segment[at - 1];
  return (
    verb !== undefined &&
    previous !== undefined &&
    /\s(?:-{1,2}|[—–])\s/.test(text.slice(previous.end, verb.start))
  );
}
