// Who a speaker phrase names, if anyone: the person in "Trump lawyer Marc Kasowitz", not the one in "a
// spokeswoman for Paul Ryan" or "a source close to Ilse Brandt"; a named body the phrase ends with, when it
// speaks for the phrase.

import { actsFor } from './acts-for.ts';
import { type Mention, mentionAt } from './entities.ts';
import { PLACE_PREPOSITIONS, ROLE_NOUNS } from './lexicon.ts';
import { nameBeforeLink } from './name-before-link.ts';
import { beforeCommonNoun, modifiesNoun } from './name-modifier.ts';
import { endsPossessive } from './owner-only.ts';
import { describesOthers, PP_HEADS } from './phrase-head.ts';
import { isGroupPlural, isPersonNoun } from './speaker-like.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isPossessive, lowerOf, type Token } from './tokens.ts';

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/**
 * The person a phrase names. English puts the head last ("Trump lawyer Marc Kasowitz" is Kasowitz), and a
 * prepositional phrase only describes it ("Mikael Strand of grid operator Nordnett" is Strand): so the last
 * person before the first preposition. A person named only inside the prepositional phrase of a role noun
 * ("a spokeswoman for Paul Ryan") is not the speaker.
 */
export function personIn(tokens: Token[], from: number, to: number, ctx: PhraseContext): Mention | null {
  let limit = to;
  let postmodified = false;
  for (let k = from + 1; k <= to; k++) {
    postmodified = describesOthers(tokens, k);
    // Nor inside a relative clause: "a surgeon who advised Brandt on the plan" names no one.
    if (PP_HEADS.has(lowerOf(tokens[k])) || postmodified || RELATIVE_PRONOUNS.has(lowerOf(tokens[k]))) {
      limit = k - 1;
      break;
    }
  }
  for (let k = limit; k >= from; k--) {
    const found = mentionAt(ctx.registry, (tokens[k] as Token).start);
    // "Vance’s attorney" is the attorney: a possessive name before the head only modifies it, and so does a
    // name before a common noun ("the Maren team", "the Clinton campaign").
    if (
      found?.entity.kind === 'person' &&
      !(
        k < limit &&
        (ownerMarked(ctx.text, found) ||
          modifiesNoun(tokens, found, limit) ||
          headedAfter(tokens, from, found, limit))
      )
    )
      return found;
  }
  // "a source close to Rivera" is not Rivera, whatever the noun before "close"; nor is "a former speechwriter
  // for Ilse Brandt" Brandt: a common noun before the preposition heads the phrase. "A statement from Brandt"
  // is hers.
  // "Jorund Halvik of Brennock": a name the registry could not place still heads its phrase.
  const unplaced = limit < to && !postmodified ? nameBeforeLink(tokens, from, limit, ctx) : null;
  if (unplaced) return unplaced;
  if (
    postmodified ||
    (limit < to && (headsPhrase(tokens[limit], tokens[limit + 1]) || pluralOpener(tokens, from, limit)))
  )
    return null;
  for (let k = limit + 1; k <= to; k++) {
    const found = mentionAt(ctx.registry, (tokens[k] as Token).start);
    if (found?.entity.kind === 'person') return found;
  }
  return null;
}

const PARTITIVES = new Set(
  'one two three four five some many most several each all few none any both'.split(' '),
);

function headsPhrase(noun: Token | undefined, preposition: Token | undefined): boolean {
  // "Supporters of Mr. Harlan", capitalised as the sentence opens: a plural of people heads its phrase too.
  if (ROLE_NOUNS.has(lowerOf(noun)) || isGroupPlural(lowerOf(noun))) return true;
  // "One of Roe’s former aides", capitalised as the sentence opens: a part of a group is not the group's owner.
  if (PARTITIVES.has(lowerOf(noun)) && lowerOf(preposition) === 'of') return true;
  return /^\p{Ll}/u.test(noun?.text ?? '') && lowerOf(preposition) !== 'from';
}

/** "Vance’s", and "Sanders’": a name ending in "s" takes the mark alone, which the tokens leave out. */
function ownerMarked(text: string, mention: Mention): boolean {
  if (endsPossessive(text, mention)) return true;
  const mark = text[mention.end];
  return (
    text[mention.end - 1] === 's' &&
    (mark === '’' || mark === "'") &&
    !/\p{L}/u.test(text[mention.end + 1] ?? '')
  );
}

export function mentionIn(tokens: Token[], from: number, to: number, ctx: PhraseContext): Mention | null {
  for (let k = to; k >= from; k--) {
    const found = mentionAt(ctx.registry, (tokens[k] as Token).start);
    if (found) return found;
  }
  return null;
}

/**
 * "a 2008 Clinton veteran", "a longtime Brandt friend": in a phrase opened by an article, a name followed by a
 * lower-case noun only describes that noun, the phrase's head. Not a verb: "The Courier's Ada Brenner wrote".
 */
function headedAfter(tokens: Token[], from: number, mention: Mention, limit: number): boolean {
  const first = lowerOf(tokens[from]);
  if (first !== 'a' && first !== 'an' && first !== 'the') return false;
  return beforeCommonNoun(tokens, mention, limit);
}

/** "Supporters of …", "Several aides to …": the first preposition of the phrase follows a plural of people. */
function groupBeforePreposition(tokens: Token[], from: number, to: number): boolean {
  for (let k = from + 1; k <= to; k++)
    if (PP_HEADS.has(lowerOf(tokens[k])))
      return isGroupPlural(lowerOf(tokens[k - 1])) || pluralOpener(tokens, from, k - 1);
  return false;
}

/**
 * "Critcs of Harlow Mill argue": a capitalised plural opening the phrase before "of" heads it, as
 * "Critics" would, though no list knows the word (a misspelling); the name after it is not the speaker. Shown
 * as the mill's own, the critics' claim read inverted (an editor's read). A person there is found before this.
 */
function pluralOpener(tokens: Token[], from: number, head: number): boolean {
  return (
    head === from &&
    lowerOf(tokens[head + 1]) === 'of' &&
    /^\p{Lu}\p{Ll}+[^s'’]s$/u.test(tokens[head]?.text ?? '')
  );
}

/**
 * Whether the named body or person `named` a phrase ends with speaks for it: "Grid operator Nordnett", "analysts
 * at Halvard Securities". "Lestrian officials" stays a phrase, because "Lestrian" only describes the officials. A
 * place after a preposition does not ("officials in Korvin"), nor a person or a body after a group's preposition
 * ("Critics of Tomas Harlan" are the critics, "senior members of the Assembly" the members), nor a client ("a
 * lawyer for Ilse Varga"), nor what an unnamed source is close to ("a source within the Pilots Committee"), nor
 * the name after an office's "of" ("the Governor of Kessel", "the Speaker of the House").
 */
export function speaksForPhrase(tokens: Token[], from: number, to: number, named: Mention): boolean {
  return (
    named.end >= (tokens[to] as Token).end &&
    !groupBeforePreposition(tokens, from, to) &&
    !UNNAMED_SOURCES.has(lowerOf(tokens[from + 1])) &&
    !officeOf(tokens, from, named) &&
    !placeAfterPreposition(tokens, named) &&
    !actsFor(tokens, from, named) &&
    !outsiderOf(tokens, from, to, named) &&
    !partOfBody(tokens, from, named) &&
    !memberOnly(tokens, from, named) &&
    !representsPlace(tokens, from, named)
  );
}

/**
 * "the Labour MP for Dunmore North", "the senator for Port Ely": the place a member sits for does not speak for
 * the member, as a body does for "a spokesman for" it.
 */
function representsPlace(tokens: Token[], from: number, named: Mention): boolean {
  const at = tokens.findIndex((token, k) => k > from && token.start >= named.start);
  return lowerOf(tokens[at - 1]) === 'for' && MEMBERS.has(lowerOf(tokens[at - 2]));
}
const MEMBERS = new Set(
  `mp mps member representative senator congressman congresswoman councillor councilor assemblyman assemblywoman
  mep msp`.split(/\s+/),
);

/**
 * "A medic with the Red Cross", "a protester with the movement", "a patient at the clinic": one of its people, or
 * someone it serves, does not speak for the body, as "a spokesman for" or "analysts at" it do.
 */
function memberOnly(tokens: Token[], from: number, named: Mention): boolean {
  const at = tokens.findIndex((token, k) => k > from && token.start >= named.start);
  let k = at - 1;
  while (k > from && ARTICLE_WORDS.has(lowerOf(tokens[k]))) k--;
  return k > from && MEMBER_LINKS.has(lowerOf(tokens[k])) && NOT_VOICES.has(lowerOf(tokens[k - 1]));
}
const ARTICLE_WORDS = new Set(['the', 'a', 'an']);
const MEMBER_LINKS = new Set(['with', 'at', 'from', 'of', 'in']);
const NOT_VOICES = new Set(
  `protester protesters demonstrator demonstrators voter voters patient patients victim victims volunteer volunteers
  homeowner homeowners miner miners juror jurors plaintiff defendant medic medics paramedic paramedics nurse nurses
  doctor doctors student students teacher teachers worker workers lecturer shopkeeper baker deckhand trustee auditor
  lobbyist`.split(/\s+/),
);

/**
 * "the Varna chapter of <Movement>", "the youth wing of <Party>": a part of the body speaks for itself, and
 * shown under the whole body its words read as the national group's.
 */
function partOfBody(tokens: Token[], from: number, named: Mention): boolean {
  const at = tokens.findIndex((token, k) => k > from && token.start >= named.start);
  return at > from + 1 && lowerOf(tokens[at - 1]) === 'of' && BODY_PARTS.has(lowerOf(tokens[at - 2]));
}
const BODY_PARTS = new Set(
  'chapter chapters branch branches wing affiliate affiliates division subsidiary bureau local'.split(' '),
);

/**
 * "A commenter on the forum Harbour Watch", "a reader of the Gazette": one person, then "on", "of", "to" or
 * "about" before a body, is someone who reads or writes there, not the body (an editor's read: a forum's name
 * was shown as the speaker). "An analyst at …", "a spokesman for …" speak for it, and "the chairman of …" is an
 * office (officeOf).
 */
function outsiderOf(tokens: Token[], from: number, to: number, named: Mention): boolean {
  // A group ("a number of Democrats") speaks as itself.
  if (isGroupPlural(named.entity.name.toLowerCase())) return false;
  for (let k = from + 1; k <= to; k++) {
    if (!PP_HEADS.has(lowerOf(tokens[k]))) continue;
    const noun = tokens[k - 1];
    return (
      OUTSIDE_PREPOSITIONS.has(lowerOf(tokens[k])) &&
      k - 1 > from &&
      /^an?$/i.test(tokens[from]?.text ?? '') &&
      (isPersonNoun(lowerOf(noun)) || AUDIENCE.has(lowerOf(noun)))
    );
  }
  return false;
}
const OUTSIDE_PREPOSITIONS = new Set(['on', 'of', 'to', 'about']);
/** Readers and listeners, whom the lexicon does not hold as nouns for people. */
const AUDIENCE = new Set(['reader', 'listener', 'viewer', 'caller', 'subscriber', 'fan', 'poster']);

/**
 * "the council's top Democrat": a party's word after a possessive describes one member, whom the phrase names
 * and the party word alone does not (the sheet showed "Democrat"). tokens[to] ends the phrase.
 */
export function ownedPartyMember(tokens: Token[], from: number, to: number): boolean {
  if (!PARTY_WORDS.has(lowerOf(tokens[to]))) return false;
  for (let k = from; k < to; k++) if (isPossessive(tokens[k]?.text ?? '')) return true;
  return false;
}

const PARTY_WORDS = new Set(['democrat', 'republican', 'independent', 'libertarian']);

/** Heads of an unnamed source after its article: "a source within …", "two insiders at …". */
const UNNAMED_SOURCES = new Set(['source', 'sources', 'insider', 'insiders']);

/**
 * "The Governor of Kessel", "the Office of the Historian", "the chairman of the Harbour Board": a capitalised head
 * or a noun for a person, then "of" before the name.
 */
function officeOf(tokens: Token[], from: number, named: Mention): boolean {
  const head = tokens[from + 1]?.text ?? '';
  const of = tokens[from + 2];
  return (
    ['the', 'a', 'an'].includes(lowerOf(tokens[from])) &&
    (/^\p{Lu}/u.test(head) || isPersonNoun(head)) &&
    lowerOf(of) === 'of' &&
    named.start > (of as Token).start
  );
}

/** Whether `named` is no body, and a preposition of place stands right before it. */
function placeAfterPreposition(tokens: Token[], named: Mention): boolean {
  if (named.entity.kind !== 'other') return false;
  const at = tokens.findIndex((t) => t.start === named.start);
  return at > 0 && PLACE_PREPOSITIONS.has(lowerOf(tokens[at - 1]));
}
