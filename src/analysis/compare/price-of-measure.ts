// The same measured quantity priced two ways: “$4.2 million … for 17 miles of sea wall” against “about $6
// million … That pays for some 17 miles of sea wall”. A figure as particular as 17 miles is the proof that both
// sources speak of the same stretch; the sum each ties to it is the one the sentence (or, for a sentence that
// opens with "That", "This" or "It", the one before) names, and only when it names one.
import type { Disagreement } from '../../types.ts';
import type { SourceText } from './name-variants.ts';
import { type Figure, readFigures } from './number-facts.ts';
import { sentencesOf } from './paragraph-sentences.ts';

/** Measures, not counts of people or things an event befell. */
const MEASURES = new Set([
  'mile',
  'kilometre',
  'kilometer',
  'acre',
  'hectare',
  'foot',
  'feet',
  'metre',
  'meter',
]);
const MONEY = new Set(['dollar', 'pound', 'euro']);
/** Sums this close are one sum told loosely. */
const MIN_RATIO = 1.05;

interface Priced {
  source: string;
  measure: Figure;
  sum: Figure;
  text: string;
}

export function findPricesOfMeasures(sources: SourceText[]): Disagreement[] {
  const priced = sources.flatMap((source) => pricedIn(source));
  const out: Disagreement[] = [];
  const done = new Set<string>();
  for (const [i, a] of priced.entries()) {
    for (const b of priced.slice(i + 1)) {
      if (
        a.source === b.source ||
        a.measure.value !== b.measure.value ||
        a.measure.counts !== b.measure.counts
      )
        continue;
      const key = `${a.measure.value}:${a.measure.counts}`;
      if (done.has(key)) continue;
      const ratio = Math.max(a.sum.value, b.sum.value) / Math.min(a.sum.value, b.sum.value);
      if (!(ratio > MIN_RATIO)) continue;
      done.add(key);
      out.push({
        topic: `What ${a.measure.written} ${a.measure.counts}s cost`,
        kind: 'number',
        severity: 'medium',
        note: `${a.source} ties “${a.measure.shown} ${a.measure.counts}s” to “${a.sum.shown}”, ${b.source} to “${b.sum.shown}”.`,
        versions: [a, b].map((p) => ({ source: p.source, text: p.text, ref: null })),
        foundBy: 'rule',
      });
    }
  }
  return out;
}

function pricedIn(source: SourceText): Priced[] {
  const out: Priced[] = [];
  const sentences = sentencesOf(source.text);
  for (const [i, sentence] of sentences.entries()) {
    for (const measure of readFigures(sentence.text)) {
      if (!particular(measure) || !MEASURES.has(measure.counts ?? '')) continue;
      let sums = sumsIn(sentence.text);
      let text = sentence.text;
      const previous = sentences[i - 1];
      // "That pays for some 17 miles": the sum is the previous sentence's, in the same paragraph.
      if (
        sums.length === 0 &&
        /^(?:That|This|It)\b/.test(sentence.text) &&
        previous?.paragraph === sentence.paragraph
      ) {
        sums = sumsIn(previous.text);
        text = source.text.slice(previous.start, sentence.start + sentence.text.length);
      }
      if (sums.length !== 1) continue;
      out.push({ source: source.sheet.id, measure, sum: sums[0] as Figure, text });
    }
  }
  return out;
}

/** A figure too particular to be two sources' coincidence: three digits or more, not a round number. */
function particular(figure: Figure): boolean {
  return figure.qualifier === null || figure.qualifier === 'some'
    ? figure.value >= 100 && figure.value % 10 !== 0 && Number.isInteger(figure.value)
    : false;
}

function sumsIn(text: string): Figure[] {
  return readFigures(text).filter((figure) => MONEY.has(figure.counts ?? ''));
}
