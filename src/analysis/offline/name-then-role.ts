// A name and its role, set off by commas, before a verb of saying, in the two layouts where the speaker
// rules used to credit a body the role mentions instead of the person:
//   "Ilse Brandt, the chief engineer at the Port of Lestria said" (the closing comma left out), and
//   "Tomas Reyes, the editor of the evening paper, the Lestria Courier, said" (the paper in apposition).
// And the subjects commas hide: a relative clause with names of its own ("Ada Brenner, whose firm,
// Harbourlight, builds ferries, said" is Brenner), "in what Ilse Brandt, a treasurer, called “…”", and the
// person opening a subordinate clause (", as Mrs. Brandt echoed him, saying …").
import { type Mention, mentionAt, type Registry } from './entities.ts';
import { BODY_NOUNS } from './lexicon.ts';
import { beforeCommonNoun } from './name-modifier.ts';
import { DETERMINERS } from './noun-phrase.ts';
import { headOf } from './phrase-head.ts';
import { isPersonNoun } from './speaker-like.ts';
import { isTensedWord } from './tensed-word.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

/** A comma within four tokens of `at`: "Brandt, the mayor said, …" sets the verb off as an aside. */
export function asideAfter(tokens: Token[], at: number): boolean {
  for (let k = at; k < at + 4 && k < tokens.length; k++) if (tokens[k]?.text === ',') return true;
  return false;
}

/** Articles and possessives: what opens a role ("the editor", "her lawyer"). */
export const ROLE_OPENERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their']);

/**
 * The person named alone before the comma at tokens[roleFrom − 1], when tokens[roleFrom..roleTo] is a role:
 * opened by an article and headed by a noun for a person ("the communications director for the party").
 */
export function namedBeforeRole(
  tokens: Token[],
  roleFrom: number,
  roleTo: number,
  lo: number,
  registry: Registry,
): Mention | null {
  if (roleFrom - 2 < lo || tokens[roleFrom - 1]?.text !== ',' || !ROLE_OPENERS.has(lowerOf(tokens[roleFrom])))
    return null;
  if (!isPersonNoun(headOf(tokens, roleFrom + 1, roleTo))) return null;
  // The chunk before the comma must be the name and nothing else: not "After meeting Ilse Brandt, the
  // mayor said", where the mayor speaks.
  const from = chunkStart(tokens, roleFrom - 2, lo);
  const person = mentionAt(registry, (tokens[from] as Token | undefined)?.start ?? -1);
  if (person?.entity.kind !== 'person') return null;
  return person.end >= (tokens[roleFrom - 2] as Token).end ? person : null;
}

/**
 * "Tomas Reyes, the editor of the paper, the Lestria Courier, said": a named body after a role is the role's
 * (the editor's paper); the name before the role speaks. `bodyFrom` is where the body's chunk starts.
 */
export function namedBeforeRoleOf(
  tokens: Token[],
  bodyFrom: number,
  lo: number,
  registry: Registry,
): Mention | null {
  if (tokens[bodyFrom - 1]?.text !== ',' || bodyFrom - 2 < lo) return null;
  return namedBeforeRole(tokens, chunkStart(tokens, bodyFrom - 2, lo), bodyFrom - 2, lo, registry);
}

/** A lower-case tensed verb among tokens[from..to]. */
export function holdsVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (isTensedWord(tokens[k])) return true;
  return false;
}

/**
 * The subject of a clause a comma chunk opens, whose verb comes after the commas: "in what Ilse Brandt, a
 * treasurer, called …", "when Mr. Reyes, who had lost the vote, called for …".
 */
export function chunkSubject(tokens: Token[], from: number, to: number, registry: Registry): Mention | null {
  return subjectOfWhat(tokens, from, to, registry) ?? subjectAfterSubordinator(tokens, from, registry);
}

/** The person right after "what" in tokens[from..to]: the subject of "in what Ilse Brandt, …, called". */
function subjectOfWhat(tokens: Token[], from: number, to: number, registry: Registry): Mention | null {
  for (let k = from; k < to; k++) {
    if (lowerOf(tokens[k]) !== 'what') continue;
    const person = mentionAt(registry, (tokens[k + 1] as Token).start);
    return person?.entity.kind === 'person' ? person : null;
  }
  return null;
}

/** Subordinators whose clause names its own subject next: "when Mr. Reyes …", ", as Mrs. Brandt echoed …". */
const SUBJECT_CLAUSE_OPENERS = new Set([
  'when',
  'while',
  'as',
  'after',
  'before',
  'because',
  'since',
  'though',
  'although',
]);

/** The person opening a subordinate clause, perhaps after an honorific: "when Mr. Reyes". */
function subjectAfterSubordinator(tokens: Token[], from: number, registry: Registry): Mention | null {
  if (!SUBJECT_CLAUSE_OPENERS.has(lowerOf(tokens[from]))) return null;
  for (let k = from + 1; k <= from + 3 && k < tokens.length; k++) {
    const person = mentionAt(registry, (tokens[k] as Token).start);
    // Not "when Reyes supporters shouted": the name describes the supporters.
    if (person) return person.entity.kind === 'person' && !beforeCommonNoun(tokens, person) ? person : null;
    if (!HONORIFIC_PARTS.has(lowerOf(tokens[k]))) return null;
  }
  return null;
}

/** The person opening the last subordinate clause in tokens(from..to): ", as Mrs. Brandt echoed him, …". */
export function subordinateSubject(
  tokens: Token[],
  from: number,
  to: number,
  registry: Registry,
): Mention | null {
  for (let k = to - 1; k > from; k--) {
    if (tokens[k - 1]?.text === ',' && SUBJECT_CLAUSE_OPENERS.has(lowerOf(tokens[k])))
      return subjectAfterSubordinator(tokens, k, registry);
  }
  return null;
}

const HONORIFIC_PARTS = new Set(['mr', 'mrs', 'ms', 'dr', '.']);

/** Where the comma-delimited chunk ending at `end` starts. */
function chunkStart(tokens: Token[], end: number, lo: number): number {
  let from = end;
  while (from - 1 >= lo && !CHUNK_STARTS.has((tokens[from - 1] as Token).text)) from--;
  return from;
}

const CHUNK_STARTS = new Set([',', '.', ';', ':', '"', '“', '”']);

const JOINED = new Set(['and', 'or']);
const RELATIVE_PRONOUNS = new Set(['who', 'whose', 'which']);

/**
 * The comma before a relative clause that runs up to the comma at `comma` ("…, whose firm, Harbourlight,
 * builds ferries, said"), or `comma` when the chunks before it open none. At most five chunks back. A
 * relative chunk with its own verb ended there: in "At the event, which was filmed, Brandt, smiling, says"
 * Brandt is the subject.
 */
export function beforeRelativeClause(tokens: Token[], comma: number, lo: number): number {
  let end = comma - 1;
  for (let chunks = 0; chunks < 5 && end >= lo; chunks++) {
    let from = end;
    while (from - 1 >= lo && tokens[from - 1]?.text !== ',') from--;
    if (RELATIVE_PRONOUNS.has(lowerOf(tokens[from])) && from - 1 > lo)
      return holdsVerb(tokens, from + 1, end) ? comma : from - 1;
    end = from - 2;
  }
  return comma;
}

/**
 * nameBeforeDescription (the description at tokens[from, to]); then, for ", who": in "The Gazette cited Mira
 * Holt, a law professor and director of the Lindqvist Center, who said", a description that names no person
 * itself describes the person just before its opening comma, whatever the clause around that name (here the
 * object of "cited"), never a body it ends with.
 */
export function nameBeforeWho(
  tokens: Token[],
  range: { from: number; to: number; lo: number },
  registry: Registry,
): Mention | null {
  const named = nameBeforeDescription(tokens, range.from, range.to, registry);
  // The relative pronoun stands after the description and its comma.
  if (named || lowerOf(tokens[range.to + 2]) !== 'who') return named;
  for (let t = range.from; t <= range.to; t++) {
    if (mentionAt(registry, (tokens[t] as Token).start)?.entity.kind === 'person') return null;
  }
  // The description's own chunk: the name stands before the comma that opens it.
  const comma = chunkStart(tokens, range.from, range.lo) - 1;
  const before = tokens[comma - 1];
  if (comma <= range.lo || tokens[comma]?.text !== ',' || !before) return null;
  const person = mentionAt(registry, before.start);
  return person?.entity.kind === 'person' && person.end === before.end ? person : null;
}

/**
 * "… close to Harbour Master Ada Brenner, a former senator, who has told aides …": the relative
 * clause's antecedent is the person the description stands beside, whatever the words before the name.
 */
export function nameBeforeDescription(
  tokens: Token[],
  from: number,
  to: number,
  registry: Registry,
): Mention | null {
  const head = headOf(tokens, from, to);
  // "a fishermen and dockers group": the description starts at the article before the words "and" joins.
  if (JOINED.has(lowerOf(tokens[from - 1]))) {
    let k = from - 2;
    while (k > from - 6 && /^\p{Ll}/u.test(tokens[k]?.text ?? '') && !DETERMINERS.has(lowerOf(tokens[k])))
      k--;
    if (DETERMINERS.has(lowerOf(tokens[k]))) from = k;
  }
  if (tokens[from - 1]?.text !== ',' || !DETERMINERS.has(lowerOf(tokens[from]))) return null;
  // "the Harbour League, a dockers group, which said …": a body described by a noun for bodies.
  if (BODY_NOUNS.has(head)) {
    const body = tokens[from - 2] ? mentionAt(registry, (tokens[from - 2] as Token).start) : undefined;
    return body !== undefined && body.entity.kind !== 'person' && body.end === tokens[from - 2]?.end
      ? body
      : null;
  }
  if (!isPersonNoun(head)) return null;
  const person = (at: number) => {
    const name = tokens[at];
    const mention = name ? mentionAt(registry, name.start) : undefined;
    return mention?.entity.kind === 'person' && mention.end === name?.end ? mention : null;
  };
  // "Gov. Tomas Reyes of Korvin, a leading contender, who …": the name before its home.
  let home = from - 2;
  while (home > from - 5 && isCapitalised(tokens[home]?.text ?? '')) home--;
  return person(from - 2) ?? (home < from - 2 && lowerOf(tokens[home]) === 'of' ? person(home - 1) : null);
}
