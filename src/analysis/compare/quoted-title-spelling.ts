// A title in quotation marks (a film, a book, a show, a report) that sources spell differently: “The Long
// Harbour: Part II” against “The Long Harbor: Part II”. The name rules read names of people and places, runs
// of capitalised words that a colon or a numeral breaks; a quoted title is whole between its marks, so it is
// compared whole: the same words, in the same order, but for one word spelt another way.
import type { Disagreement } from '../../types.ts';
import { hasWord } from '../../util/reg-exp.ts';
import type { SourceText } from './name-variants.ts';
import { foldCase, isSpellingVariant } from './text-similarity.ts';

/** Short words a title keeps in lower case. */
const SMALL = new Set(['a', 'an', 'the', 'of', 'and', 'in', 'on', 'at', 'to', 'for', 'or', 'from', 'with']);
const QUOTED = /[“"]([^“”"\n]{3,80})[”"]/g;
const MAX_WORDS = 8;

interface Titled {
  source: string;
  text: string;
  words: string[];
}

export function findQuotedTitleSpellings(sources: SourceText[]): Disagreement[] {
  const titles = sources.flatMap((source) => titlesOf(source));
  const out: Disagreement[] = [];
  const seen = new Set<string>();
  for (const [i, a] of titles.entries()) {
    for (const b of titles.slice(i + 1)) {
      if (a.source === b.source) continue;
      const pair = differingWord(a.words, b.words);
      if (!pair) continue;
      // A source that also writes the other's spelling does not disagree with it.
      const textOf = (id: string) => sources.find((s) => s.sheet.id === id)?.text ?? '';
      if (hasWord(textOf(a.source), pair[1]) || hasWord(textOf(b.source), pair[0])) continue;
      const key = `${a.source}:${b.source}:${pair.join('/')}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        topic: `Spelling of the title “${a.text}”`,
        kind: 'name',
        // A misspelt title misleads no one about what happened.
        severity: 'low',
        note: `${a.source} writes “${pair[0]}”, ${b.source} “${pair[1]}”.`,
        versions: [a, b].map((t) => ({ source: t.source, text: t.text, ref: null })),
        foundBy: 'rule',
      });
    }
  }
  return out;
}

/** Quoted spans shaped like a title: two to eight words, each capitalised, a numeral or a small word. */
function titlesOf(source: SourceText): Titled[] {
  const out: Titled[] = [];
  for (const match of source.text.matchAll(QUOTED)) {
    const text = (match[1] as string).trim().replace(/[,.]$/, '');
    const words = text.split(/[\s:]+/).filter(Boolean);
    if (words.length < 2 || words.length > MAX_WORDS) continue;
    if (!/^\p{Lu}\p{Ll}/u.test(words[0] as string)) continue;
    if (
      !words.every((w, i) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(w) || (i > 0 && SMALL.has(w)) || /^[IVX]+$/.test(w))
    )
      continue;
    out.push({ source: source.sheet.id, text, words });
  }
  return out;
}

/** The one word two titles of equal length spell differently, when every other word is the same. */
function differingWord(a: string[], b: string[]): [string, string] | null {
  if (a.length !== b.length) return null;
  let found: [string, string] | null = null;
  for (const [i, x] of a.entries()) {
    const y = b[i] as string;
    if (x === y) continue;
    if (found || foldCase(x) === foldCase(y) || !isSpellingVariant(x, y)) return null;
    // "Harbour" / "Harbours": a plural or a possessive is another word form, not a misspelling.
    const [short, long] = x.length < y.length ? [x, y] : [y, x];
    if (long.startsWith(short) && /^(?:s|es|'s|’s)$/.test(long.slice(short.length))) return null;
    found = [x, y];
  }
  return found;
}
