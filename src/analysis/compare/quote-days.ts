// The same quote tied to different days: "Peskov on Thursday insisted: “…”" in one source and "…on
// Friday" in another. The quote's words are the proof that both sentences report one event, so the
// weekdays (or calendar dates) said in those sentences must agree; when each sentence names exactly one
// and they differ, a reader is told two different days.
import type { Disagreement, Quote } from '../../types.ts';
import type { SourceText } from './name-variants.ts';

const DAY =
  /\b(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)\s+\d{1,2})\b/g;
/** Quotes shorter than this may be stock phrases said on many days. */
const MIN_WORDS = 5;

interface Sighting {
  source: string;
  quote: Quote;
  sentence: string;
  day: string;
}

export function findQuoteDays(sources: SourceText[]): Disagreement[] {
  const byWords = new Map<string, Sighting[]>();
  for (const source of sources) {
    for (const quote of source.sheet.quotes) {
      if (quote.kind !== 'direct' || !quote.span) continue;
      const key = wordsOf(quote.sourceText ?? quote.text);
      if (key.split(' ').length < MIN_WORDS) continue;
      const sentence = sentenceAround(source.text, quote.span.start, quote.span.end);
      const days = new Set([...sentence.matchAll(DAY)].map((m) => m[0]));
      if (days.size !== 1) continue;
      const list = byWords.get(key) ?? [];
      list.push({ source: source.sheet.id, quote, sentence, day: [...days][0] as string });
      byWords.set(key, list);
    }
  }
  const out: Disagreement[] = [];
  for (const sightings of byWords.values()) {
    const first = new Map<string, Sighting>();
    for (const s of sightings) if (!first.has(s.source)) first.set(s.source, s);
    const sides = [...first.values()];
    if (new Set(sides.map((s) => s.day)).size < 2) continue;
    out.push({
      topic: `Day of ${sides[0]?.quote.speaker ?? 'the'} quote`,
      kind: 'date',
      severity: 'medium',
      note: `The same words, said ${sides.map((s) => `“${s.day}” in ${s.source}`).join(', ')}.`,
      versions: sides.map((s) => ({ source: s.source, text: s.sentence, ref: s.quote.id })),
      foundBy: 'rule',
    });
  }
  return out;
}

function wordsOf(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’]/g, "'")
    .split(/[^\p{L}\p{N}']+/u)
    .filter(Boolean)
    .join(' ');
}

/** The sentence holding [start, end), with its closing punctuation: from the previous sentence end to the next. */
function sentenceAround(text: string, start: number, end: number): string {
  let from = start;
  while (
    from > 0 &&
    text[from - 1] !== '\n' &&
    !/[.!?]["”’]?\s$/.test(text.slice(Math.max(0, from - 3), from))
  )
    from--;
  // The next full stop followed by a space and a capital (or the line's end) closes the sentence.
  const after = /[.!?]["”’]?(?=\s+["“]?\p{Lu}|\s*$|\s*\n)/gu;
  after.lastIndex = end;
  const stop = after.exec(text);
  const to = stop ? stop.index + stop[0].length : text.length;
  return text.slice(from, to).trim();
}
