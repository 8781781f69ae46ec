// Which speaker phrases may speak at all: people, named bodies and pronouns, and descriptions headed by a
// role or a body ("a spokeswoman for the council", "experts", "the ministry"). Documents and figures do not
// ("court documents", "the figures"), and neither does a phrase that is neither ("scene of the shooting",
// "Prior to the declaration").
import { wordLexicon } from './compromise-lexicon.ts';
import { ASKED_PARTICIPLES, BODY_NOUNS, inPronouns, NON_SPEAKER_SOURCES, ROLE_NOUNS } from './lexicon.ts';
import { SHARE_OF } from './phrase-head.ts';
import type { SpeakerRef } from './speaker-phrase.ts';
import { lowerCase } from './tokens.ts';

/** Groups that speak in news copy but name no job: "Republicans said", "voters say". */
const SPEAKING_GROUPS = new Set(
  `republicans democrats lawmakers legislators voters economists historians scholars investigators officers
  protesters supporters opponents aides allies nominee candidate strategist questioner family groups defenders
  advocates backers proponents team camp crowd audience respondents partisans skeptics sceptics conservatives
  liberals progressives moderates pundits loyalists hardliners detractors rivals adversaries naysayers
  boosters admirers followers hecklers heckler demonstrators magnate socialist firebrand newcomer
  incumbent challenger front-runner frontrunner fans fact-checkers`.split(/\s+/),
);
/**
 * A share of a poll's respondents standing alone: "22 percent", "Almost half", "About four in 10", "a slim
 * majority"; the group it is a share of was named before ("Among union voters, …").
 */
const BARE_SHARE = new RegExp(
  String.raw`^(?:(?:just|only|nearly|almost|about|roughly|around|some|more than|fewer than|less than|over|under|a|a slim|a bare|a narrow|a clear)\s+)?` +
    String.raw`(?:(?:[\d.,]+|[a-z]+(?:-[a-z]+)?)\s?(?:%|percent)|(?:[a-z]+|\d+) in (?:10|ten)|half|(?:a|one|two)[ -]thirds?|(?:a|one|three)[ -]quarters?|majority|majorities|plurality|minority)` +
    String.raw`(?:\s+overall)?$`,
  'i',
);

/** A party and a state, as a tag after a name: "R-NY", "(D-Calif.)". */
export const PARTY_TAG = /^\(?[DRI]-[A-Z][A-Za-z.]*\)?$/;

const UNKNOWN_ONES = new Set(['someone', 'somebody']);

/** Only people, named bodies, pronouns and role or body phrases speak; documents and figures do not. */
export function speakerLike(ref: SpeakerRef): boolean {
  if (ref.kind !== 'phrase') return ref.kind === 'mention' || inPronouns(ref.word);
  const head = ref.head;
  // "“…?” nobody answered".
  if (NON_SPEAKER_SOURCES.has(head) || NO_ONE.has(head)) return false;
  // "Rep. Ada Roe, R-NY, said": the party tag between commas belongs to the name before it.
  if (PARTY_TAG.test(ref.text)) return false;
  // "someone shouted “…”" is someone's, and must not be handed to the next name: only the word opening the
  // phrase ("someone in the crowd"), never inside one ("Looks like someone").
  if (UNKNOWN_ONES.has(head)) return UNKNOWN_ONES.has(lowerCase(ref.text).split(' ')[0] ?? '');
  // "House Minority Whip Steny Hoyer", "diGenova": a name the registry did not hold is still a name.
  const at = lowerCase(ref.text).lastIndexOf(head);
  // The head word itself capitalised somewhere ("Hoyer", "diGenova", "McCain"): a name.
  if (at >= 0 && /\p{Lu}/u.test(ref.text.slice(at, at + head.length))) return true;
  // "said the 46-year-old": an age used as a noun is a person.
  if (head.endsWith('year-old')) return true;
  // "those surveyed", "a third of those polled".
  if (ASKED_PARTICIPLES.has(head)) return /(?:^|\sof\s)those\s/i.test(ref.text);
  // "Twenty-four percent said they …", "Almost half say …": a poll's share of those asked.
  if (BARE_SHARE.test(ref.text)) return true;
  // "experts say", "lawmakers said": a plural of a role speaks as well as the singular.
  const singular = singularOf(head);
  return (
    countedPeople(ref.text, head, singular) ||
    ROLE_NOUNS.has(head) ||
    BODY_NOUNS.has(head) ||
    // "according to three television networks", "two agencies said".
    BODY_NOUNS.has(singular) ||
    ROLE_NOUNS.has(singular) ||
    SPEAKING_GROUPS.has(head) ||
    SPEAKING_GROUPS.has(singular) ||
    // "a voter said", "another protester told …": one of a group that speaks speaks too.
    SPEAKING_GROUPS.has(`${head}s`) ||
    wordLexicon().actors.has(head)
  );
}

/**
 * "Several rural operatives said", "many bundlers say": a counted plural is a group of speakers whatever its
 * noun, which no list of roles holds in full; not a counted time or document ("some days", "other emails").
 */
function countedPeople(text: string, head: string, singular: string): boolean {
  return (
    singular !== head &&
    // "more than 40 percent of dockers": a share of a plural is a group answering, whatever its noun.
    (COUNTED.test(text) || SHARE_OF.test(text)) &&
    /^\p{Ll}+$/u.test(head) &&
    !NOT_PEOPLE.has(head) &&
    !DOCUMENTS.has(head) &&
    !DOCUMENTS.has(singular)
  );
}
const COUNTED =
  /^(?:several|many|some|most|few|numerous|multiple|other|both|dozens of|hundreds of|a number of|a few)\s/i;
/** Plurals counted as often as people that never speak: "some days", "many times", "other emails". */
const NOT_PEOPLE = new Set(
  'days weeks months years times things ways cases parts emails letters messages tweets posts memos news'.split(
    ' ',
  ),
);

/** A noun that stands for people: "spokeswoman", "residents", "lawmakers", "narrator". */
export function isPersonNoun(word: string): boolean {
  const singular = singularOf(word);
  return (
    ROLE_NOUNS.has(word) ||
    ROLE_NOUNS.has(singular) ||
    SPEAKING_GROUPS.has(word) ||
    wordLexicon().actors.has(word)
  );
}

/** A plural of people ("democrats", "officials"): a group speaking, never one person's surname. */
export function isGroupPlural(word: string): boolean {
  return singularOf(word) !== word && isPersonNoun(word);
}

const NO_ONE = new Set(['nobody', 'none', 'no one']);

/** Documents and data that a report may be credited to: "according to the poll", "the report says". */
const DOCUMENTS = new Set([
  ...NON_SPEAKER_SOURCES,
  'polls',
  'analysis',
  'analyses',
  'slide',
  'website',
  'submission',
  'memo',
  'letter',
  'statement',
  'indictment',
  'complaint',
  'lawsuit',
  'ruling',
  'journal',
  'index',
  'ranking',
  'rankings',
  'database',
  'tracker',
  'trackers',
  'results',
  'summary',
  'average',
  'transcript',
  'audit',
  'forecast',
  'projections',
  // "according to his biography", "according to the declaration".
  'biography',
  'book',
  'memoir',
  'profile',
  'declaration',
  'affidavit',
  'census',
]);
/** Verbs a document takes as it carries words: "the memo says", "the complaint alleges", "the poll found". */
export const DOCUMENT_CUES = new Set([
  ...`says said states stated notes noted reads read explains explained shows showed finds found alleges alleged
  claims claimed recounts recounted charges charged added adds continued continues concluded concludes`.split(
    /\s+/,
  ),
  'according to',
  'put it',
]);

/**
 * A report credited to a document rather than a person: shown, since the sheet says where a claim comes
 * from; but only with "according to" or a verb a document can take ("the poll found", "the report says").
 */
export function isDocumentHead(head: string): boolean {
  return DOCUMENTS.has(head);
}

export function documentSource(ref: SpeakerRef, cue: string): boolean {
  return ref.kind === 'phrase' && DOCUMENTS.has(ref.head) && DOCUMENT_CUES.has(cue);
}

/** "experts" → "expert", "chairmen" → "chairman": enough of English plurals for the nouns of people above. */
function singularOf(noun: string): string {
  if (noun.endsWith('men')) return `${noun.slice(0, -3)}man`;
  // "agencies", "deputies"; not "pies".
  if (noun.endsWith('ies') && noun.length > 5) return `${noun.slice(0, -3)}y`;
  return noun.endsWith('s') ? noun.slice(0, -1) : noun;
}
