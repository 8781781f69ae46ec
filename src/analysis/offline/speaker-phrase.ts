// Reads the speaker noun phrase next to a cue verb, in either direction:
//   forward  — after "said" or right after a quote: "said Idris Kael, the Northern Front’s political chief,"
//              "her father, Eitan Dov, told", "said one of them, Joan Farrell, 72."
//   backward — before the cue: "Opposition leader Dana Morrow said", "The company, which employs …, said",
//              "Mikael Strand of grid operator Nordnett told".
// It only finds the phrase; turning "he" or "the ministry" into a name is resolve-speaker.ts's job.

import { describesPerson } from './apposed-description.ts';
import { pronounOf } from './contracted-pronoun.ts';
import { dashSubject, pastLastDash } from './dash-subject.ts';
import { describedHead } from './described-head.ts';
import { agentOfParticiple, authorAfterFrom, objectBeforeParticiple } from './document-from.ts';
import { type Mention, mentionAt, type Registry } from './entities.ts';
import { isGluedClock } from './glued-clock.ts';
import { groupOpeningList } from './group-list.ts';
import { bareShareStart, groupShareStart, opensWithShare, shareStart } from './group-share.ts';
import { inclusionStart } from './inclusion-aside.ts';
import { leaderOfGroup, namesJoinedBefore } from './joined-names.ts';
import { joinedPhraseEnd, joinedRolesStart } from './joined-roles.ts';
import { AND_BUT, PARTY_MEMBERS, PLACE_PREPOSITIONS, QUESTION_OPENERS } from './lexicon.ts';
import { isNameMay } from './month-name.ts';
import { isNameEndDot } from './name-dots.ts';
import {
  asideAfter,
  beforeRelativeClause,
  chunkSubject,
  holdsVerb,
  nameBeforeWho,
  namedBeforeRole,
  namedBeforeRoleOf,
} from './name-then-role.ts';
import { DETERMINERS, inPhrase, LINKING_PREPOSITIONS, nounPhrase, PHRASE_STOP } from './noun-phrase.ts';
import { afterTypedDash, backOverPostmodifier, HOW_SPOKEN, headOf, postmodifierIn } from './phrase-head.ts';
import { mentionIn, ownedPartyMember, personIn, speaksForPhrase } from './phrase-names.ts';
import { placeListStart } from './place-list.ts';
import { isPlace, pastPlaceModifier } from './place-modifier.ts';
import { isPrepositionObject } from './preposition-object.ts';
import { relativeOwner } from './relative-owner.ts';
import { roleBeforePreposition } from './role-before-preposition.ts';
import { stopWordName } from './stop-word-name.ts';
import { skipBackOverModifiers } from './subject-verb-gap.ts';
import { afterLastVerb } from './tensed-word.ts';
import { fold, isWord, lowerOf, type Token } from './tokens.ts';
import { afterTownAndState } from './town-before-state.ts';
import { beforeCampus } from './university-campus.ts';

export type SpeakerRef =
  | { kind: 'mention'; mention: Mention }
  | { kind: 'pronoun'; word: string; at: number }
  | { kind: 'phrase'; text: string; head: string; at: number };

export interface ParsedSpeaker {
  ref: SpeakerRef;
  /** Index of the first token after the phrase (and its apposition). */
  end: number;
  /** A descriptor in apposition to the name: "her father" in "her father, Eitan Dov". */
  role: string | null;
}

export interface PhraseContext {
  text: string;
  registry: Registry;
}

const SAYING = new Set('said says say told tells allege alleges alleged'.split(' '));
/** Apposition chunks that describe circumstances, not the speaker: "writing for the majority", "in dissent". */
const CIRCUMSTANCE_START = new Set(
  `in on at after before during while when who which whose writing speaking addressing asked according one
  like unlike despite following visiting standing`.split(/\s+/),
);

export function parseForward(tokens: Token[], i: number, ctx: PhraseContext): ParsedSpeaker | null {
  // "“…” for Brandt, said Ada Brenner": a preposition that links inside a phrase opens no speaker's.
  if (LINKING_PREPOSITIONS.has(lowerOf(tokens[i]))) return null;
  // "said Charlotte, N.C., Mayor Ana Ruiz": the town and its state describe the office holder after them.
  const town = afterTownAndState(tokens, i);
  if (town > 0) return parseForward(tokens, town, ctx);
  const found = nounPhrase(tokens, i) ?? stopWordName(tokens, i, ctx.registry);
  if (!found) return null;
  const phrase = { from: found.from, to: pastPlaceModifier(tokens, found.from, found.to) };
  let ref = toRef(tokens, phrase.from, phrase.to, ctx);
  // "…, the F.B.I. said": the dot closing the name is passed, so the verb follows the phrase.
  let end = isNameEndDot(tokens, phrase.to + 1) ? phrase.to + 2 : phrase.to + 1;
  if (ref.kind === 'phrase') {
    const author = authorAfterFrom(tokens, phrase.to, ctx, parseForward);
    if (author) return author;
  }
  let role: string | null = null;
  // An apposition may hold the name ("her father, Eitan Dov,") or an age ("Joan Farrell, 72").
  while (tokens[end]?.text === ',') {
    const next = tokens[end + 1];
    if (/^\d{1,3}$/.test(next?.text ?? '')) {
      end += 2;
      continue;
    }
    const inner = next ? nounPhrase(tokens, end + 1) : null;
    const person = inner ? personIn(tokens, inner.from, inner.to, ctx) : null;
    if (
      !inner ||
      !person ||
      ref.kind === 'pronoun' ||
      (ref.kind === 'mention' && ref.mention.entity.kind === 'person')
    ) {
      break;
    }
    role = describesPerson(tokens, phrase.from, ref) ? phraseText(tokens, phrase.from, phrase.to, ctx) : null;
    ref = { kind: 'mention', mention: person };
    end = inner.to + 1;
  }
  return { ref, end, role };
}

export function parseBackward(tokens: Token[], j: number, lo: number, ctx: PhraseContext): SpeakerRef | null {
  const aside = dashSubject(ctx.text, tokens, j, lo, ctx.registry);
  if (typeof aside === 'number') return aside >= lo ? parseBackward(tokens, aside, lo, ctx) : null;
  if (aside) return aside;
  // "Oden of the University of California, Davis argue": the campus ends the university's name.
  let k = beforeCampus(tokens, skipBackOverModifiers(tokens, j, lo), lo);
  // "Tomas Reyes Jr. said": the suffix's dot belongs to the name.
  if (isNameEndDot(tokens, k) && k - 1 >= lo) k--;
  if (k < lo) return null;
  // "…Khalid al-Mansuri, who told the Courier": the relative pronoun stands for the name before it.
  const relative = RELATIVES.has(lowerOf(tokens[k])) && tokens[k - 1]?.text === ',' && k - 2 >= lo;
  if (relative) k -= 2;
  // "a builder who said he was never paid": without a comma too, "who" stands for the noun before it, only
  // before a plain verb of saying ("the lawyer who argued the case" argues a case), never for a name further
  // back: "Reyes rebuked critics who say …" is the critics', the phrase stopping at the verb.
  const bareWho =
    !relative && lowerOf(tokens[k]) === 'who' && SAYING.has(lowerOf(tokens[j + 1])) && isWord(tokens[k - 1]);
  if (bareWho && k - 1 >= lo) lo = afterLastVerb(tokens, --k, lo);
  else if (!bareWho && tokens[k]?.text === ',') {
    // "Reyes's allies, including the deputy, Ada Kiel, said": the speakers stand before those they include.
    const included = inclusionStart(tokens, k, lo);
    return fromAppositions(tokens, included > lo ? included : k, lo, ctx);
  }
  // "Among union voters, 22 percent said", "About four in 10 said": a poll's share alone, figure and all.
  const bare = bareShareStart(tokens, k, lo);
  if (bare >= 0 && bare < k) return asPhrase(tokens, bare, k, ctx);
  if (!isWord(tokens[k]) || (PHRASE_STOP.has(lowerOf(tokens[k])) && !isNameMay(tokens, k))) return null;
  let from = k;
  while (from - 1 >= lo && inPhrase(tokens, from - 1)) from--;
  // Back over a postmodifier ("Another source familiar with …"); not "Voters talking to Kiel, who said" (Kiel's).
  if (!relative || !HOW_SPOKEN.has(lowerOf(tokens[from - 2]))) from = backOverPostmodifier(tokens, from, lo);
  while (from - 1 >= lo && inPhrase(tokens, from - 1)) from--;
  // "the $9 million analysts say it takes": the figure's word belongs to the sum, not to the speakers.
  while (from < k && FIGURE_WORDS.has(lowerOf(tokens[from])) && lowerOf(tokens[from + 1]) !== 'of') from++;
  // "Aides to Ada Roe, a judge, and Tom Vale said": the aides (group-list.ts).
  const and = AND_BUT.has(lowerOf(tokens[from - 1])) && tokens[from - 2]?.text === ',' ? from - 1 : -1;
  const listed = and > lo ? groupOpeningList(ctx.text, tokens, { lo, and, end: k }, ctx.registry) : null;
  if (listed) return { kind: 'phrase', ...listed };
  // "Residents near the hotel", "Lawyers for both Tomas Reyes and Ada Reyes": a role noun before a preposition.
  from = roleBeforePreposition(tokens, from, namesJoinedBefore(tokens, from, lo, ctx.registry), lo);
  from = leaderOfGroup(tokens, joinedRolesStart(tokens, from, lo), lo, ctx.registry);
  // "A survey in Lestria said", "Tomas Reyes in Korvin said": a name after a preposition of place is where the
  // speaker is, as is a list of places ("voters in Ostland, Westland and Lestria said"); the phrase is before.
  from = placeListStart(tokens, from, lo);
  const place = tokens[from - 1];
  if (place && PLACE_PREPOSITIONS.has(lowerOf(place)) && from - 2 >= lo && isWord(tokens[from - 2])) {
    from -= 2;
    while (from - 1 >= lo && inPhrase(tokens, from - 1)) from--;
  }
  // Grow through "Mikael Strand of grid operator Nordnett": the person before "of" is the speaker.
  const link = tokens[from - 1];
  if (link && LINKING_PREPOSITIONS.has(link.text) && from - 2 >= lo) {
    const before = mentionAt(ctx.registry, (tokens[from - 2] as Token).start);
    const person = before?.entity.kind === 'person' ? before : undefined;
    const owner = person && relativeOwner(tokens, from - 2, { end: k, lo, relative }, ctx, parseBackward);
    if (person) return owner === undefined ? { kind: 'mention', mention: person } : owner;
  }
  from = afterTypedDash(tokens, from, k, ctx.text);
  if (isGluedClock(ctx.text, tokens[from]) && from++ === k) return null;
  while (from < k && !isWord(tokens[from])) from++;
  if (!isWord(tokens[from])) return null;
  // "Analysts who have met Ilse Brandt say": the speaker is the noun whose clause the name ends (not so ", who").
  const owner = relativeOwner(tokens, from, { end: k, lo, relative }, ctx, parseBackward);
  if (owner !== undefined) return owner;
  from = groupShareStart(tokens, from, lo);
  // "Nearly 40 percent of voters said", "some 15 percent of dockers in the survey": a share speaks as the phrase
  // it opens, figure and all, never as the group it names; a verb's object ("left 62 percent of …") does not.
  const share = shareStart(tokens, from, lo);
  if (share < 0) return null;
  if (share < from || opensWithShare(tokens, share, k)) return asPhrase(tokens, share, k, ctx);
  // "32% of Republican claims": a phrase that is the object of a preposition is no verb's subject, unless a
  // relative pronoun makes it one ("linked to a Courier report, which said").
  if (
    !relative &&
    (isPrepositionObject(tokens, from, lo) ||
      agentOfParticiple(tokens, from, lo) ||
      objectBeforeParticiple(tokens, from, lo, j))
  )
    return null;
  // Not "Brandt, the mayor said, …", where the mayor speaks of Brandt.
  const named =
    asideAfter(tokens, j + 2) || bareWho
      ? null
      : (namedBeforeRole(tokens, from, k, lo, ctx.registry) ??
        (relative ? nameBeforeWho(tokens, { from, to: k, lo }, ctx.registry) : null));
  const ref: SpeakerRef = named ? { kind: 'mention', mention: named } : toRef(tokens, from, k, ctx);
  // "Reyes, a lawyer at the Harbour Law Center who said …": "who" is a person, never the body the phrase ends with.
  if (!bareWho || ref.kind !== 'mention' || ref.mention.entity.kind === 'person') return ref;
  const person = namedBeforeRole(tokens, from, k, lo, ctx.registry);
  return person ? { kind: 'mention', mention: person } : asPhrase(tokens, from, k, ctx);
}

const RELATIVES = new Set(['who', 'which']);
const FIGURE_WORDS = new Set(['million', 'billion', 'trillion', 'thousand', 'hundred', 'percent']);

/** "From" and "by" are left out: "a response from the GOP said", "even from Trump, who said" name the source. */

/** "Jason Pell, 34, who has worked …, said": walk the comma chunks back to the one naming the speaker. */
function fromAppositions(tokens: Token[], comma: number, low: number, ctx: PhraseContext): SpeakerRef | null {
  // "The scene at the White House was familiar: the president, grim-faced, promised …": not past a colon.
  const lo = Math.max(low, tokens.findLastIndex((t, k) => k < comma && t.text === ':') + 1);
  const described = describedHead(tokens, comma, lo);
  if (described) return toRef(tokens, described.from, described.to, ctx);
  let end = beforeRelativeClause(tokens, comma, lo) - 1;
  let leftmost: { from: number; to: number } | null = null;
  let afterPlace = false;
  for (let chunks = 0; chunks < 5 && end >= lo; chunks++) {
    let from = end;
    while (from - 1 >= lo && tokens[from - 1]?.text !== ',') from--;
    from = pastLastDash(ctx.text, tokens, from, end);
    const first = tokens[from];
    // "Reyes has named no one, and two deputies, together with …, have suggested": a chunk of "and" or "but" and
    // a noun phrase starts the verb's own clause, and the phrase is its subject; the clause before is another's.
    const joined = AND_BUT.has(lowerOf(first)) && from < end ? nounPhrase(tokens, from + 1) : null;
    const group =
      joined?.to === end ? groupOpeningList(ctx.text, tokens, { lo, and: from, end }, ctx.registry) : null;
    if (group) return { kind: 'phrase', ...group };
    if (joined && joined.to === end) return toRef(tokens, joined.from, joined.to, ctx);
    const subject = chunkSubject(tokens, from, end, ctx.registry);
    if (subject) return { kind: 'mention', mention: subject };
    // "…after a woman in Dayton, Ohio, told him": the place ends a clause, not an apposition ("…, who lives
    // outside Dayton, Ohio, said" is a relative clause, passed over below).
    if (afterPlace && !CIRCUMSTANCE_START.has(lowerOf(first)) && holdsVerb(tokens, from, end)) return null;
    const skip =
      !isWord(first) ||
      CIRCUMSTANCE_START.has(lowerOf(first)) ||
      (from === lo && QUESTION_OPENERS.has(lowerOf(first))) ||
      // "The lawsuit, brought by Bruning and Pruitt, accused …": a participle's agents describe the subject.
      (/^\p{Ll}/u.test(first?.text ?? '') && lowerOf(tokens[from + 1]) === 'by') ||
      /^\p{N}/u.test(first.text) ||
      /ing$/.test(lowerOf(first));
    if (!skip) {
      const person = personIn(tokens, from, end, ctx);
      if (person && person.start <= (tokens[Math.min(end, from + 4)] as Token).start) {
        return { kind: 'mention', mention: person };
      }
      // "The hotel's owner, Clearwater Hospitality, said": a chunk that is wholly a name beats a description.
      const named = mentionAt(
        ctx.registry,
        (tokens[DETERMINERS.has(lowerOf(first)) ? from + 1 : from] as Token)?.start ?? -1,
      );
      if (named && named.end >= (tokens[end] as Token).end) {
        // "Dean Vance, a salesman from Kessel, Lestria, says": a place closing an apposition is where the
        // speaker is from; the speaker is further back.
        if (isPlace(named)) {
          afterPlace = true;
          end = from - 2;
          continue;
        }
        // "Gov. Otto Hallam of Korvin, a Liberal, told …", "Sen. Tom Olsen, an Oregon Democrat, said": the party
        // (and its state) describes the speaker before it.
        if (PARTY_MEMBERS.has(fold(named.entity.name).split(' ').at(-1) ?? '')) {
          end = from - 2;
          continue;
        }
        return { kind: 'mention', mention: namedBeforeRoleOf(tokens, from, lo, ctx.registry) ?? named };
      }
      leftmost = { from, to: end };
    }
    end = from - 2;
  }
  if (!leftmost) return null;
  const phrase = nounPhrase(tokens, leftmost.from);
  return phrase ? toRef(tokens, phrase.from, joinedPhraseEnd(tokens, phrase.to, leftmost.to), ctx) : null;
}

function toRef(tokens: Token[], from: number, to: number, ctx: PhraseContext): SpeakerRef {
  const first = tokens[from] as Token;
  const pronoun = from === to ? pronounOf(lowerOf(first)) : null;
  if (pronoun) return { kind: 'pronoun', word: pronoun, at: first.start };
  if (ownedPartyMember(tokens, from, to)) return asPhrase(tokens, from, to, ctx);
  const person = personIn(tokens, from, to, ctx);
  if (person) return { kind: 'mention', mention: person };
  const named = postmodifierIn(tokens, from, to) < 0 ? mentionIn(tokens, from, to, ctx) : null;
  if (named && speaksForPhrase(tokens, from, to, named)) return { kind: 'mention', mention: named };
  return asPhrase(tokens, from, to, ctx);
}

function asPhrase(tokens: Token[], from: number, to: number, ctx: PhraseContext): SpeakerRef {
  const text = phraseText(tokens, from, to, ctx);
  return { kind: 'phrase', text, head: headOf(tokens, from, to), at: (tokens[from] as Token).start };
}

function phraseText(tokens: Token[], from: number, to: number, ctx: PhraseContext): string {
  return ctx.text.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
}
