// A person's gender, for "he" and "she" to find them: by role ("chairwoman", "Mrs."), else by given name. A
// name common for both sexes is no guide: "Sen. Lindsey Graham announced that he would introduce a bill …, a
// change he has backed for years" is a man, and read as a woman, every "he said" after him skipped him for
// the last man named before. For such a name the article's pronouns decide: the pronoun that first follows the
// name in its sentence, with no other person named between, votes, and two votes with none against are
// needed. ("Brandt said he would resign" is as often about someone else, so votes never overrule a name that
// is no such guess.)
import type { Entity, Mention } from './entities.ts';
import { genderOfGivenName } from './first-names.ts';
import { personNameGender } from './person-name-check.ts';
import { personGender } from './role-gender.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { spaceWords } from './space-words.ts';
import { lowerOf } from './tokens.ts';

/** Each person's gender, unless one is already known (kin words): by role, else by given name and pronouns. */
export function assignGenders(model: TextModel, entities: Entity[], mentions: Mention[]): void {
  // The pronouns are counted only for an article that names someone by such a name: most name no one.
  let voted: Map<Entity, 'm' | 'f'> | undefined;
  for (let e = 0; e < entities.length; e++) {
    const entity = entities[e] as Entity;
    if (entity.kind !== 'person' || entity.gender) continue;
    let given = givenNameGender(entity.name);
    // A name given to boys and girls alike tells nothing: the pronouns do, or nothing does.
    if (given === null && isUnisex(entity.name)) {
      voted ??= pronounGenders(model, mentions);
      given = voted.get(entity) ?? null;
    }
    entity.gender = personGender(entity.role, given);
  }
}

/** The gender a person's role or given name gives, or null. */
export function genderOf(entity: Entity): 'm' | 'f' | null {
  return personGender(entity.role, givenNameGender(entity.name));
}

/** The gender the given name tells, or null: none for a name given to both sexes. */
function givenNameGender(name: string): 'm' | 'f' | null {
  if (isUnisex(name)) return null;
  return genderOfGivenName(spaceWords(name)[0] ?? '') ?? personNameGender(name);
}

function isUnisex(name: string): boolean {
  return UNISEX.has((spaceWords(name)[0] ?? '').toLowerCase());
}

export const PRONOUN_GENDER = new Map<string, 'm' | 'f'>([
  ['he', 'm'],
  ['him', 'm'],
  ['his', 'm'],
  ['himself', 'm'],
  ['she', 'f'],
  ['her', 'f'],
  ['hers', 'f'],
  ['herself', 'f'],
]);

/** Given names common for both sexes in English-language news. */
const UNISEX = new Set(
  `lindsey lindsay leslie lesley kelly kelley jesse jessie dana robin jamie taylor morgan casey jordan kim pat
  terry tracy tracey kerry shannon stacy lynn marion jody sandy carey alexis avery riley cameron blair kendall
  hilary jan lee billie`.split(/\s+/),
);

interface Votes {
  m: number;
  f: number;
}

/** The gender the article's own pronouns give each person who has votes; see above. */
function pronounGenders(model: TextModel, mentions: Mention[]): Map<Entity, 'm' | 'f'> {
  const votes = new Map<Entity, Votes>();
  for (let k = 0; k < mentions.length; k++) {
    const mention = mentions[k] as Mention;
    if (mention.entity.kind !== 'person') continue;
    const next = nextPersonIn(mentions, k);
    const gender = firstPronounAfter(model.sentences[mention.sentence] as Sentence, mention.end, next);
    if (gender === null) continue;
    let tally = votes.get(mention.entity);
    if (tally === undefined) {
      tally = { m: 0, f: 0 };
      votes.set(mention.entity, tally);
    }
    tally[gender]++;
  }
  const genders = new Map<Entity, 'm' | 'f'>();
  votes.forEach((tally, entity) => {
    if (tally.m >= 2 && tally.f === 0) genders.set(entity, 'm');
    else if (tally.f >= 2 && tally.m === 0) genders.set(entity, 'f');
  });
  return genders;
}

/** Where the next person is named in the same sentence, or Infinity. */
function nextPersonIn(mentions: Mention[], k: number): number {
  const mention = mentions[k] as Mention;
  for (let n = k + 1; n < mentions.length; n++) {
    const next = mentions[n] as Mention;
    if (next.sentence !== mention.sentence) break;
    if (next.entity.kind === 'person' && next.entity !== mention.entity) return next.start;
  }
  return Number.POSITIVE_INFINITY;
}

function firstPronounAfter(sentence: Sentence, from: number, before: number): 'm' | 'f' | null {
  for (const token of sentence.tokens) {
    if (token.start < from) continue;
    if (token.start >= before) return null;
    const gender = PRONOUN_GENDER.get(lowerOf(token));
    if (gender !== undefined) return gender;
  }
  return null;
}

/** The other sex: what a "he" or a "she" rules out. */
export function opposite(gender: 'm' | 'f'): 'm' | 'f' {
  return gender === 'm' ? 'f' : 'm';
}
