// Flags names that two sources spell differently ("Khaled Mashaal" / "Khalid Meshaal").
// Only spellings that occur verbatim in each source's text are used, so every version shown is real.
import type { Disagreement, SourceSheet } from '../../types.ts';
import { foldCase, isSpellingVariant } from './text-similarity.ts';

export interface SourceText {
  sheet: SourceSheet;
  text: string;
}

/** Runs of two to four capitalised words: the shape of a person's or a place's name in English news. */
const NAME_RUN = /\b\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|bin\s|de\s|van\s|von\s)?\p{Lu}[\p{L}'’-]+){1,3}\b/gu;

export function findNameVariants(sources: SourceText[]): Disagreement[] {
  const names = sources.map((source) => ({ id: source.sheet.id, text: source.text, names: candidateNames(source) }));
  const found = new Map<string, Disagreement>();
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i] as (typeof names)[number];
      const b = names[j] as (typeof names)[number];
      for (const x of a.names) {
        for (const y of b.names) {
          if (!isNameVariant(x, y)) continue;
          // If each source also uses the other's spelling, the sources do not disagree.
          if (b.text.includes(x) || a.text.includes(y)) continue;
          const key = foldCase(x);
          const existing = found.get(key);
          if (existing) {
            if (!existing.versions.some((v) => v.source === b.id)) existing.versions.push({ source: b.id, text: y, ref: null });
            continue;
          }
          found.set(key, {
            topic: `Spelling of ${x}`,
            kind: 'name',
            severity: 'medium',
            note: `${a.id} spells it “${x}”, ${b.id} “${y}”.`,
            versions: [
              { source: a.id, text: x, ref: null },
              { source: b.id, text: y, ref: null },
            ],
            foundBy: 'rule',
          });
        }
      }
    }
  }
  return [...found.values()];
}

function candidateNames(source: SourceText): Set<string> {
  const names = new Set<string>();
  for (const match of source.text.matchAll(NAME_RUN)) names.add(match[0]);
  // Speakers and name facts as the engine wrote them count only where the source spells them that way.
  for (const quote of source.sheet.quotes) if (source.text.includes(quote.speaker)) names.add(quote.speaker);
  for (const fact of source.sheet.facts) {
    if (fact.kind === 'name' && fact.value && source.text.includes(fact.value)) names.add(fact.value);
  }
  return names;
}

/** Same number of words; every word equal or a spelling variant; at least one a real variant. */
function isNameVariant(x: string, y: string): boolean {
  const a = x.split(/\s+/);
  const b = y.split(/\s+/);
  if (a.length !== b.length) return false;
  let variants = 0;
  for (let k = 0; k < a.length; k++) {
    const p = a[k] as string;
    const q = b[k] as string;
    if (foldCase(p) === foldCase(q)) continue;
    if (!isSpellingVariant(p, q)) return false;
    variants++;
  }
  return variants > 0;
}
