// Who reports a clause without quote marks, and where it lies: "CLAUSE, X said", "CLAUSE, said X", "X said (that)
// CLAUSE", "X told reporters (that) CLAUSE", "X welcomed it, saying CLAUSE" ("according to X": according-report.ts).
import { agreesToAct } from './agreed-to.ts';
import { inOpeningAsked } from './asked-clause.ts';
import { relativeOnObject } from './clause-frame.ts';
import { skipAdverbial } from './clause-lead-in.ts';
import { clauseSubject } from './clause-subject.ts';
import {
  continuesClause,
  countWords,
  creditsNothing,
  describesSpeaker,
  descriptionBefore,
  endsCredit,
  reporterTailAt,
  saidSoAt,
  skipApposition,
} from './credit-tail.ts';
import { asideClauseEnd } from './dash-aside.ts';
import { AUTHORING } from './document-from.ts';
import { glossAfterDash } from './gloss-after-dash.ts';
import { GOES_ON, goesOnFrom } from './goes-on.ts';
import { issuerOf } from './issued-document.ts';
import { jointAfter, withPartnerAfter, withPartnerBefore } from './joint-speakers.ts';
import { firstTokenAfterDateline } from './lead-dateline.ts';
import { AUXILIARIES, INDIRECT_CUES, PARTICLE_CUES, REPORT_CUES, TAKES_OBJECT } from './lexicon.ts';
import { isNegatedCue } from './negated-cue.ts';
import { negatedSubject } from './negated-subject.ts';
import { isNounCue } from './noun-cue.ts';
import { ARTICLES } from './noun-phrase.ts';
import { framesMainClause, opensOnSpeakerFrame } from './opening-frame.ts';
import { afterOpeningPhrase } from './opening-phrase.ts';
import { participleInDoubt, participleSubject, subjectBeforeObject } from './participle-subject.ts';
import { isPassiveTelling } from './passive-telling.ts';
import { isPossessedCue } from './possessed-cue.ts';
import { CLAUSE_BREAKS, clauseEnd, clauseStart } from './report-clause.ts';
import { summedUpAt } from './reporter-asides.ts';
import { isPersonNoun, speakerLike } from './speaker-like.ts';
import { type PhraseContext, parseBackward, parseForward, type SpeakerRef } from './speaker-phrase.ts';
import { skipBackOverModifiers } from './subject-verb-gap.ts';
import { clauseBetween, subordinateSubject } from './subordinate-subject.ts';
import { isPastForm } from './tensed-word.ts';
import { READ_CUES, reportsClause } from './that-clause-cue.ts';
import { skipTime } from './time-after-verb.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';
import { relativeSubject } from './who-said.ts';

export interface Reported {
  ref: SpeakerRef;
  role: string | null;
  cue: string;
  from: number;
  to: number;
  /** Index of the cue verb, when one reports: a later cue may be tried if this one reports nothing. */
  at?: number;
  /** Where the clause ends inside its last token, when a glued dash closes it there (dash-aside.ts). */
  cut?: number;
  /** A credit set inside the words reported, commas included (report-medial.ts): shown as an ellipsis. */
  credit?: { start: number; end: number };
}

/** Whether a verb of saying (by default one that reports a clause) stands at or after `from`. */
export function cueFrom(tokens: Token[], from: number, cues: Set<string> = INDIRECT_CUES): boolean {
  for (let k = from; k < tokens.length; k++) if (cues.has(lowerOf(tokens[k]))) return true;
  return false;
}

/** "CLAUSE, police said." — the last comma, then a speaker and a cue, then at most a short adverbial. */
export function speakerAfter(tokens: Token[], ctx: PhraseContext): Reported | null {
  // Every credit read below has its verb of saying after its comma (inverted at once, or after the speaker):
  // at a comma with none after it, each reading ends in `continue`. Those commas are passed over, where a
  // speaker phrase was parsed at each.
  for (let comma = Math.min(tokens.length - 2, lastCueAt(tokens) - 1); comma > 2; comma--) {
    if (tokens[comma]?.text !== ',') continue;
    // "…, though she admitted …" is a second report, not the credit of the first; "…, whom Reyes has vowed to
    // remove" a relative clause on the noun before, which no one reports.
    if (CLAUSE_BREAKS.has(lowerOf(tokens[comma + 1])) || lowerOf(tokens[comma + 1]) === 'whom') continue;
    // "…, a point Brandt also made" sums the clause up: hers too, but told elsewhere (reporter-asides.ts).
    if (summedUpAt(tokens, comma + 1)) return null;
    let i = comma + 1;
    let cue = lowerOf(tokens[i]);
    let parsed = null;
    const inverted = INDIRECT_CUES.has(cue);
    if (inverted) {
      // "…, said police." inverts subject and verb; "…, saying it would …" is a participle clause instead,
      // and after "told" comes the listener ("…, told Channel 4"), never the speaker.
      if (cue.endsWith('ing') || TAKES_OBJECT.has(cue)) continue;
      parsed = parseForward(tokens, i + 1, ctx);
      if (parsed?.ref.kind === 'pronoun') return null;
      // "…, said parents still want schools": a speaker after an inverted verb ends the sentence or
      // comes with a time or place, never with a verb of its own.
      if (parsed && !endsCredit(tokens, afterSpeaker(tokens, parsed))) continue;
      // "…, who studies tax policy, said the statement did not …", "…, Dana Kiel, said.": no speaker after the
      // verb, so the subject before it is read instead.
      if (!parsed || !speakerLike(parsed.ref)) continue;
    } else {
      parsed = jointAfter(tokens, parseForward(tokens, i, ctx), ctx, parseForward);
      if (!parsed) continue;
      i = skipApposition(tokens, parsed, comma, ctx.registry);
      while (AUXILIARIES.has(lowerOf(tokens[i]))) i++;
      cue = lowerOf(tokens[i]);
      // "…, the Courier is told": the one told is not the speaker; "…, Paul Grant, on Monday, saying" no credit.
      if (!INDIRECT_CUES.has(cue) || cue.endsWith('ing') || isPassiveTelling(tokens, i)) continue;
      i++;
    }
    if (!parsed) return null;
    if (creditsNothing(tokens, i, cue)) return null;
    // "The ferry, Reyes said, would carry …": the credit sits inside the clause (report-medial.ts).
    if (tokens[i]?.text === ',' && continuesClause(tokens, i + 1)) return null;
    // "…, officials said Friday afternoon, as they pressed for a vote", "…, the board said -- a move that …": the
    // reporter's tail or gloss is no clause of the verb.
    const tail = skipTime(tokens, i);
    const rest =
      reporterTailAt(tokens, tail) || glossAfterDash(ctx.text, tokens, skipAdverbial(tokens, tail))
        ? 0
        : countWords(tokens, Math.max(i, parsed.end), 7);
    // After an inverted credit only its own description follows ("said Ann Roe, an aide", "said an aide who was
    // briefed"); after "X said" a long tail is another clause.
    if (rest > 6 && !(inverted && describesSpeaker(tokens, afterSpeaker(tokens, parsed)))) return null;
    // "While many have guessed that …, Bauer said that had not happened": the opening clause frames
    // what Bauer said after his verb; it is not his report.
    // So does a phrase alone: "In a radio interview on Monday, Kiel said the port …" (its noun read as a verb).
    if (rest > 0 && framesMainClause(tokens, comma)) return null;
    // "Hinting that he might run again, Orrin said …", "Asked about the vote, Brandt said …": the reporter's account
    // of the speaker, or the question put to her (opening-frame.ts). ("…, Brandt said just that.": words elsewhere.)
    if (opensOnSpeakerFrame(tokens) || saidSoAt(tokens, i)) return null;
    // "KORVIN ― CLAUSE, officials said": where the story was filed from is not what they said.
    const from = firstTokenAfterDateline(tokens, ctx.text);
    const ref = GOES_ON.has(cue) ? goesOnFrom(parsed.ref, tokens) : parsed.ref;
    return { ref, role: parsed.role, cue, from, to: descriptionBefore(tokens, comma) - 1 };
  }
  return null;
}

/** Index of the last verb of saying (INDIRECT_CUES) among the tokens, or -1. */
function lastCueAt(tokens: Token[]): number {
  for (let k = tokens.length - 1; k >= 0; k--) if (INDIRECT_CUES.has(lowerOf(tokens[k]))) return k;
  return -1;
}

/** The token after the speaker's own words: a name's end, not the end of what the parse swallowed after it. */
function afterSpeaker(tokens: Token[], parsed: { ref: SpeakerRef; end: number }): number {
  if (parsed.ref.kind !== 'mention') return parsed.end;
  const end = parsed.ref.mention.end;
  const at = tokens.findIndex((t) => t.start >= end);
  return at < 0 ? tokens.length : Math.min(at, parsed.end);
}

/**
 * "X said (that) CLAUSE", "X told reporters (that) CLAUSE", "X welcomed the decision, saying CLAUSE".
 * `shared`, the subject a joined verb takes ("… and said"), may be given as a function, asked only then.
 * `keep` is the caller's test of a report by where its verb and clause lie (see indirect.ts).
 */
export function speakerBefore(
  tokens: Token[],
  ctx: PhraseContext,
  shared: SpeakerRef | null | (() => SpeakerRef | null) = null,
  startAt = 0,
  keep?: Keep,
  afterWho = false,
): Reported | null {
  for (let at = startAt; at < tokens.length; at++) {
    const cue = lowerOf(tokens[at]);
    if (!READ_CUES.has(cue) || isPossessedCue(tokens, at) || isNegatedCue(tokens, at)) continue;
    if (isNounCue(tokens, at)) continue;
    if (isPassiveTelling(tokens, at) || agreesToAct(tokens, at) || participleInDoubt(tokens, at)) continue;
    if (inOpeningAsked(tokens, at)) continue;
    // "pointed out that …" reports; "pointed to the figures" does not.
    const particle = PARTICLE_CUES.get(cue);
    if (particle && lowerOf(tokens[at + 1]) !== particle) continue;
    // The subject parse is most of the cost, and a quote's credit ("“…,” Dragomir told reporters") is turned
    // down by the caller whoever speaks: with no later verb that could be read instead, it is not parsed.
    if (keep && !keepsReport(tokens, at, cue, ctx, keep) && !cueFrom(tokens, at + 1, READ_CUES)) return null;
    // The first cue verb with a subject reports ("argued" in "Ruth Kamau, who argued the case, said …" has none).
    const reporting = reportsClause(tokens, at, cue);
    let ref = reporting ? subjectOf(tokens, at, cue, ctx) : null;
    // "… but has said …": the joining word may stand before an auxiliary.
    const joined = lowerOf(tokens[skipBackOverModifiers(tokens, at - 1, 0)]);
    if (
      !ref &&
      reporting &&
      (['and', 'but'].includes(joined) ||
        (joined === ',' && (cue.endsWith('ing') || (at === 1 && afterWho))) ||
        (at === 0 && cue.endsWith('ing'))) &&
      // "Tom told Ann Reyes, who answered the door and said …": the verb after a relative clause's "and" is the
      // clause's, when the clause hangs on an object ("Reyes, who met Kiel and said …" is Reyes's).
      !relativeOnObject(tokens, at)
    )
      // "Ruiz thanked the crews and said …": the verbs share the subject that opens the sentence; so does the
      // verb after a relative clause's report ("Ruiz, who says A, said B": the rest is ", said B", `afterWho`).
      ref =
        subordinateSubject(tokens, at, ctx) ??
        (typeof shared === 'function' ? shared() : shared) ??
        (at > 2 ? openingSubject(tokens, ctx, at) : null);
    if (!ref || negatedSubject(ctx.text, ref, (tokens[0] as Token).start)) continue;
    const from = clauseStart(tokens, at, cue);
    // "responded to claims that she was …", "reported on a nurse's claims that …": the clause is the claims'.
    if (
      (ANSWERING.has(cue) || ['on', 'about'].includes(lowerOf(tokens[at + 1]))) &&
      lowerOf(tokens[from - 1]) === 'that' &&
      OTHERS_WORDS.has(lowerOf(tokens[from - 2]))
    )
      continue;
    const end = asideClauseEnd(ctx.text, tokens, at, from, clauseEnd(tokens, at + 1, from));
    return { ref, role: null, cue, from, ...end, at };
  }
  return null;
}

/** Whether the caller keeps the report of the verb at `at`, read where its clause lies, before its subject. */
export type Keep = (at: number, from: number, to: number) => boolean;

function keepsReport(tokens: Token[], at: number, cue: string, ctx: PhraseContext, keep: Keep): boolean {
  const from = clauseStart(tokens, at, cue);
  return keep(at, from, asideClauseEnd(ctx.text, tokens, at, from, clauseEnd(tokens, at + 1, from)).to);
}

/** Verbs of answering what others said: their "claims that …" clause is the others'. */
export const ANSWERING = new Set([
  'responded',
  'responds',
  'replied',
  'denied',
  'denies',
  'rejected',
  'dismissed',
  'disputed',
]);
/** Nouns for what others said: "responded to claims that …". */
export const OTHERS_WORDS = new Set(
  'claims claim reports report allegations allegation accusations accusation suggestions suggestion rumors rumours speculation charges'.split(
    ' ',
  ),
);

/**
 * The name or pronoun that opens a sentence, as the subject its later verbs share: "Ruiz thanked the crews
 * and said …". Before the name only titles and roles may stand ("Democratic candidate Ann Ruiz"), never a
 * verb: in "Ruiz urged Republicans to …" the mention found is not the subject.
 */
export function openingSubject(
  tokens: Token[],
  ctx: PhraseContext,
  before = tokens.length,
): SpeakerRef | null {
  const first = afterOpeningPhrase(tokens, firstTokenAfterDateline(tokens, ctx.text));
  const read = first < tokens.length ? parseForward(tokens, first, ctx)?.ref : null;
  const ref = read ? withPartnerAfter(tokens, read, first, tokens.length, ctx, parseForward) : null; // "A and B"
  if (!ref || clauseBetween(tokens, before)) return null;
  if (ref.kind === 'pronoun' || ref !== read) return ref;
  // "A former staffer filed a suit and said …": a description that can speak, right before its verb.
  if (ref.kind === 'phrase') return clauseSubject(tokens, first, before, ctx, true);
  if (ref.kind !== 'mention') return null;
  const start = (tokens[first] as Token).start;
  const lead = tokens.filter((t) => t.start >= start && t.start < ref.mention.start && isWord(t));
  if (lead.every((t) => /^\p{Lu}/u.test(t.text) || isPersonNoun(lowerOf(t)))) return ref;
  // "Tomas Reyes met Ada Brenner and said …": read past its verb the phrase named the object; cut there.
  const subject = clauseSubject(tokens, first, before, ctx);
  return subject?.kind === 'mention' && subject.mention.start === start ? subject : null;
}

/** The subject of a sentence's first verb of speech, reported or not ("called", "described"). */
export function firstSubject(tokens: Token[], ctx: PhraseContext): SpeakerRef | null {
  const at = tokens.findIndex((t) => REPORT_CUES.has(lowerOf(t)));
  if (at > 0 && tokens[at - 1]?.text === ',' && lowerOf(tokens[at]).endsWith('ing'))
    return participleSubject(tokens, at, ctx);
  const read = at > 0 ? parseBackward(tokens, at - 1, 0, ctx) : null;
  return read && lowerOf(tokens[at]).endsWith('ing') ? subjectBeforeObject(tokens, read, at, ctx) : read;
}

function subjectOf(tokens: Token[], at: number, cue: string, ctx: PhraseContext): SpeakerRef | null {
  if (cue.endsWith('ing') && tokens[at - 1]?.text === ',') return participleSubject(tokens, at, ctx);
  // "The nominee continues to insist that …": the subject stands before the verb that carries the cue. "She
  // appeared to suggest …" is the reporter's reading of her, no report (two editors' reads).
  if (lowerOf(tokens[at - 1]) === 'to' && CARRYING_VERBS.has(lowerOf(tokens[at - 2])))
    return HEDGES.has(lowerOf(tokens[at - 2])) ? null : parseBackward(tokens, at - 3, 0, ctx);
  const read =
    relativeSubject(tokens, at, ctx) ?? withPartnerBefore(tokens, parseBackward(tokens, at - 1, 0, ctx), ctx);
  if (!cue.endsWith('ing')) return read;
  const own = read && subjectBeforeObject(tokens, read, at, ctx);
  // "a pledge sponsored by the League promising to …": the pledge promises, not the one who sponsored it.
  return own && agentOfParticiple(tokens, own) ? null : issuerOf(tokens, own, ctx);
}

/**
 * Whether `ref` follows "by" after a past participle that makes it no author: "sponsored by the League". An
 * article "published by" an outlet says what the outlet does (issued-document.ts).
 */
function agentOfParticiple(tokens: Token[], ref: SpeakerRef): boolean {
  const at = ref.kind === 'mention' ? ref.mention.start : ref.at;
  let k = tokens.findIndex((t) => t.start >= at);
  while (k > 0 && ARTICLES.has(lowerOf(tokens[k - 1]))) k--;
  const participle = tokens[k - 2];
  return lowerOf(tokens[k - 1]) === 'by' && isPastForm(participle) && !AUTHORING.has(lowerOf(participle));
}

const HEDGES = new Set(['appeared', 'appears', 'seemed', 'seems']);
/** Verbs that carry a verb of saying without changing who says it: "continues to insist", "appeared to suggest". */
const CARRYING_VERBS = new Set(['continues', 'continued', 'continue', 'continuing', ...HEDGES]);
