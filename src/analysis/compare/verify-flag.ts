// The last gate before a disagreement is shown, for the rules' flags and the LLM judge's alike: a
// deterministic check, never another model call. A flag stands only when
//   - each version's text is really in its source (body or headline), widened to whole words;
//   - its versions come from at least two sources;
//   - the versions really differ on what the flag names: a number flag's versions carry different figures
//     (or qualifiers), a date flag's different dates, a name flag's different names (not apostrophe glyphs),
//     an attribution flag's quotes different resolved speakers;
// and its severity is high only when a reader would be misinformed (a wording, a title or a spelling
// variant is at most medium).
import type { Disagreement, Quote, Severity, SourceVersion } from '../../types.ts';
import { locateEvidence } from './evidence-span.ts';
import type { SourceText } from './name-variants.ts';
import { readFigures } from './number-facts.ts';
import { isResolvedSpeaker } from './resolved-speaker.ts';
import { namedBesideQuote } from './speaker-named.ts';
import { isSpellingVariant, sameSpeaker } from './text-similarity.ts';

export function verifyFlags(items: Disagreement[], sources: SourceText[]): Disagreement[] {
  const byId = new Map(sources.map((source) => [source.sheet.id, source]));
  const quotes = new Map<string, Quote>();
  for (const source of sources) for (const quote of source.sheet.quotes) quotes.set(quote.id, quote);
  const texts = new Map(sources.map((source) => [source.sheet.id, source.text]));
  const out: Disagreement[] = [];
  for (const item of items) {
    const versions = grounded(item.versions, byId);
    if (new Set(versions.map((v) => v.source)).size < 2) continue;
    // A note quotes the versions (“special prosecutor Robert] Mueller”): it shows them as widened too.
    const checked = { ...item, versions, note: widenedInNote(item.note, item.versions, versions) };
    if (!reallyDiffer(checked, quotes, texts)) continue;
    out.push({ ...checked, severity: capSeverity(checked, quotes) });
  }
  return out;
}

function grounded(versions: SourceVersion[], byId: Map<string, SourceText>): SourceVersion[] {
  const out: SourceVersion[] = [];
  for (const version of versions) {
    const source = byId.get(version.source);
    if (!source) continue;
    const located = locateEvidence(version.text, source.text, source.sheet.title);
    if (located.where === null) continue;
    if (out.some((v) => v.source === version.source && v.text === located.text)) continue;
    out.push({ ...version, text: located.text });
  }
  return out;
}

/** The note with each version's words, where it quotes them, replaced by the words as widened. */
function widenedInNote(note: string, before: SourceVersion[], after: SourceVersion[]): string {
  let out = note;
  for (const version of before) {
    const shown = after.find((v) => v.source === version.source && v.text.includes(version.text.trim()));
    if (shown && shown.text !== version.text) out = out.replaceAll(`“${version.text}”`, `“${shown.text}”`);
  }
  return out;
}

/** Each source's side, as the set of things the flag is about; two sources must have different sides. */
function sidesDiffer(versions: SourceVersion[], read: (text: string) => string[]): boolean {
  const sides = new Map<string, Set<string>>();
  for (const version of versions) {
    const side = sides.get(version.source) ?? new Set<string>();
    for (const token of read(version.text)) side.add(token);
    sides.set(version.source, side);
  }
  const keys = [...sides.values()].filter((side) => side.size > 0).map((side) => [...side].sort().join('|'));
  return new Set(keys).size >= 2;
}

function reallyDiffer(item: Disagreement, quotes: Map<string, Quote>, texts: Map<string, string>): boolean {
  switch (item.kind) {
    case 'number':
      return sidesDiffer(item.versions, figuresOf);
    case 'date':
      return sidesDiffer(item.versions, datesOf);
    case 'name':
      return sidesDiffer(item.versions, namesOf);
    case 'attribution':
      return speakersDiffer(item.versions, quotes) && namedEachSide(item.versions, quotes, texts);
    case 'shared_copy':
      return true;
    default:
      return sidesDiffer(item.versions, (text) => [wordsOf(text).join(' ')]);
  }
}

function figuresOf(text: string): string[] {
  return readFigures(text).map((figure) => `${figure.qualifier ?? ''} ${figure.value}`);
}

const WEEKDAY = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/g;
const MONTH =
  /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?(?:\s+\d{1,2}\b)?/g;
const YEAR = /\b(?:1[89]|20)\d\d\b/g;
const RELATIVE = /\b(?:today|yesterday|tomorrow|last night|this morning|tonight)\b/gi;

export function datesOf(text: string): string[] {
  return [WEEKDAY, MONTH, YEAR, RELATIVE].flatMap((pattern) =>
    [...text.matchAll(pattern)].map((m) => m[0].toLowerCase().replace(/\s+/g, ' ')),
  );
}

/** Capitalised words, with apostrophe glyphs and possessives set aside: what a name flag is about. */
function namesOf(text: string): string[] {
  return [...text.matchAll(/\p{Lu}[\p{L}.'’-]*/gu)].map((m) =>
    m[0]
      .replace(/[’']s$/u, '')
      .replace(/[’']/g, "'")
      .replace(/\.$/, '')
      .normalize('NFC'),
  );
}

function wordsOf(text: string): string[] {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’‛`´]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean);
}

/** Attribution: the versions are quotes, and two of them carry resolved speakers who are not one person. */
function speakersDiffer(versions: SourceVersion[], quotes: Map<string, Quote>): boolean {
  const speakers = versions
    .map((version) => (version.ref ? quotes.get(version.ref) : undefined))
    .filter((quote): quote is Quote => quote !== undefined)
    .map((quote) => quote.speaker)
    .filter(isResolvedSpeaker);
  return speakers.some((a, i) => speakers.slice(i + 1).some((b) => !sameSpeaker(a, b)));
}

/** Every version's quote has its speaker named beside it in its source (see speaker-named.ts). */
function namedEachSide(
  versions: SourceVersion[],
  quotes: Map<string, Quote>,
  texts: Map<string, string>,
): boolean {
  return versions.every((version) => {
    const quote = version.ref ? quotes.get(version.ref) : undefined;
    return quote !== undefined && namedBesideQuote(quote, texts.get(version.source) ?? '');
  });
}

function capSeverity(item: Disagreement, quotes: Map<string, Quote>): Severity {
  const cap = (max: Severity): Severity => (rank(item.severity) < rank(max) ? max : item.severity);
  switch (item.kind) {
    case 'quote_wording':
    case 'characterisation':
    case 'title':
      return cap('medium');
    case 'shared_copy':
      return cap('low');
    case 'name':
      return onlySpellings(item.versions) ? cap('medium') : item.severity;
    case 'number':
      return item.foundBy === 'rule' || figuresFarApart(item.versions) ? item.severity : cap('medium');
    case 'attribution':
      return speakersDiffer(item.versions, quotes) ? item.severity : cap('medium');
    default:
      return item.severity;
  }
}

function rank(severity: Severity): number {
  return { high: 0, medium: 1, low: 2 }[severity];
}

/** Every differing name word has a spelling variant on the other side: a spelling, not another person. */
function onlySpellings(versions: SourceVersion[]): boolean {
  const words = versions.map((v) => new Set(namesOf(v.text).map((w) => w.toLowerCase())));
  const all = new Set(words.flatMap((set) => [...set]));
  const differing = [...all].filter((word) => words.some((set) => !set.has(word)));
  return differing.every((word) =>
    differing.some((other) => other !== word && isSpellingVariant(word, other)),
  );
}

/**
 * One exact figure per source, more than 10 % apart. A qualified figure ("more than 7,000" against "at least
 * 7,326") may well agree, and a version holding several figures cannot say which one differs.
 */
function figuresFarApart(versions: SourceVersion[]): boolean {
  const bySource = new Map<string, Set<number>>();
  for (const version of versions) {
    const figures = readFigures(version.text);
    const side = bySource.get(version.source) ?? new Set<number>();
    for (const figure of figures) side.add(figure.qualifier === null ? figure.value : Number.NaN);
    bySource.set(version.source, side);
  }
  const values: number[] = [];
  for (const side of bySource.values()) {
    if (side.size !== 1) return false;
    const [value] = [...side] as [number];
    if (Number.isNaN(value) || value <= 0) return false;
    values.push(value);
  }
  return Math.max(...values) / Math.min(...values) > 1.1;
}
