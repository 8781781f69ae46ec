// The people who share a surname, and which of them a bare surname ("Trump said") means.
import type { Entity, Mention } from './entities.ts';
import { genderOfGivenName } from './first-names.ts';
import { genderOf } from './person-gender.ts';
import { spaceWords } from './space-words.ts';
import { surnameKeys } from './surname.ts';
import { fold } from './tokens.ts';

/**
 * Per surname, its people in the order first named, with how often each is named: built once, where copying
 * the list for every mention and rescanning it for every bare surname grew with the square of the article
 * (2 MB bench article: buildRegistry's namesake step ~30 ms a run, and growing faster than the text).
 */
export function namesakesBySurname(mentions: Mention[]): Map<string, Namesake[]> {
  const bySurname = new Map<string, Namesake[]>();
  const surnameKey = surnameKeys();
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.entity.kind !== 'person') continue;
    const key = surnameKey(mention.entity.name);
    countNamesake(bySurname, key, mention);
  }
  addFirstSurnames(mentions, bySurname);
  return bySurname;
}

/**
 * "Miguel Ruiz Ortega … Ruiz took over": a Spanish name's first surname stands alone for the person as the
 * last word does. The word before the last, in a name of three or more, capitalised and no given name, is a
 * surname key too where no one's last word is already that key. Only that word: "Aaron Klein Investigative
 * Radio", a show read as a name, must not make "Klein" the show.
 */
function addFirstSurnames(mentions: Mention[], bySurname: Map<string, Namesake[]>): void {
  const added = new Map<string, Namesake[]>();
  for (let m = 0; m < mentions.length; m++) {
    const mention = mentions[m] as Mention;
    if (mention.entity.kind !== 'person') continue;
    const words = spaceWords(mention.entity.name);
    if (words.length < 3) continue;
    const word = words[words.length - 2] as string;
    if (!/^\p{Lu}\p{Ll}/u.test(word) || genderOfGivenName(word) !== null) continue;
    const key = fold(word);
    if (bySurname.has(key)) continue;
    countNamesake(added, key, mention);
  }
  for (const [key, people] of added) bySurname.set(key, people);
}

/** One more mention of its person under `key`: the person added at their first, counted after. */
function countNamesake(byKey: Map<string, Namesake[]>, key: string, mention: Mention): void {
  let people = byKey.get(key);
  if (people === undefined) {
    people = [];
    byKey.set(key, people);
  }
  const known = namesakeOf(people, mention.entity);
  if (known) known.count++;
  else people.push({ entity: mention.entity, firstStart: mention.start, count: 1 });
}

function namesakeOf(people: Namesake[], entity: Entity): Namesake | undefined {
  for (let p = 0; p < people.length; p++) if ((people[p] as Namesake).entity === entity) return people[p];
  return undefined;
}

/**
 * "Trump said" in a story that also names Melania and Ivanka Trump, "Jackson" in one about a congressman
 * and his father: a bare surname means the family member the story is about, the one named most often (the
 * first named on a tie), among those named before it; not merely the last one named. Where the story's
 * pronouns say which gender the bare surname is (bare-surname-gender.ts), a namesake of the other is passed over.
 */
export function mainNamesake(people: Namesake[], at: number, gender?: 'm' | 'f'): Entity | undefined {
  const kin = introducedAsKin(people, at, gender);
  if (kin) return kin;
  // Mentions come in text order, so a person is named before `at` exactly when first named before it.
  let best: Namesake | undefined;
  for (const namesake of people)
    if (
      namesake.firstStart < at &&
      fits(namesake, gender) &&
      (best === undefined || namesake.count > best.count)
    )
      best = namesake;
  // None named before it: the pool is all of them.
  if (best === undefined)
    for (const namesake of people)
      if (fits(namesake, gender) && (best === undefined || namesake.count > best.count)) best = namesake;
  return best?.entity;
}

/**
 * "Patricia Reyes, mother of the victim Sean Reyes, said …", then "Reyes said": the last namesake named before
 * `at`, whose role names another of them as kin who died ("mother of the slain …"), is the one the story has
 * turned to: the dead say nothing. Not "Melania Vance, wife of Donald Vance", after whom "Vance said" is as
 * likely the husband the story is about (the namesake named most often, below).
 */
function introducedAsKin(people: Namesake[], at: number, gender: 'm' | 'f' | undefined): Entity | undefined {
  let last: Namesake | undefined;
  for (const namesake of people)
    if (namesake.firstStart < at && (!last || namesake.firstStart > last.firstStart)) last = namesake;
  const role = last?.entity.role;
  if (!last || !role || !fits(last, gender) || !KIN_OF.test(role) || !DIED.test(role)) return undefined;
  return people.some((other) => other !== last && role.includes(other.entity.name)) ? last.entity : undefined;
}
const DIED = /\b(?:victim|late|slain|killed|fallen|deceased|murdered|dead|drowned)\b/i;
const KIN_OF =
  /\b(?:mother|father|wife|husband|son|daughter|brother|sister|widow|widower|grandmother|grandfather|aunt|uncle|cousin)\s+of\b/i;

function fits(namesake: Namesake, gender: 'm' | 'f' | undefined): boolean {
  return gender === undefined || genderNow(namesake.entity) !== (gender === 'm' ? 'f' : 'm');
}

/** The gender known so far: set by a title or a kin word, else the role's or the given name's. */
function genderNow(entity: Entity): 'm' | 'f' | null {
  return entity.gender ?? genderOf(entity);
}

/** The surnames shared by a man and a woman: the only ones whose bare mentions' pronouns are asked. */
export function mixedSurnames(bySurname: Map<string, Namesake[]>): Set<string> {
  const mixed = new Set<string>();
  bySurname.forEach((people, surname) => {
    if (people.length < 2) return;
    let men = false;
    let women = false;
    for (const namesake of people) {
      const gender = genderNow(namesake.entity);
      if (gender === 'm') men = true;
      else if (gender === 'f') women = true;
    }
    if (men && women) mixed.add(surname);
  });
  return mixed;
}

/** A person sharing a surname: when first named, and how often. */
export interface Namesake {
  entity: Entity;
  firstStart: number;
  count: number;
}
