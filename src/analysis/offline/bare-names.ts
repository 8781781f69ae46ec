// Which bare names are people: a single word that speaks ("Clinton said"), and a rare given name before a
// surname the story gives a person ("Rakeyia Scott" beside Keith Lamont Scott). The registry asks these after
// sorting runs; without them "she said" could reach no one in stories that name people by surname alone.
import { wordLexicon } from './compromise-lexicon.ts';
import type { Entity } from './entities.ts';
import { type EntityIndex, namedWithSurname, startsBodyName } from './entity-index.ts';
import {
  AUXILIARIES,
  CUE_VERBS,
  ORG_HEADS,
  PARTY_MEMBERS,
  PLACE_HEADS,
  PLACE_PREPOSITIONS,
  TITLE_WORDS,
} from './lexicon.ts';
import type { Run } from './name-runs.ts';
import { isKnownGivenName } from './person-name-check.ts';
import { spaceWords } from './space-words.ts';
import { isGroupPlural, isPersonNoun } from './speaker-like.ts';
import { lastWord } from './surname.ts';
import { isPastForm, isTensedWord } from './tensed-word.ts';
import { fold, isWord, lowerCase, lowerOf, stripPossessive, type Token } from './tokens.ts';
import { beforeState } from './town-before-state.ts';
import { isUpperCase } from './upper-case.ts';

/**
 * "Clinton said" in a story that never gives her first name: a single word that speaks, and is no place,
 * body, short name of a body or acronym, is a person's surname. Without this, "she said" two sentences on could not find her.
 */
export function speaksAsSurname(run: Run, token: Token, entities: EntityIndex): boolean {
  // "a woman named Carla": whether she speaks or not, the story names someone by her given name.
  if (introducedByGivenName(run, token)) return true;
  // "said Clinton." yes; "said Concord resident Whit Symms" no: there the word only describes the speaker.
  // Asked first: every test after it only turns the word down, and most words say nothing.
  const saidBefore = saidBeforeRun(run) && !isWord(run.sentenceTokens[run.at + 1]);
  if (!saidBefore && !speaksNext(run.sentenceTokens, run.at + 1)) return false;
  if (beforeState(run)) return false;
  const word = stripPossessive(token.text);
  if (word !== token.text || isUpperCase(word)) return false;
  const key = lowerCase(word);
  // "Brennock said" after "Brennock Polymers": the company, short.
  if (startsBodyName(entities, fold(word))) return false;
  const lexicon = wordLexicon();
  if (lexicon.places.has(key) || lexicon.notNouns.has(key) || ORG_HEADS.has(key) || PLACE_HEADS.has(key)) {
    return false;
  }
  // "Democrats said", "Officials say": a group speaks, and a later "he" must not find it as a man; "the
  // board's senior Democrat said" describes a member, and the party's word is no surname.
  if (isGroupPlural(key) || PARTY_MEMBERS.has(key)) return false;
  // "Officials in Korvin said": after a preposition of place the word is where the speakers are.
  return !PLACE_PREPOSITIONS.has(lowerOf(run.sentenceTokens[run.at - 1]));
}

/**
 * "a woman named Carla", "who gave only his first name, Pavel,": a given name the story introduces someone by is
 * that person, the one a later "she said" or "he said" means (left a word of no kind, the pronoun went on to a
 * senator the voter had only mentioned: an editor's read).
 */
function introducedByGivenName(run: Run, token: Token): boolean {
  const tokens = run.sentenceTokens;
  const before = lowerOf(tokens[run.at - 1]);
  // Only a person's noun before "named" ("a resident named Carla"; "the storm, named Carla" is no one).
  const named = (before === 'named' || before === 'called') && isPersonNoun(lowerOf(tokens[run.at - 2]));
  const firstName = before === ',' && lowerOf(tokens[run.at - 2]) === 'name';
  return (
    (named || firstName) && isKnownGivenName(token.text) && newcomerSpeaks(tokens, run.at - 2, firstName)
  );
}

/**
 * The one introduced is one who speaks: someone who names herself ("identified herself as a resident named
 * Carla"), or the subject of a sentence that reports her words ("A woman named Carla said …", "A man who gave only
 * his first name, Pavel, said"). Not an object ("she met a girl named Carla"), nor a subject who only acts ("A
 * worker named Jack showed him the line. He said …": the governor's words), whom a later "he said" rarely means.
 */
function newcomerSpeaks(tokens: Token[], noun: number, firstName: boolean): boolean {
  // "identified herself (to the Courier) as …".
  for (let k = 0; k < noun; k++)
    if (SELF_WORDS.has(lowerOf(tokens[k])) && tokens.slice(k + 1, k + 5).some((t) => lowerOf(t) === 'as'))
      return true;
  for (let k = 0; k < noun; k++) {
    // "A man who gave only his first name, Pavel,": the newcomer's own clause; not "The officer who shot a man
    // named Jack", nor "Reyes, who runs the bakery, employs a baker named Jack".
    if (lowerOf(tokens[k]) === 'who') {
      if (firstName && isPersonNoun(lowerOf(tokens[k - 1]))) break;
      return false;
    }
    if (isTensedWord(tokens[k]) || isPastForm(tokens[k])) return false;
  }
  return tokens.some((token, k) => k > noun && CUE_VERBS.has(lowerOf(token)));
}
const SELF_WORDS = new Set(['herself', 'himself', 'themselves']);

/**
 * "Rakeyia Scott" in a story about Keith Lamont Scott: a two- or three-word name whose given name no
 * lexicon knows, ending in the surname of a person the story names, is that person's family member.
 */
export function joinFamilies(index: EntityIndex): void {
  const entities = index.list;
  const lexicon = wordLexicon();
  // Each surname's answer kept for the call: a long article may name many places sharing a last word.
  const asked = new Map<string, boolean>();
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as Entity;
    if (entity.kind !== 'other') continue;
    const words = spaceWords(entity.name);
    if (words.length < 2 || words.length > 3) continue;
    const surname = fold(lastWord(entity.name));
    let known = asked.get(surname);
    if (known === undefined) {
      known = surnameOfPerson(index, surname);
      asked.set(surname, known);
    }
    if (!known) continue;
    const first = lowerCase(words[0] as string);
    if (lexicon.places.has(first) || lexicon.notNouns.has(first) || TITLE_WORDS.has(first)) continue;
    entity.kind = 'person';
  }
}

/**
 * Whether a person named in more than one word has this surname: read from the index's surname lists, where
 * a set of every such person's folded surname was made for each article, for the one or two names asking.
 * (One joining here leaves the answer as it was: it joins only where a person already has the surname.)
 */
function surnameOfPerson(index: EntityIndex, surname: string): boolean {
  const namesakes = namedWithSurname(index, surname);
  for (let i = 0; i < namesakes.length; i++) if ((namesakes[i] as Entity).kind === 'person') return true;
  return false;
}

/** A verb of saying after a name (over auxiliaries): "Vasko said", "Vasko has said". */
export function speaksNext(tokens: Token[], i: number): boolean {
  let j = i;
  while (tokens[j] && AUXILIARIES.has(lowerOf(tokens[j]))) j++;
  const verb = lowerOf(tokens[j]);
  // A finite verb: "on Facebook writing, “…”" is no sign that Facebook speaks.
  return CUE_VERBS.has(verb) && !verb.endsWith('ing');
}

/** "said" right before the run (a run at the sentence's start has nothing there: no -1 index is read). */
export function saidBeforeRun(run: Run): boolean {
  return run.at > 0 && lowerOf(run.sentenceTokens[run.at - 1]) === 'said';
}

/**
 * ", who" right after the name, as its subject: "Sandy Phillips, who lost her daughter, said …" names a person.
 * Not after a preposition ("the opposition leader in North Westfall, who …" is the leader) nor before another
 * subject ("Megyn Kelly, who he claims …").
 */
export function whoFollows(tokens: Token[], at: number, i: number): boolean {
  if (tokens[i]?.text !== ',' || lowerOf(tokens[i + 1]) !== 'who') return false;
  return !PREPOSITIONS.has(lowerOf(tokens[at - 1])) && !SUBJECT_PRONOUNS.has(lowerOf(tokens[i + 2]));
}

const PREPOSITIONS = new Set('in of at from for with on by to about against into across near'.split(' '));
const SUBJECT_PRONOUNS = new Set('he she they we i you it'.split(' '));
