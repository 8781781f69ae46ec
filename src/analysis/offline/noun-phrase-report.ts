// "Brenner: his challenge to her in October": a report cut from "X announced his challenge to her" is the noun
// phrase the verb took, not a clause of anyone's words (an editor's read). Such a phrase opens on a possessive
// or a count ("few ideas for how to …", "only two clauses - after he was forced to …", read up to a subordinator) and
// has no verb after its head noun but infinitives ("her plan to support …" is a plan, not a claim), or opens on "the" and holds no verb but its relative clause's.
import { wordLexicon } from './compromise-lexicon.ts';
import { pluralSubject } from './missing-verbs.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import { isEdWord } from './tensed-word.ts';

const NOUN_HEAD =
  /^(?:his|her|their|its|few|scant|little|several|some|many|only (?:one|two|three|four|five))\s+\S+/i;
const WRITING_CUES = new Set([
  'wrote',
  'writes',
  'write',
  'penned',
  'drafted',
  'introduced',
  'proposed',
  'offered',
]);
/** Where the phrase's own stretch ends: a subordinator, perhaps after a dash, opens another clause ("… - after he …"). */
const PHRASE_END = /\s(?:(?:[-–—]|--)\s+)?(?:after|before|because|when|while|since|until|although)\s/i;
/** "to seek", "to not seek", "to be fixed": an infinitive, which no claim needs. */
const INFINITIVE = /\bto\s+(?:not\s+|never\s+)?(?:be\s+)?[\p{L}'’-]+/giu;

/** "the faults that need to be fixed": a noun, then a relative clause, whose verb is its first word. */
const RELATIVE_HEAD = /^(?:the|these|those)\s+((?:\S+\s+){0,3}?)(?:that|which|who)\s+\S+/i;

/**
 * Whether a reported clause is only a noun phrase: a possessive or counted one with no verb past its head but
 * after "to", or one whose relative clause holds the only verb ("pilots listed the faults that need to be fixed").
 */
export function nounPhraseOnly(clause: string, cue = ''): boolean {
  const relative = RELATIVE_HEAD.exec(clause);
  // "the agreement met that test": a verb before "that" makes it the clause's own, and "that" a determiner.
  const head =
    NOUN_HEAD.exec(clause) ?? (relative && !hasFiniteVerb(relative[1] ?? '', true) ? relative : null);
  if (head === null) return false;
  const rest = clause.slice(head[0].length);
  if (SAYING.has(cue.toLowerCase()) && pluralThenVerb(head[0], rest)) return false;
  if (!/^only /i.test(clause)) return !hasFiniteVerb(rest.replace(INFINITIVE, ' '));
  // "only two clauses - after he was forced to …", after a verb of writing, which takes what was written: the
  // count's phrase ends where a subordinator opens another clause. "said only two schools shut" reports a
  // clause whose verb the lexicon may not know.
  if (!WRITING_CUES.has(cue.toLowerCase())) return false;
  return !hasFiniteVerb(rest.slice(0, PHRASE_END.exec(rest)?.index ?? rest.length).replace(INFINITIVE, ' '));
}

/** Verbs whose object is a clause, never a thing: "confirmed its earnings forecast" is a thing confirmed. */
const SAYING = new Set(
  'said says say told tells added adds argued argues insisted insists noted notes'.split(' '),
);

/**
 * "his classmates feel the same way", "their children need help": a plural head and a verb in its base form right after
 * it, which agree as subject and verb (the verb alone, without its subject, reads as no tensed one).
 */
function pluralThenVerb(head: string, rest: string): boolean {
  const noun = head.slice(head.lastIndexOf(' ') + 1).toLowerCase();
  const verb = /^\s+(\p{Ll}+)\s/u.exec(rest)?.[1];
  if (verb === undefined || !pluralSubject(noun)) return false;
  const lexicon = wordLexicon();
  return lexicon.verbs.has(verb) || lexicon.nounOrVerb.has(verb);
}

/**
 * " and supported ", " and publicly backed ", " and travels ", " and was ": a verb joined by "and" or "or", perhaps
 * after an adverb: a past form, or one of the subject's own tense (a third person present, "was", "has").
 */
const AND_DEED = /\s(?:and|or)\s+(?:\p{Ll}+ly\s+)?(\p{Ll}{3,}ed|\p{Ll}{3,}s|was|is|has|had)\s/u;
/** After "was", "has": the participle that makes the verb whole ("was acquitted"), perhaps after an adverb. */
const PARTICIPLE = /^(?:\p{Ll}+ly\s+)?\S+\s*/u;

/**
 * "He quit her campaign yet maintained close ties with and openly backed it", "X claimed self-defense and was
 * acquitted", "X maintains the title and travels with the mayor": the verb's object, then a second deed of its
 * subject, which no one reported (an editor's read; PolNeAR). A few words without a tensed verb of their own
 * before "and" and the verb, and none after it.
 */
export function objectThenDeed(clause: string): boolean {
  // Most clauses hold no " and " or " or ": the pattern is spared them.
  if (!clause.includes('and ') && !clause.includes('or ')) return false;
  const joined = AND_DEED.exec(clause);
  if (!joined) return false;
  const verb = joined[1] as string;
  // "fuel and fees": a plural noun after "and" is no verb; the word must be a verb the lexicon knows.
  if (verb.endsWith('s') && verb.length > 3 && !isPresentVerb(verb)) return false;
  const before = clause.slice(0, joined.index);
  if (before.split(/\s+/).length > 6 || hasFiniteVerb(before, true)) return false;
  let after = clause.slice(joined.index + joined[0].length);
  if (AUXILIARIES.has(verb)) after = after.replace(PARTICIPLE, '');
  // "… and unsettled skies might linger": an -ed word before a noun whose verb comes later describes it.
  return !hasFiniteVerb(after, true);
}
const AUXILIARIES = new Set(['was', 'is', 'has', 'had']);

/** "travels", "pushes": a verb's third person present. */
function isPresentVerb(word: string): boolean {
  const verbs = wordLexicon().verbs;
  return verbs.has(word.slice(0, -1)) || (word.endsWith('es') && verbs.has(word.slice(0, -2)));
}

/**
 * "vowed to crush them": a promise whose only object is a pronoun for people says nothing a reader can check
 * without the sentence that named them (an editor's read: it could be read as a vow against the person named
 * beside it). "promised to veto it" keeps the thing it names: a bill, a plan.
 */
export function pronounDeed(clause: string): boolean {
  return PRONOUN_DEED.test(clause);
}
const PRONOUN_DEED = /^\p{L}+ to \p{L}+ (?:them|him|her)$/iu;

/**
 * "explained the trend in his book, but voters keep falling for it: …": the verb's object, a noun phrase with no
 * verb of its own, then ", but" and the writer's own clause, which no one is reported to have said (an editor's
 * read: a columnist's verdict shown as the words of the author he cited). Not "the plan, but not the budget,
 * would pass", where the "but" phrase sits inside the reported clause.
 */
export function objectThenOwnClause(clause: string): boolean {
  const split = OBJECT_THEN_BUT.exec(clause);
  if (split === null || hasFiniteVerb(split[1] as string)) return false;
  // A subject of its own after "but", with its verb before any comma: "but declined by 0.2%" goes on with the
  // first stretch's subject, and "but for the pandemic, would have …" is an aside inside the report.
  const after = split[2] as string;
  const first = after.slice(0, after.search(/\s|$/)).toLowerCase();
  if (NOT_SUBJECTS.test(first) || hasFiniteVerb(first, true)) return false;
  const comma = after.search(/[,;:]|$/);
  // "said the mill, but locals say it is haunted, would be torn down": a verb right after the stretch's comma
  // goes on with the report, and the "but" stretch is an aside inside it.
  const next =
    after
      .slice(comma + 1)
      .trim()
      .split(/\s/)[0] ?? '';
  if (after[comma] === ',' && hasFiniteVerb(next, true)) return false;
  return hasFiniteVerb(after.slice(0, comma));
}
/** Words after "but" that open no clause of its own: a preposition or an adverb ("but for", "yet again"). */
const NOT_SUBJECTS =
  /^(?:for|in|with|without|at|on|by|from|under|after|before|as|to|of|again|still|now|once|then|\p{L}+ly)$/u;
const OBJECT_THEN_BUT =
  /^((?:the|this|these|those|a|an)\s[^,;:]{1,80}?),\s+(?:but|yet)\s+(?!(?:not|also|only|even|rather)\b)(.+)$/isu;

/**
 * "The return on the Varna Treasury note slipped to 2.1 percent": "note" read as a verb of saying leaves a
 * "report" that opens on a verb of its own, with no subject ("slipped to 2.1 percent", "helped build the party").
 * A past form then a preposition, "to" or a verb's base form; not one describing the noun after it ("increased
 * spending would help", "elected officials say"), nor the cue itself, which a promise is shown with ("vowed to
 * stay on").
 */
export function verbFirst(clause: string, cue: string): boolean {
  const opening = VERB_FIRST.exec(clause);
  if (opening === null) return false;
  const lexicon = wordLexicon();
  const verb = opening[1] as string;
  // "vowed to stay in the race": a promise is shown with its own verb.
  // "… but, according to aides, failed to agree": that credit stands inside a clause whose subject came before.
  if (verb === cue.toLowerCase() || cue === 'according to' || OPENING_PARTICIPLES.has(verb)) return false;
  const next = opening[2] as string;
  if (!lexicon.past.has(verb) && !isEdWord(verb)) return false;
  // "backed by the board, she would …": a participle phrase, set off by its comma, opens a clause with a subject.
  if (OPENING_PHRASE.test(clause)) return false;
  // "proposed changes would …", "repeated delays had …": a plural noun after the -ed word, not a verb.
  // Nor a noun the lexicon also files as a verb, whose own verb follows ("paid leave would rise").
  const after = VERB_FIRST_AFTER.exec(clause)?.[1] ?? '';
  const base =
    lexicon.verbs.has(next) &&
    !lexicon.nounOrVerb.has(next) &&
    !next.endsWith('s') &&
    !lexicon.tensed.has(after);
  return VERB_FIRST_NEXT.has(next) || base;
}
const VERB_FIRST = /^(\p{Ll}+)\s+(\p{Ll}+)\b/u;
const VERB_FIRST_AFTER = /^\p{Ll}+\s+\p{Ll}+\s+(\p{Ll}+)/u;
const OPENING_PHRASE = /^(?:\S+\s+){1,11}?\S+,\s/u;
/** "based on the count, the nominee will …": a participle opening the reported clause. */
const OPENING_PARTICIPLES = new Set(['based', 'given', 'compared', 'faced', 'asked']);
const VERB_FIRST_NEXT = new Set('to from by in on at into over under after before'.split(' '));

/**
 * "The company’s finance chief, Tom Reyes, agreed.": read as "CLAUSE, X agreed", the "report" is the description
 * the name stands in apposition to, which the speaker's role already shows.
 */
export function isSpeakersRole(clause: string, role: string | null): boolean {
  return role !== null && clause.replace(/^(?:the|a|an)\s+/i, '').toLowerCase() === role.toLowerCase();
}

/**
 * "When party chairman Tom Reyes resigned, Ann Dale said she would run": read as "CLAUSE, X said", the "report"
 * is a subordinate clause alone, the reporter's time or cause, with no main clause of its own. "If the plan fails,
 * taxes will rise, Dale said" has one after its comma; "if elected he could work with them", one with no comma.
 */
export function loneSubordinate(clause: string): boolean {
  if (!LONE_SUBORDINATE.test(clause) || clause.includes(',')) return false;
  // One verb, the subordinate clause's own: "when the count began Reyes held a lead" holds the main one too.
  const tensed = wordLexicon().tensed;
  const verbs = clause.split(/\s+/).filter((word) => tensed.has(word) || isEdWord(word));
  return verbs.length <= 1;
}
const LONE_SUBORDINATE =
  /^(?:when|whenever|after|before|while|if|because|since|although|though|once|until|as)\s/i;
