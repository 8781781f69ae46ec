// "$5,104.50 at the Lakeview Pines Spa" against "a $5,014.50 weekend at the Lakeview Pines Spa": a sum given to the
// cent and tied to the same name is one expense, whatever verb carries it ("included", "spent", "paid for"). Sums
// in a story are many, so only a name of two or more capitalised words, within a few words after both, pairs them.
import type { Sighting } from './number-sightings.ts';

/** How many words after the figure the name may stand: "a $5,014.50 weekend at the Lakeview Pines Spa". */
const NAME_WITHIN = 8;
const CENTS = /\.\d\d$/;
const NAME = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}'’.-]*)+/gu;

export function sameNamedSum(a: Sighting, b: Sighting): boolean {
  if (!CENTS.test(a.figure.written) || !CENTS.test(b.figure.written)) return false;
  const names = namesAfter(a);
  return namesAfter(b).some((name) => names.includes(name));
}

function namesAfter(sighting: Sighting): string[] {
  const words = sighting.text
    .slice(sighting.figure.index)
    .split(/\s+/)
    .slice(1, NAME_WITHIN + 1);
  // One outlet's "Martha’s" is another's "Martha's".
  const after = words.join(' ').replaceAll('’', "'");
  return [...after.matchAll(NAME)].map((match) => match[0].replace(/[.,;:]+$/, ''));
}
