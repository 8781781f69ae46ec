// Turns a speaker phrase into the name a fact sheet shows. A speaker is never a pronoun:
//   "he"/"she"   → the nearest named person of a compatible gender, looking back sentence by sentence and
//                  taking the first person named in the nearest sentence that has one (news English puts
//                  the subject first: "Netanyahu met Biden. ‘…,’ he said" means Netanyahu);
//   "the minister", "the spokesman" → the nearest person whose role has that word;
//   "the ministry", "the bank", "police" → the nearest named body with that word ("Lestria’s Health Ministry");
//   "the company", "the firm" → the nearest company-like body ("Brennock Polymers"); "the group" → a body just named;
//   "Brennock" alone → the body it is short for.
// A phrase that cannot be tied to a name stays as written, its article in lower case: "the coastguard", "a resident".
import { bareSubjectAt } from './bare-subject.ts';
import { bodiesByFirstWord, bodyNamedBy, companyNear, groupSpeaker } from './body-speakers.ts';
import { documentAuthor } from './document-author.ts';
import { documentIt } from './document-it.ts';
import { describedEarlier } from './earlier-description.ts';
import type { Entity, Mention } from './entities.ts';
import { epithetSubject } from './epithet-subject.ts';
import { bareSurnameNotPerson } from './honorific-style.ts';
import { indefiniteRoleAt } from './indefinite-subject.ts';
import { itSpeaker } from './it-speaker.ts';
import { kinBefore, kinSubjectAt } from './kin-subject.ts';
import { BODY_NOUNS, ROLE_NOUNS } from './lexicon.ts';
import { type MainClause, roleSubjectAt } from './main-clause.ts';
import { modifiesNounInText } from './name-modifier.ts';
import { besideRank } from './named-beside.ts';
import { holderOf } from './office-holder.ts';
import { officeOf } from './office-of.ts';
import { askedAbout, namedAsKind, takenUpByMain } from './opener-referent.ts';
import { openingOwner } from './opening-owner.ts';
import { subjectBeforeCondition } from './opening-subject.ts';
import { ownerOnly } from './owner-only.ts';
import { ownerPronounSpeaker } from './owner-pronoun.ts';
import { opposite } from './person-gender.ts';
import { phraseAsShown, titledName } from './phrase-as-shown.ts';
import { coordinatedPronounBefore, pronounLeadsBefore } from './pronoun-lead.ts';
import { relativeAntecedent } from './relative-antecedent.ts';
import type { ResolveContext } from './resolve-context.ts';
import { nearestGroup } from './speaker-group.ts';
import type { SpeakerRef } from './speaker-phrase.ts';
import { groupQuotedLast, trailIn } from './speaker-trail.ts';
import { creditedAfterReport, speaksInSentence } from './speaking-mention.ts';
import { definiteBefore, fromOtherState, namedByEpithet } from './state-epithet.ts';
import { fold } from './tokens.ts';
import { unclassedSubjectBefore } from './unclassed-subject.ts';
import { newcomerIn } from './unnamed-newcomer.ts';

export interface ResolvedSpeaker {
  speaker: string;
  role: string | null;
  entity: Entity | null;
}

/** How many sentences back a pronoun may reach for its person. */
const PRONOUN_REACH = 6;
const COMPANY_WORDS = new Set('company firm group miner operator manufacturer insurer carrier'.split(' '));

export function resolveSpeaker(
  ref: SpeakerRef,
  localRole: string | null,
  ctx: ResolveContext,
): ResolvedSpeaker | null {
  if (ref.kind === 'mention') return fromMention(ref.mention, localRole, ctx);
  // "“…,” X said in a statement. “…,” the statement continued": X's statement (document-author.ts).
  const author = documentAuthor(ref, ctx.sentenceOf(ref.at), ctx);
  if (author) return author;
  if (ref.kind === 'pronoun') {
    if (ref.word === 'he' || ref.word === 'she') {
      const gender = ref.word === 'he' ? 'm' : 'f';
      const people = ctx.peopleBySentence.get(ctx.sentenceOf(ref.at)) ?? NO_MENTIONS;
      const fits = (e: Entity) => e.gender !== (gender === 'm' ? 'f' : 'm');
      const relative = relativeAntecedent(ctx.text, ref.at, people, fits);
      if (relative) return relative.entity ? withEntity(relative.entity, null) : null;
      if (unclassedSubjectBefore(ctx, ref.at)) return null;
      const person = nearestPerson(ref.at, gender, ctx, null, true);
      if (person) return withEntity(person, null);
      const kin = kinBefore(ref.at, gender, ctx, (at, g) => nearestPerson(at, g, ctx));
      return kin ? { speaker: kin, role: null, entity: null } : null;
    }
    const body = ref.word === 'it' ? itSpeaker(ref.at, ctx) : null;
    if (body) return withEntity(body, null);
    const document = ref.word === 'it' ? documentIt(ref.at, ctx) : null;
    if (document) return { speaker: document, role: null, entity: null };
    // "they said": the group the sentence before named, those quoted together just before ("X and Y said"), or none.
    const they = ref.word === 'they';
    const group = they ? (nearestGroup(ctx.text, ref.at) ?? groupQuotedLast(ref.at, ctx)) : null;
    return group ? { speaker: group, role: null, entity: null } : null;
  }
  // "his lawyer", "her aides": whose, named, so the sheet never shows a pronoun ("Vance’s lawyer").
  const ofOwner = ownerPronounSpeaker(ref.text, (gender, accept) =>
    nearestPerson(ref.at, gender, ctx, accept),
  );
  if (ofOwner !== undefined) return ofOwner === null ? null : { speaker: ofOwner, role: null, entity: null };
  const head = fold(ref.head);
  const definite = /^the\s/i.test(ref.text);
  const named = definite ? namedByEpithet(ctx.text, ref.text, ref.at, ctx.registry.mentions) : null;
  if (named) return withEntity(named, null);
  if (definite && ROLE_NOUNS.has(head) && !BODY_NOUNS.has(head)) {
    const holder = holderOf(
      { at: ref.at, head, office: officeOf(fold(ref.text), head) ?? head },
      null,
      (at, g, accept) => nearestPerson(at, g, ctx, accept),
      ref.text,
      fromOtherState(ctx.text, ref.text, ctx.registry.mentions, ref.at),
    );
    if (holder) return withEntity(holder, null);
    const described = describedEarlier(ctx.text, ref.at, head); // no named holder: "a spokesman for X"
    if (described) return { speaker: described, role: null, entity: null };
  }
  const epithet = definite ? epithetSubject(ref.text, head, ref.at, ctx) : null;
  if (epithet) return withEntity(epithet, null);
  // "Reyes’s campaign" is the campaign of Reyes: a body whose name does not hold "Reyes" is not it.
  const possessor = POSSESSOR.exec(ref.text)?.[1];
  const owned = (body: Entity | null) =>
    body !== null && (!possessor || fold(body.name).includes(fold(possessor)));
  // "“…,” the group wrote": a body just named, or a group just described, before any company further back.
  const group = /^the group$/i.test(ref.text) ? groupSpeaker(ref.at, ctx) : null;
  if (group) return group;
  if (COMPANY_WORDS.has(head) && (definite || possessor)) {
    const company = companyNear(ref.at, ref.at + ref.text.length, ctx);
    if (owned(company)) return withEntity(company as Entity, null);
  }
  if (BODY_NOUNS.has(head)) {
    const body = bodyNamedBy(head, ref.text, ref.at, ctx);
    if (owned(body)) return withEntity(body as Entity, null);
  }
  return { speaker: phraseAsShown(ref.text), role: null, entity: null };
}

/** A capitalised owner opening a speaker phrase: "Reyes" of "Reyes’s campaign", "Lestria" of "Lestria's ministry". */
const POSSESSOR = /^(\p{Lu}[\p{L}.-]*)['’]s\s/u;

function fromMention(mention: Mention, localRole: string | null, ctx: ResolveContext): ResolvedSpeaker {
  const entity = mention.entity;
  // "The Arizona Republican said": the politician named earlier with that state and party.
  const holder =
    entity.kind === 'other' && definiteBefore(ctx.text, mention.start)
      ? namedByEpithet(ctx.text, entity.name, mention.start, ctx.registry.mentions)
      : null;
  if (holder) return withEntity(holder, null);
  if (entity.kind !== 'person' && !entity.name.includes(' ')) {
    // "Brennock said" is Brennock Polymers when the article names it in full.
    const named = bodiesByFirstWord(ctx).get(fold(entity.name));
    const full = named?.[0] === entity ? named[1] : named?.[0];
    if (full) return withEntity(full, null);
  }
  const bare = bareSurnameNotPerson(ctx, mention);
  if (bare) return { speaker: bare, role: null, entity: null };
  // "Some Democrats say …": a part of the party or group speaks, never the whole of it.
  const part = PART_BEFORE.exec(ctx.text.slice(Math.max(0, mention.start - 16), mention.start))?.[1];
  if (part && entity.kind !== 'person')
    return { speaker: `${fold(part)} ${entity.name}`, role: null, entity: null };
  return { speaker: titledName(ctx, entity), role: mention.role ?? localRole ?? entity.role, entity };
}
/** With the words that turn it ("a few", "quite a few", "not many"): "few" alone would say the opposite. */
const PART_BEFORE = /\b((?:not |quite )?(?:a )?(?:some|many|most|several|few|other))\s+$/i;

function withEntity(entity: Entity, role: string | null): ResolvedSpeaker {
  return { speaker: entity.name, role: role ?? entity.role, entity };
}

function nearestPerson(
  at: number,
  gender: 'm' | 'f' | null,
  ctx: ResolveContext,
  accept: ((entity: Entity) => boolean) | null = null,
  subject = false,
  reachFrom = -1,
): Entity | null {
  const here = ctx.sentenceOf(at);
  // The reach counts from the first pronoun, however many "He" openers lead back from it.
  const from = reachFrom < 0 ? here : reachFrom;
  const unwanted = gender === null ? null : opposite(gender);
  const fits = (entity: Entity) =>
    (accept === null || accept(entity)) && (unwanted === null || entity.gender !== unwanted);
  // "…, and he said": the "he" the first clause opened on (pronoun-lead.ts).
  const joined = accept === null ? coordinatedPronounBefore(ctx, { sentence: here, at }, gender) : -1;
  if (joined >= 0) return nearestPerson(joined, gender, ctx, null, true, from);
  const best: Candidate = { entity: null, rank: 0, at: 0 };
  const credits = creditsWords(ctx.text, at);
  for (let sentence = here; sentence >= 0 && from - sentence <= PRONOUN_REACH; sentence--) {
    // News English puts the subject first; a possessive ("Vance’s plan") and a name inside an opening
    // clause or phrase ("After Vance left, Ruiz said") are rarely what "he" points back to.
    // "He" opening a sentence is its subject, the one a later "he" goes on with: in "He also cited reports
    // about Vance. “…,” he said." the quote is not Vance's but that of whoever the first "He" is.
    const opener = gender === null || accept !== null ? undefined : ctx.firstWordOf(sentence);
    // So is a "he" opening the main clause, past "However," or a clause naming no one before it (pronoun-lead.ts).
    const leads =
      opener?.text === (gender === 'm' ? 'He' : 'She')
        ? opener.start < at
        : opener && gender && pronounLeadsBefore(ctx, { sentence, start: opener.start, at }, gender);
    if (opener && leads) return nearestPerson(opener.start, gender, ctx, null, true, from);
    // So is a "she said" set in a sentence that names no woman before it: in "What upset her most, she said,
    // was a question a student put to Ms. Ruiz. “…,” she said." the quote goes on with the first "she", not
    // with Ms. Ruiz, whom her report only mentions.
    const mentions = ctx.peopleBySentence.get(sentence) ?? NO_MENTIONS;
    const credit = gender === null || accept !== null ? undefined : ctx.pronounCreditIn(sentence, gender);
    const before = credit?.start ?? 0;
    if (
      credit &&
      before < at &&
      !mentions.some((m) => m.start < before && fits(m.entity) && !modifiesNounInText(ctx.text, m))
    )
      return nearestPerson(credit.start, gender, ctx, null, true, from);
    let main: MainClause | null = null;
    for (const m of mentions) {
      if (
        m.start >= at ||
        !fits(m.entity) ||
        modifiesNounInText(ctx.text, m) ||
        askedAbout(ctx, sentence, m) ||
        namedAsKind(ctx.text, m)
      )
        continue;
      main ??= ctx.mainClauseAt(sentence);
      // "Praising Vance, he said …", "Of Vance, he said …": the opener's people are never the "he" after it.
      if (subject && main.namesNoSubject && sentence === here && m.start < main.start && at >= main.start)
        continue;
      const beside = besideRank(ctx.text, m, mentions, ctx.asideAt(sentence, m.start));
      const opening =
        m.start < main.start && !takenUpByMain(ctx, main, mentions, m, (o) => fits(o.entity), gender);
      const aside = Math.max(opening ? 1 : 0, beside);
      const rank = (ownerOnly(ctx.text, m) ? 2 : 0) + aside;
      const speaks =
        speaksInSentence(ctx.text, m) || (credits && creditedAfterReport(ctx.text, m, mentions, fits));
      consider(best, m.entity, m.start, rank === 0 && speaks ? -1 : rank);
    }
    for (const t of trailIn(ctx, sentence)) {
      if (t.at >= at || t.entity?.kind !== 'person' || !fits(t.entity)) continue;
      main ??= ctx.mainClauseAt(sentence);
      consider(best, t.entity, t.at, t.at < main.start ? 1 : 0);
    }
    // "… begging a woman who said she was undecided. …, she said he had her vote" (unnamed-newcomer.ts).
    const unnamedOnly = best.entity === null && accept === null && gender !== null;
    if (unnamedOnly && newcomerIn(ctx, sentence, at, gender) >= 0) return null;
    const clause = (main ?? ctx.mainClauseAt(sentence)).start;
    // "In a recording, the governor gave his name and scolded Hallam. “…,” he said.": not Hallam's. Nor, when the
    // story names a governor, that of a person named sentences before ("Asked, the governor said he would not.").
    const role = accept === null ? roleSubjectAt(ctx.text, clause) : null;
    const holder =
      best.entity === null && role !== null && role.at < at
        ? holderOf(role, gender, (at, g, accept) => nearestPerson(at, g, ctx, accept))
        : null;
    if (holder) return holder;
    // "My aunt has grown gentler, yet she insists": the unnamed relative, before anyone named earlier.
    const kin = gender !== null && accept === null ? kinSubjectAt(ctx.text, clause) : null;
    if (kin && kin.gender === gender && kin.at < at && (best.entity === null || kin.at < best.at))
      return null;
    // Only a possessive inside the sentence: the owner of the subject the sentence before opens with goes first.
    const owner =
      best.rank === 2 && best.at !== ctx.firstWordOf(sentence)?.start
        ? openingOwner(
            ctx.text,
            ctx.peopleBySentence.get(sentence - 1) ?? NO_MENTIONS,
            ctx.firstWordOf(sentence - 1),
            fits,
          )
        : null;
    if (owner) return owner;
    // "Bennett does not …. If Roe loses, he said he would …": not Roe (opening-subject.ts).
    const conditioned =
      best.rank <= 1 && sentence === here ? subjectBeforeCondition(ctx, sentence, best.at, fits) : null;
    if (conditioned) return conditioned;
    // "A spokesman for Reyes said …": someone new and unnamed (indefinite-subject.ts).
    const indefinite = best.entity !== null && accept === null ? indefiniteRoleAt(ctx.text, clause) : -1;
    if (indefinite >= 0 && indefinite < best.at && indefinite < at) return null;
    const bare = best.entity !== null && accept === null ? bareSubjectAt(ctx.registry, ctx.text, clause) : -1;
    if (bare >= 0 && bare < best.at && bare < at) return null;
    if (best.entity !== null) return role !== null && role.at < best.at && role.at < at ? null : best.entity;
  }
  return null;
}

/** The best candidate so far of one sentence: lowest rank, then earliest. */
interface Candidate {
  entity: Entity | null;
  rank: number;
  at: number;
}

/**
 * Keeps the candidate a stable sort by rank and offset would put first: names are offered before the trail,
 * each in its own order, so a tie keeps the one offered first.
 */
function consider(best: Candidate, entity: Entity, at: number, rank: number): void {
  if (best.entity === null || rank < best.rank || (rank === best.rank && at < best.at)) {
    best.entity = entity;
    best.rank = rank;
    best.at = at;
  }
}

const NO_MENTIONS: readonly Mention[] = [];

/** Whether the pronoun at `at` credits words: "“…,” he said", "He added that …"; not "He conceded at midnight". */
function creditsWords(text: string, at: number): boolean {
  return /[,!?][”"]\s*$/.test(text.slice(Math.max(0, at - 4), at)) || SAYS_NEXT.test(text.slice(at, at + 24));
}
const SAYS_NEXT =
  /^\p{L}+\s+(?:also\s+)?(?:said|says|added|adds|noted|continued|explained|argued|insisted)\b/u;
