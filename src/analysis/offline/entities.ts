// The people and bodies an article names, with every place it names them (outside quotes). A run of capitalised
// words is split into a title and a name ("Deputy Defence Minister" + "Petra Halloran"), then sorted: a body
// when its head word says so ("Health Ministry"; not "Richard Cross", surname-head.ts), a person when something
// marks it as one (a title, a role, a known given name, a speech verb), otherwise "other" (places, single words
// such as "Nordnett"). Surname-only mentions ("Vasko said") join the person last named with that surname.
import { appositionRole } from './apposition-role.ts';
import { joinFamilies, saidBeforeRun, speaksAsSurname, speaksNext, whoFollows } from './bare-names.ts';
import { bareSurnameGenders } from './bare-surname-gender.ts';
import { titledNameAfterBody } from './body-titled-name.ts';
import { wordLexicon } from './compromise-lexicon.ts';
import { createEntityIndex, type EntityIndex, findOrAdd, namedWithSurname } from './entity-index.ts';
import { genderOfGivenName } from './first-names.ts';
import { kinApposition, kinFullName } from './kin-apposition.ts';
import {
  BODY_NOUNS,
  GENDERED_ROLES,
  ORG_HEADS,
  PARTY_MEMBERS,
  PLACE_HEADS,
  TITLE_TAILS,
  TITLE_WORDS,
} from './lexicon.ts';
import { mergeByStart } from './mention-order.ts';
import { isLoneMonth } from './month-name.ts';
import { singleWordName } from './name-dots.ts';
import { isModifiedNoun } from './name-modifier.ts';
import { findRuns, type Run } from './name-runs.ts';
import { mainNamesake, mixedSurnames, namesakesBySurname } from './namesakes.ts';
import { afterPartOfBody } from './part-of-body.ts';
import { opensOnPastTense } from './past-tense-opening.ts';
import { assignGenders, genderOf, opposite } from './person-gender.ts';
import { givenNameAt, isPersonName } from './person-name-check.ts';
import { rolePrefix } from './roles.ts';
import type { TextModel } from './sentences.ts';
import { sharedSurnameName } from './shared-surname.ts';
import { bareSurnameHead, personDespiteHead } from './surname-head.ts';
import { titleRole } from './title-role.ts';
import { joinTitledSurnames } from './titled-surname.ts';
import { fold, lowerOf, sliceWithoutPossessive, stripPossessive, type Token } from './tokens.ts';
import { personsNamedBySurname } from './unlisted-given-name.ts';

export type EntityKind = 'person' | 'body' | 'other';

export { mentionAt } from './mention-at.ts';

export interface Entity {
  kind: EntityKind;
  /** The fullest spelling the text uses, without titles: "Khaled al-Mansouri", "Lestria’s Health Ministry". */
  name: string;
  role: string | null;
  gender: 'm' | 'f' | null;
}

export interface Mention {
  entity: Entity;
  start: number;
  end: number;
  role: string | null;
  /** Index of the sentence in TextModel.sentences. */
  sentence: number;
}

export interface Registry {
  entities: Entity[];
  /** In text order. */
  mentions: Mention[];
}

const NAME_PREFIX_PLACES = new Set([
  'river',
  'lake',
  'mount',
  'port',
  'fort',
  'cape',
  'storm',
  'hurricane',
  'operation',
]);

export function buildRegistry(model: TextModel): Registry {
  const runs: Run[] = [];
  for (let index = 0; index < model.sentences.length; index++) findRuns(model, index, runs);
  const index = createEntityIndex();
  const entities = index.list;
  const mentions: Mention[] = [];
  const singles: Run[] = [];
  // "Ada and Tomas Brenner": Ada is Ada Brenner, a namesake of Tomas from the start (shared-surname.ts), read as
  // soon as Tomas is, so that "President Brenner" further on meets both namesakes, not Tomas alone. (Tomas is a
  // person from his own mention on: shared-surname.ts asks that his name open with a known given name.)
  const shared: Mention[] = [];
  // Indexed loops throughout: no iterator object for each run, mention or entity.
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r] as Run;
    const found = classifyRun(model.text, run, index);
    if (found === 'single') singles.push(run);
    else if (found) {
      mentions.push(found);
      const previous = singles[singles.length - 1];
      const name =
        previous && previous.sentence === run.sentence ? sharedSurnameName(previous, [found]) : null;
      if (previous && name !== null) {
        const token = previous.tokens[0] as Token;
        shared.push(
          mention(findOrAdd(index, 'person', name), token.start, token.end, null, previous.sentence),
        );
        singles.pop();
      }
      // An entity's role is its first mention's, known from that mention on: "Mr. Vance" after "the governor's
      // daughter Ada Vance" is told by her role that she is not the one the honorific names.
      if (!found.entity.role && found.role) found.entity.role = found.role;
    }
  }
  const named = shared.length > 0 ? mergeByStart(mentions, shared) : mentions;
  personsNamedBySurname(model.text, named, singles);
  // Second pass: one-word mentions are surnames of people named elsewhere, or bodies and places.
  const bySurname = namesakesBySurname(named);
  const bareGenders = bareSurnameGenders(singles, mixedSurnames(bySurname));
  const bare: Mention[] = [];
  for (let r = 0; r < singles.length; r++) {
    const run = singles[r] as Run;
    const token = run.tokens[0] as Token;
    const people = bySurname.get(fold(token.text));
    if (!people && isLoneMonth(token)) continue;
    const kin = people ? undefined : kinApposition(run);
    // The kind is asked only of a word that joins no namesake: most are surnames of people named in full.
    const entity =
      (people && mainNamesake(people, token.start, bareGenders.get(fold(token.text)))) ??
      findOrAdd(
        index,
        kin || speaksAsSurname(run, token, index) ? 'person' : 'other',
        (kin && kinFullName(run)) || singleWordName(model.text, token),
      );
    if (kin && !entity.gender) entity.gender = kin;
    bare.push({ entity, start: token.start, end: token.end, role: null, sentence: run.sentence });
  }
  const all = mergeByStart(named, bare);
  joinTitledSurnames(entities, all);
  joinFamilies(index);
  assignGenders(model, entities, all);
  return { entities, mentions: all };
}

function classifyRun(text: string, run: Run, entities: EntityIndex): Mention | 'single' | null {
  const tokens = run.tokens;
  const first = tokens[0] as Token;
  const last = tokens[tokens.length - 1] as Token;
  // The head of "Bank of Norland" is "Bank"; of "Health Ministry", "Ministry".
  const of = ofAt(tokens);
  const headWord = lowerOf(of > 0 ? tokens[of - 1] : last);
  // Asked only of a body's or a place's head word: most runs are neither.
  const surname = () => personDespiteHead(run) || bareSurnameHead(run) || titledNameAfterBody(tokens, of);
  if (ORG_HEADS.has(headWord) && !TITLE_WORDS.has(headWord) && !surname()) {
    const spelled = sliceWithoutPossessive(text, first.start, last.end);
    return mention(findOrAdd(entities, 'body', spelled), first.start, last.end, null, run.sentence);
  }
  if ((PLACE_HEADS.has(headWord) && !surname()) || NAME_PREFIX_PLACES.has(lowerOf(first))) {
    const spelled = sliceWithoutPossessive(text, first.start, last.end);
    return mention(findOrAdd(entities, 'other', spelled), first.start, last.end, null, run.sentence);
  }
  // Titles run up to the last title word that still leaves a name: "Deputy Defence Minister | Petra Halloran".
  let split = -1;
  for (let i = 0; i < tokens.length - 1; i++) if (TITLE_WORDS.has(lowerOf(tokens[i]))) split = i;
  // Read only below: the run's own list when there is no title to cut off.
  const nameTokens = split < 0 ? tokens : tokens.slice(split + 1);
  const nameFirst = nameTokens[0] as Token;
  const title = split >= 0 ? text.slice(first.start, (tokens[split] as Token).end) : null;
  const nameAt = run.at + split + 1;
  const role = title === null ? null : titleRole(text, run, (tokens[split] as Token).end);
  const local =
    role ??
    (title === null ? rolePrefix(run.sentenceTokens, run.at, text) : null) ??
    appositionRole(text, run.sentenceTokens, nameAt + nameTokens.length - 1, run.at);
  // "the General Assembly", "the Chief Council": a title word before a body's noun names no person.
  if (nameTokens.length === 1 && title && isBodyNoun(lowerOf(nameFirst))) {
    const spelled = sliceWithoutPossessive(text, first.start, last.end);
    return mention(findOrAdd(entities, 'body', spelled), first.start, last.end, null, run.sentence);
  }
  if (nameTokens.length === 1)
    return title ? surnameWithTitle(run, nameFirst, title, role, entities) : 'single';
  // "a North Carolina Republican", "the Virginia Democrat": a place and a party describe, they name no one
  // (though "Carolina" and "Virginia" are given names).
  if (PARTY_MEMBERS.has(lowerOf(last))) {
    const spelled = sliceWithoutPossessive(text, first.start, last.end);
    return mention(findOrAdd(entities, 'other', spelled), first.start, last.end, null, run.sentence);
  }
  // "(Speaker of the) House Newt Gingrich": a capitalised word before a given name is not part of the name.
  const given = nameTokens.length >= 3 ? givenNameAt(nameTokens.map((t) => t.text)) : 0;
  if (given > 0 && given < nameTokens.length - 1) {
    return classifyRun(text, runOf(run, nameTokens.slice(given), nameAt + given), entities);
  }
  // "(Speaker of the) House Newt Gingrich": the end of a title that ran on into the name; a past tense too.
  if ((nameTokens.length >= 3 && TITLE_TAILS.has(lowerOf(nameFirst))) || opensOnPastTense(nameTokens)) {
    return classifyRun(text, runOf(run, nameTokens.slice(1), nameAt + 1), entities);
  }
  if (nameTokens.length > 4) return null;
  // "Jesse Vance Jr." keeps the dot of its suffix: the tokens end the name at "Jr".
  const suffixDot = SUFFIX_WITH_DOT.test(last.text) && text.charCodeAt(last.end) === 46 ? 1 : 0;
  const name = sliceWithoutPossessive(text, nameFirst.start, last.end + suffixDot);
  // "the progressive Resist Vance movement": a name opening on a verb ("Resist", "Stop", "Dump") before a noun it
  // describes names the movement, not a person, and a later bare "Vance" is not its surname (an editor's read).
  const after = run.sentenceTokens[nameAt + nameTokens.length];
  const firstWord = lowerOf(nameFirst);
  // The verb first: few names open on one, and the noun after is asked only of those.
  if (title === null && after && wordLexicon().verbs.has(firstWord) && /^\p{Ll}/u.test(after.text)) {
    if (isModifiedNoun(after.text) && !wordLexicon().given.has(firstWord))
      return mention(findOrAdd(entities, 'other', name), nameFirst.start, last.end, null, run.sentence);
  }
  // "a nurse from Aiken, South Carolina, said": a place the lexicon knows, after a town and its comma, is the
  // town's state, never a person before a verb of saying ("Carolina" and "Virginia" are given names too).
  if (title === null && nameTokens.length > 1 && afterTownComma(run) && wordLexicon().places.has(fold(name)))
    return mention(findOrAdd(entities, 'other', name), nameFirst.start, last.end, null, run.sentence);
  const looksPerson =
    title !== null ||
    local !== null ||
    genderOfGivenName(nameFirst.text) !== null ||
    speaksNext(run.sentenceTokens, nameAt + nameTokens.length) ||
    whoFollows(run.sentenceTokens, run.at, nameAt + nameTokens.length) ||
    saidBeforeRun(run) ||
    isAge(run.sentenceTokens, nameAt + nameTokens.length) ||
    INITIAL_FIRST.test(name);
  // "their father, former Governor Dick Vance,": the kin word is a person's, and its gender (kin-apposition.ts).
  const kin = kinApposition(run, split >= 0);
  const person = kin || looksPerson || isPersonName(name) ? 'person' : 'other';
  const kind = afterPartOfBody(run.sentenceTokens, nameAt) ? 'body' : person;
  const entity = findOrAdd(entities, kind, name);
  if (kin && !entity.gender && entity.kind === 'person') entity.gender = kin;
  return mention(entity, nameFirst.start, last.end, kind === 'body' ? null : local, run.sentence);
}

/** "Aiken, | South Carolina": the run follows a capitalised word and a comma. */
function afterTownComma(run: Run): boolean {
  const before = run.sentenceTokens[run.at - 2];
  return run.sentenceTokens[run.at - 1]?.text === ',' && /^\p{Lu}/u.test(before?.text ?? '');
}

function isBodyNoun(word: string): boolean {
  return TITLE_TAILS.has(word) || BODY_NOUNS.has(word);
}

/** Index of the first "of" or "for" after the run's first word, or 0 when there is none. */
function ofAt(tokens: Token[]): number {
  for (let i = 1; i < tokens.length; i++) {
    const word = (tokens[i] as Token).text;
    if (word === 'of' || word === 'for' || word === 'on') return i;
  }
  return 0;
}

/** The same run, cut down to `tokens` starting at sentence token `at`. */
function runOf(run: Run, tokens: Token[], at: number): Run {
  return { tokens, at, sentence: run.sentence, sentenceTokens: run.sentenceTokens };
}

function surnameWithTitle(
  run: Run,
  token: Token,
  title: string,
  role: string | null,
  entities: EntityIndex,
): Mention {
  const surname = fold(token.text);
  // "Dr Whittaker said" proves that the "Naomi Whittaker" named earlier is a person.
  // "Mr. Vance" after "Ada Vance" and "George Vance": the one whose gender fits the honorific.
  const gender = GENDERED_ROLES[title.toLowerCase().replace(/\.$/, '')] ?? null;
  // Not a "Jr." or "III" when the story already has a person by the bare surname: "Mr. Vance" after "President
  // Vance" and "George Vance Jr." is the president, whom the story calls so; the son keeps his suffix.
  const bare = entities.byKey.get(surname)?.kind === 'person';
  const sameName = namedWithSurname(entities, surname).filter(
    (e) => e.kind !== 'body' && !(bare && GENERATION.test(e.name)),
  );
  // "President Obama" after "Malia and Sasha Obama": a title that tells no gender picks none of several namesakes.
  const named =
    sameName.find((e) => gender !== null && (e.gender ?? genderOf(e)) === gender) ??
    (gender === null && sameName.length > 1
      ? undefined
      : sameName.find((e) => gender === null || (e.gender ?? genderOf(e)) !== opposite(gender)));
  if (named) named.kind = 'person';
  const entity = named ?? findOrAdd(entities, 'person', stripPossessive(token.text));
  if (!entity.gender) entity.gender = gender;
  const honorific = /^(?:mr|mrs|ms|miss|dr)\.?$/i.test(title);
  return mention(entity, token.start, token.end, honorific ? null : role, run.sentence);
}

function isAge(tokens: Token[], i: number): boolean {
  return tokens[i]?.text === ',' && /^\d{1,3}$/.test(tokens[i + 1]?.text ?? '');
}

function mention(entity: Entity, start: number, end: number, role: string | null, sentence: number): Mention {
  return { entity, start, end, role, sentence };
}

const SUFFIX_WITH_DOT = /^(?:Jr|Sr)$/;
const GENERATION = /\s(?:Jr|Sr)\.?$|\s(?:II|III|IV)$/;

/** An initial, then a name: "R. Bram Varga". "U.S. Steel" has two letters before its dot, and no space. */
const INITIAL_FIRST = /^\p{Lu}\.\s\p{Lu}\p{Ll}+\s\p{Lu}/u;
