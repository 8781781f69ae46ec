// Flags names that sources spell differently ("Mirela Dragomir" / "Mirela Dragomyr"): one item per spelling
// difference, with each source's own spelling. Only spellings found verbatim in a source's text are used.
import type { Disagreement, SourceSheet } from '../../types.ts';
import { foldCase, isSpellingVariant } from './text-similarity.ts';

export interface SourceText {
  sheet: SourceSheet;
  text: string;
}

/** Runs of two to four capitalised words: the shape of a person's or a place's name in English news. */
const NAME_RUN = /\b\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|bin\s|de\s|van\s|von\s)?\p{Lu}[\p{L}'’-]+){1,3}\b/gu;
/** Capitalised words that open a run but are titles, not names ("Regional Governor Mirela Dragomir"). */
const TITLE_WORDS =
  /^(?:The|Regional|Governor|Minister|Deputy|President|Prime|Mayor|Chief|General|Director|Secretary|Senator|Judge|Captain|Dr|Mr|Mrs|Ms|Transport|Foreign|Defence|Defense|Interior|Finance|Health|Harbour|Police|Commissioner|Spokesman|Spokeswoman|Spokesperson|Chairman|Chairwoman|Head|Leader|King|Queen|Prince|Sheikh|Sir)\s+/;

interface Spelling {
  source: string;
  name: string;
}

export function findNameVariants(sources: SourceText[]): Disagreement[] {
  const names = sources.map((source) => ({
    id: source.sheet.id,
    text: source.text,
    names: candidateNames(source),
  }));
  // Keyed by the differing words, so "Dragomir/Dragomyr" is one item however many runs and sources show it.
  const groups = new Map<string, Spelling[]>();
  for (let i = 0; i < names.length; i++) {
    for (let j = i + 1; j < names.length; j++) {
      const a = names[i] as (typeof names)[number];
      const b = names[j] as (typeof names)[number];
      for (const x of a.names) {
        for (const y of b.names) {
          const key = variantKey(x, y);
          if (key === null) continue;
          // If each source also uses the other's spelling, the sources do not disagree.
          if (b.text.includes(x) || a.text.includes(y)) continue;
          const group = groups.get(key) ?? [];
          addSpelling(group, { source: a.id, name: x });
          addSpelling(group, { source: b.id, name: y });
          groups.set(key, group);
        }
      }
    }
  }
  return [...groups.values()].map(toDisagreement);
}

/** Keep one spelling per source: the shortest full name, which reads best. */
function addSpelling(group: Spelling[], spelling: Spelling): void {
  const existing = group.find((item) => item.source === spelling.source);
  if (!existing) group.push(spelling);
  else if (spelling.name.length < existing.name.length) existing.name = spelling.name;
}

function toDisagreement(group: Spelling[]): Disagreement {
  const ordered = [...group].sort((a, b) => Number(a.source.slice(1)) - Number(b.source.slice(1)));
  const bySpelling = new Map<string, string[]>();
  for (const item of ordered) bySpelling.set(item.name, [...(bySpelling.get(item.name) ?? []), item.source]);
  const note = [...bySpelling].map(
    ([name, ids]) => `${ids.join(' and ')} ${ids.length > 1 ? 'spell' : 'spells'} it “${name}”`,
  );
  return {
    topic: `Spelling of ${(ordered[0] as Spelling).name}`,
    kind: 'name',
    severity: 'medium',
    note: `${note.join('; ')}.`,
    versions: ordered.map((item) => ({ source: item.source, text: item.name, ref: null })),
    foundBy: 'rule',
  };
}

function candidateNames(source: SourceText): Set<string> {
  const names = new Set<string>();
  for (const match of source.text.matchAll(NAME_RUN)) {
    let name = match[0];
    while (TITLE_WORDS.test(name)) name = name.replace(TITLE_WORDS, '');
    if (name.includes(' ')) names.add(name);
  }
  // Speakers and name facts as the engine wrote them count only where the source spells them that way.
  for (const quote of source.sheet.quotes) if (source.text.includes(quote.speaker)) names.add(quote.speaker);
  for (const fact of source.sheet.facts) {
    if (fact.kind === 'name' && fact.value && source.text.includes(fact.value)) names.add(fact.value);
  }
  return names;
}

/**
 * Same number of words; every word equal or a spelling variant; at least one a real variant.
 * Returns the folded differing words as the group key, or null when the names are not variants.
 */
function variantKey(x: string, y: string): string | null {
  const a = x.split(/\s+/);
  const b = y.split(/\s+/);
  if (a.length !== b.length) return null;
  const differing: string[] = [];
  for (let k = 0; k < a.length; k++) {
    const p = a[k] as string;
    const q = b[k] as string;
    if (foldCase(p) === foldCase(q)) continue;
    if (!isSpellingVariant(p, q)) return null;
    differing.push([foldCase(p), foldCase(q)].sort().join('/'));
  }
  return differing.length > 0 ? differing.join(' ') : null;
}
