// Flags names that sources spell differently ("Mirela Dragomir" / "Mirela Dragomyr", or a short form against
// a full one: "Abu Tarik" / "Samir Hadi Abu Tariq"): one item per spelling difference, with each source's own
// spelling. Only spellings found verbatim in a source's text are used. Punctuation is no spelling: "Trump's"
// and "Trump’s" differ only in the apostrophe's glyph, and "But Trump's" is a clause opener and a possessive.
import type { Disagreement, SourceSheet } from '../../types.ts';
import { escapeRegExp } from '../../util/reg-exp.ts';
import { isCalendarWord, isFunctionWord } from './resolved-speaker.ts';
import { bySourceOrder } from './source-order.ts';
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
          if (usesWord(b.text, x) || usesWord(a.text, y)) continue;
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
  const ordered = [...group].sort(bySourceOrder);
  const bySpelling = new Map<string, string[]>();
  for (const item of ordered) bySpelling.set(item.name, [...(bySpelling.get(item.name) ?? []), item.source]);
  const note = [...bySpelling].map(
    ([name, ids]) => `${ids.join(' and ')} ${ids.length > 1 ? 'spell' : 'spells'} it “${name}”`,
  );
  const names = [...bySpelling.keys()];
  // "Enrique Pena Nieto" against "Peña Nieto": the short form is the long one's ending once accents fold.
  const folded = names.map(foldCase).sort((a, b) => b.length - a.length);
  const accentsOnly = folded.every((name) => (folded[0] as string).endsWith(name));
  // Accents kept by one outlet and dropped by another are house style, shown with the names written two ways:
  // listed among the disagreements too, the one difference read as a contradiction (an editor's read).
  return {
    topic: `${accentsOnly ? 'Accents in' : 'Spelling of'} ${(ordered[0] as Spelling).name}`,
    kind: 'name',
    severity: accentsOnly ? 'low' : 'medium',
    note: `${accentsOnly ? 'Accents: ' : ''}${note.join('; ')}.`,
    versions: ordered.map((item) => ({ source: item.source, text: item.name, ref: null })),
    foundBy: 'rule',
    ...(accentsOnly ? { style: true as const } : {}),
  };
}

function candidateNames(source: SourceText): Set<string> {
  const names = new Set<string>();
  const add = (raw: string) => {
    const name = cleanName(raw);
    if (name?.includes(' ')) names.add(name);
  };
  for (const match of source.text.matchAll(NAME_RUN)) add(match[0]);
  // Speakers and name facts as the engine wrote them count only where the source spells them that way.
  for (const quote of source.sheet.quotes) if (source.text.includes(quote.speaker)) add(quote.speaker);
  for (const fact of source.sheet.facts) {
    if (fact.kind === 'name' && fact.value && source.text.includes(fact.value)) add(fact.value);
  }
  return names;
}

/** A run without its title words, clause openers and possessive; null when a weekday or month is in it. */
function cleanName(run: string): string | null {
  let name = run.replace(/[’']s$/u, '');
  for (;;) {
    const stripped = name.replace(TITLE_WORDS, '');
    const first = stripped.split(/\s+/)[0] ?? '';
    name = isFunctionWord(first) ? stripped.slice(first.length).trimStart() : stripped;
    if (name === stripped) break;
  }
  if (name.split(/\s+/).some(isCalendarWord)) return null;
  return name;
}

/** The name's words as compared: apostrophe and dash glyphs unified, case folded, accents kept. */
function nameWords(name: string): readonly string[] {
  let words = NAME_WORDS.get(name);
  if (words === undefined) {
    words = name
      .normalize('NFC')
      .toLowerCase()
      .replace(/[‘’‛`´]/g, "'")
      .replace(/[\u2010-\u2015]/g, '-')
      .split(/\s+/);
    if (NAME_WORDS.size >= 5_000) NAME_WORDS.clear();
    NAME_WORDS.set(name, words);
  }
  return words;
}

/** nameWords memoised: every name of one source is split again for every name of every other source. */
const NAME_WORDS = new Map<string, readonly string[]>();

/** One word is the other with one more "h" or one letter doubled. */
function silentOrDoubled(p: string, q: string): boolean {
  const [short, long] = p.length < q.length ? [p, q] : [q, p];
  if (long.length !== short.length + 1) return false;
  for (let i = 0; i < long.length; i++) {
    if (long.slice(0, i) + long.slice(i + 1) !== short) continue;
    if (long[i] === 'h' || long[i] === long[i - 1] || long[i] === long[i + 1]) return true;
  }
  return false;
}

/**
 * Aligned from the surname back, over the shorter name's words (so "Abu Tarik" meets "Samir Hadi Abu Tariq"):
 * every word equal or a spelling variant; at least one a real variant. Returns the folded differing words
 * as the group key, or null when the names are not variants.
 */
function variantKey(x: string, y: string): string | null {
  const a = nameWords(x);
  const b = nameWords(y);
  const shorter = Math.min(a.length, b.length);
  if (shorter < 2 && a.length !== b.length) return null;
  const differing: string[] = [];
  for (let k = 1; k <= shorter; k++) {
    const p = a[a.length - k] as string;
    const q = b[b.length - k] as string;
    if (p === q) continue;
    if (foldCase(p) === foldCase(q)) {
      // Only the accents differ ("Raul" / "Raúl"): shown, but low (toDisagreement), since many outlets drop
      // accents as house style.
      differing.push([p, q].sort().join('/'));
      continue;
    }
    if (isPluralOrPossessive(p, q) || !isSpellingVariant(p, q)) return null;
    // Short given names one letter apart are often two names (Mark/Mary, Eric/Erin), not two spellings,
    // unless the letter is a silent "h" or a doubled one (Marta/Martha, Jon/John, Ana/Anna).
    if (k > 1 && Math.min(p.length, q.length) < 6 && !silentOrDoubled(p, q)) return null;
    differing.push([p, q].sort().join('/'));
  }
  return differing.length > 0 ? differing.join(' ') : null;
}

/** "Clinton" and "Clintons" (or "Clinton's") are one name in two grammatical forms, not two spellings. */
function isPluralOrPossessive(p: string, q: string): boolean {
  const [short, long] = p.length <= q.length ? [p, q] : [q, p];
  return long.startsWith(short) && /^(?:s|es|'s|')$/.test(long.slice(short.length));
}

/** Whether `name` occurs in `text` as whole words, whatever its apostrophe glyph. */
function usesWord(text: string, name: string): boolean {
  const pattern = escapeRegExp(name).replace(/['’]/g, "['’]");
  return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(text);
}
