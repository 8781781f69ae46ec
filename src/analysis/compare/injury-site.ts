// Where the same person was hurt, told two ways: “Hale hurt his foot” against “Hale suffered a leg injury”.
// Read only from sentences that name one person of the story (a surname some source gives with a given
// name) and say an injury of one body part; parts that may name the same place ("hip" / "pelvis", "leg" /
// "knee") are no disagreement, and a source that names both parts for the person does not contradict either.
import type { Disagreement } from '../../types.ts';
import type { SourceText } from './name-variants.ts';
import { isCalendarWord } from './resolved-speaker.ts';

const INJURY = /\b(?:injur\w*|hurt|wound\w*|shot|broke|broken|fractur\w*|sprain\w*)\b/i;
/** Parts that one report may call by the other's name: a part and the larger part it lies in. */
const REGIONS: string[][] = [
  ['head', 'face', 'eye', 'skull', 'jaw', 'neck'],
  ['shoulder', 'arm', 'elbow', 'forearm', 'wrist'],
  ['wrist', 'hand', 'finger', 'thumb'],
  ['chest', 'back', 'torso', 'rib', 'ribs', 'abdomen', 'stomach'],
  ['abdomen', 'hip', 'pelvis', 'groin', 'buttock'],
  ['hip', 'leg', 'thigh', 'knee', 'calf', 'shin', 'ankle'],
  ['ankle', 'foot', 'toe', 'heel'],
];
const PARTS = new Set(REGIONS.flat());
/** "his foot", "a leg injury", "in the hip": a part the sentence says was hurt. */
const PART = new RegExp(`\\b(?:his|her|their|the|a|an|minor|serious)\\s+(${[...PARTS].join('|')})\\b`, 'gi');

interface Site {
  source: string;
  person: string;
  part: string;
  sentence: string;
}

export function findInjurySites(sources: SourceText[]): Disagreement[] {
  const surnames = surnamesOf(sources);
  const sites = sources.flatMap((source) => sitesOf(source, surnames));
  const out: Disagreement[] = [];
  const done = new Set<string>();
  for (const [i, a] of sites.entries()) {
    for (const b of sites.slice(i + 1)) {
      if (a.source === b.source || a.person !== b.person || done.has(a.person)) continue;
      if (!disjoint(a.part, b.part)) continue;
      const parts = (source: string) => sites.filter((s) => s.source === source && s.person === a.person);
      if (parts(a.source).some((s) => s.part === b.part) || parts(b.source).some((s) => s.part === a.part))
        continue;
      done.add(a.person);
      out.push({
        topic: `Where ${a.person} was hurt: ${a.part} or ${b.part}`,
        kind: 'other',
        severity: 'low',
        note: `${a.source} says the ${a.part}, ${b.source} the ${b.part}.`,
        versions: [a, b].map((s) => ({ source: s.source, text: s.sentence, ref: null })),
        foundBy: 'rule',
      });
    }
  }
  return out;
}

function disjoint(a: string, b: string): boolean {
  return a !== b && !REGIONS.some((region) => region.includes(a) && region.includes(b));
}

/** Surnames some source writes after a given name: the people of the story. */
function surnamesOf(sources: SourceText[]): Set<string> {
  const out = new Set<string>();
  for (const source of sources) {
    for (const m of source.text.matchAll(/(?=\b\p{Lu}\p{Ll}+\s+(?:\p{Lu}\.\s+)?(\p{Lu}\p{Ll}+)\b)/gu)) {
      // "Capitol Hill Wednesday" is a place and a day, not a person.
      if (!isCalendarWord(m[1] as string)) out.add(m[1] as string);
    }
  }
  return out;
}

function sitesOf(source: SourceText, surnames: Set<string>): Site[] {
  const out: Site[] = [];
  for (const sentence of source.text.split(/(?<=[.!?]["”]?)\s+(?=["“]?\p{Lu})|\n+/u)) {
    if (!INJURY.test(sentence)) continue;
    const people = new Set(
      [...sentence.matchAll(/\b\p{Lu}\p{Ll}+\b/gu)].map((m) => m[0]).filter((w) => surnames.has(w)),
    );
    const parts = new Set([...sentence.matchAll(PART)].map((m) => (m[1] as string).toLowerCase()));
    if (people.size !== 1 || parts.size !== 1) continue;
    out.push({
      source: source.sheet.id,
      person: [...people][0] as string,
      part: [...parts][0] as string,
      sentence,
    });
  }
  return out;
}
