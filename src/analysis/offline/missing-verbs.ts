// Verbs the lexicon misses. compromise files "watch", "hope" and "face" (some 900 words) as nouns and has no
// entry for many present and past forms ("favors", "understood", "cast"), so "residents say officers watch the
// pier" and "said he understood the risk" held no verb and were no report. A word that is a noun or a verb is a
// verb after a plural subject; after a subject pronoun, any word but a few that are never a verb is. Nor does it
// file many irregular past forms as verbs ("built" is a participle, "left" an adjective, "rose" a noun), so "said
// contractors built a cushion into their bids" was no report either.
import { letterWordEnd, letterWordStart } from './letter-words.ts';

const PLURAL_PRONOUNS = new Set(['they', 'we', 'you', 'i']);
export const SUBJECT_PRONOUNS = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you']);
/** The sex an object pronoun names: "told him", "calling her". */
export const OBJECT_PRONOUN_GENDERS: ReadonlyMap<string, 'm' | 'f'> = new Map([
  ['him', 'm'],
  ['her', 'f'],
]);
/** What may follow a subject pronoun and is no verb: "he and his wife", "they all", "it, however". */
const NO_VERBS = new Set(
  `and or but nor who which that of to in on at for with from by as if than so all both each alone too however
  himself herself itself themselves ourselves myself yourself`.split(/\s+/),
);
const ADVERBS = new Set('also still never now just only even already often always again really'.split(' '));

/** Irregular past forms filed as something else, which in a clause are the verb whatever comes before. */
const IRREGULAR_PAST = new Set(
  'built understood sought drew woke overheard overtook proved strode clung shone wrung withheld'.split(' '),
);
/** Irregular past forms that are as often a noun or an adjective ("a tax cut", "the left"): verbs after a plural. */
const NOUN_LIKE_PAST = new Set(
  'left lost hit rose shut beat spread cost cut set bet shed quit put let hurt burst upset cast bid'.split(
    ' ',
  ),
);

/**
 * "the death toll rose to 14", "turnout rose sharply", "support rose four points": "rose" in lower case after a
 * singular noun of what rises (plurals are read by pluralSubject), before what a rise takes (a preposition, a figure,
 * an adverb, the clause's end). Never the flower ("a climbing rose", "the English rose prize") nor a name.
 */
function roseAsVerb(clause: string, at: number, end: number): boolean {
  if (clause.charCodeAt(at) !== 114) return false;
  const before = /(?:^|\s)(\S+)\s+$/.exec(clause.slice(0, at));
  const word = before?.[1] ?? '';
  // Capitalised only when it opens the clause: "Turnout rose".
  const common = /^\p{Ll}+$/u.test(word) || (before?.index === 0 && /^\p{Lu}\p{Ll}+$/u.test(word));
  if (!common || !RISERS.has(word.toLowerCase())) return false;
  const after = /^\s*([^\s]+)/.exec(clause.slice(end))?.[1];
  return after === undefined || /^[,.;:\d$£€%]|ly$/.test(after) || ROSE_AFTER.has(after);
}
const ROSE_AFTER = new Set(
  `to by from in on at above over after as again more for during nearly about almost while and or but than two three
  four five six seven eight nine ten half`.split(/\s+/),
);
/** Singular nouns of what rises: tolls, counts, shares, prices, rates, levels. */
const RISERS = new Set(
  `toll turnout number count total figure share index price rate level support approval popularity debt deficit
  revenue profit spending cost temperature water river tide sea demand production output growth inflation
  unemployment value yield dollar pound euro yen market economy attendance enrollment enrolment membership rent
  wage pay income tally majority margin lead stock fund population crime`.split(/\s+/),
);

/** Adverbs that stand before a verb, never before a noun: "the school never shut its doors". */
const BEFORE_VERB = new Set(['never', 'also', 'already', 'recently', 'since']);

/**
 * "contractors built", "prices rose", "the firm sought", "the school never shut": a past form the lexicon does
 * not file as a verb. `justBefore` is the word right before it, where `previous` passes over adverbs.
 * "rose" may be the verb after a singular noun too, read where it stands in `clause` (roseAsVerb).
 */
export function irregularPast(
  previous: string,
  word: string,
  justBefore: string,
  clause = '',
  at = 0,
  end = 0,
): boolean {
  if (IRREGULAR_PAST.has(word)) return true;
  if (word === 'rose' && roseAsVerb(clause, at, end)) return true;
  return NOUN_LIKE_PAST.has(word) && (pluralSubject(previous) || BEFORE_VERB.has(justBefore));
}

/** A word a present-tense verb may follow: a plural pronoun or a plural noun ("officers", not "KTV’s"). */
export function pluralSubject(word: string): boolean {
  return PLURAL_PRONOUNS.has(word) || (word.length > 3 && /[^s'’]s$/.test(word));
}

/** "he understood", "she favors", "they cast": a word right after a subject pronoun that can be a verb. */
export function verbAfterPronoun(subject: string, word: string): boolean {
  return SUBJECT_PRONOUNS.has(subject) && /^\p{Ll}+$/u.test(word) && !NO_VERBS.has(word);
}

/** Whether the word is passed over when reading back to a verb's subject: "he also said", "officers still watch". */
export function isSubjectAdverb(word: string): boolean {
  return ADVERBS.has(word) || (word.length > 4 && word.endsWith('ly'));
}

/**
 * Whether a word the lexicon files as a verb is one after `previous`: never after an article, a possessive or a
 * preposition ("the vote", "his interview", "of the plans": nouns); after a demonstrative, only as its verb
 * agrees with it ("this includes", "these include"; "this plan" and "those worries" are nouns).
 */
export function verbAfter(previous: string, word: string): boolean {
  if (NOUN_MARKERS.has(previous)) return false;
  if (previous === 'this' || previous === 'that') return word.endsWith('s');
  if (previous === 'these' || previous === 'those') return !word.endsWith('s');
  return true;
}

/** Words a noun follows, never a verb: an article, a possessive, a preposition, a quantifier. */
const NOUN_MARKERS = new Set(
  `the a an his her their its my our your of in on at for from with by into about during per each every`.split(
    /\s+/,
  ),
);

/**
 * "the system favors the wealthy", "success depends on turnout": compromise lists few present forms, and a verb
 * it does not hold ("favor", "depend", "hinge") had no "-s" form to find. Between a noun and an article, a
 * possessive, a pronoun or a preposition, a lower-case "-s" word is the verb; not after a quantifier, an
 * adjective ("more votes on", "brief remarks to") or a possessive ("the party's wins"), nor when it is a word
 * that is never a noun or verb ("overseas"). The word spans [at, end) of `lowered`, which is `clause` lower-cased.
 */
export function presentAfterNoun(
  clause: string,
  lowered: string,
  at: number,
  end: number,
  previous: string,
  notNouns: Set<string>,
): boolean {
  const word = lowered.slice(at, end);
  if (
    word.length < 5 ||
    !word.endsWith('s') ||
    !PRESENT_END.test(word) ||
    clause[at] !== word[0] ||
    notNouns.has(word)
  )
    return false;
  if (previous === '' || NOUN_MARKERS.has(previous) || NOT_SUBJECTS.has(previous) || notNouns.has(previous))
    return false;
  if (!/^\p{L}+$/u.test(previous) || PLURAL_PRONOUNS.has(previous) || ADJECTIVE_END.test(previous))
    return false;
  const next = letterWordStart(lowered, end);
  return next < lowered.length && AFTER_PRESENT.has(lowered.slice(next, letterWordEnd(lowered, next)));
}
/** Endings of adjectives the lexicon does not hold: "political stories in", "massive cuts to". */
const ADJECTIVE_END = /(?:al|ic|ive|ous|ful|less|able|ible)$/;
/** An "-s" ending, but none a present form never has: "-ss" ("business"), "-us", "-is", "-ics" ("politics"). */
const PRESENT_END = /(?<!ss|us|is|ics)$/;
const AFTER_PRESENT = new Set(
  'the a an his her its their our my your him them us it on to in with for from about into over against that'.split(
    ' ',
  ),
);
/** Words before a plural noun, never a subject: "more votes", "several new rules". */
const NOT_SUBJECTS = new Set(
  `more most many several few other some all both no any new key top such these those two three four five
  six seven eight nine ten dozens hundreds thousands millions`.split(/\s+/),
);
