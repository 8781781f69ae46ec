// A main clause whose subject is a relative known only by kinship ("My aunt has grown gentler, yet she
// still insists …"): the "she" after it is that relative, whom the story does not name, never a person named
// sentences before. The sheet names the relative by whose they are: "Vance’s mother", "the writer’s mother".
import type { Entity } from './entities.ts';
import { GENDERED_ROLES } from './lexicon.ts';
import type { ResolveContext } from './resolve-context.ts';
import { lastWord } from './surname.ts';
import { lowerCase } from './tokens.ts';

/** "My mother", "his older brother", then a lower-case word: the relative, then the verb. */
const KIN_SUBJECT =
  /^(\s*)([Mm]y|[Hh]is|[Hh]er|[Oo]ur|[Tt]heir|[Yy]our)\s+(?:(?:late|older|younger|elder|own)\s+)?(mother|father|wife|husband|son|daughter|brother|sister|grandmother|grandfather|aunt|uncle)\s+(?!(?:of|and|or)\b)\p{Ll}/u;

export interface KinSubject {
  at: number;
  gender: 'm' | 'f';
  owner: string;
  kin: string;
}

/** Where a main clause opens with a relative's kinship and its verb: where, the gender it states, and whose. */
export function kinSubjectAt(text: string, mainStart: number): KinSubject | null {
  const opening = KIN_SUBJECT.exec(text.slice(mainStart, mainStart + 60));
  if (!opening) return null;
  const kin = lowerCase(opening[3] as string);
  const gender = GENDERED_ROLES[kin];
  if (!gender) return null;
  return {
    at: mainStart + (opening[1] as string).length,
    gender,
    owner: lowerCase(opening[2] as string),
    kin,
  };
}

/**
 * How the sheet names the relative a "she" stands for: the writer's ("my", "our"), or the nearest man's or
 * woman's ("his", "her"), by surname. Null when no owner can be named ("their", "your", nobody before).
 */
function kinSpeaker(kin: KinSubject, ownerSurname: (gender: 'm' | 'f') => string | null): string | null {
  if (kin.owner === 'my' || kin.owner === 'our') return `the writer’s ${kin.kin}`;
  if (kin.owner !== 'his' && kin.owner !== 'her') return null;
  const owner = ownerSurname(kin.owner === 'his' ? 'm' : 'f');
  return owner ? `${owner}’s ${kin.kin}` : null;
}

/** The relative a "she" stands for when its own sentence or the one before opens on one ("My aunt …"). */
export function kinBefore(
  at: number,
  gender: 'm' | 'f',
  ctx: ResolveContext,
  nearestPerson: (at: number, gender: 'm' | 'f') => Entity | null,
): string | null {
  const here = ctx.sentenceOf(at);
  for (let sentence = here; sentence >= 0 && here - sentence <= 1; sentence--) {
    const kin = kinSubjectAt(ctx.text, ctx.mainClauseAt(sentence).start);
    if (kin && kin.gender === gender && kin.at < at)
      return kinSpeaker(kin, (g) => {
        const owner = nearestPerson(kin.at, g);
        return owner ? lastWord(owner.name) : null;
      });
  }
  return null;
}
