// Every figure a source gives that the number rules read: those of its key facts, tolls, counts of an event and
// sums of money from the story's other sentences, and large counts in its reported speech, each with the text
// it was read from.
import type { SourceSheet } from '../../types.ts';
import { isAbbreviation } from '../offline/abbreviation-dot.ts';
import { eventOf, type Figure, readFigures } from './number-facts.ts';

/** Sums of money are told apart by what they pay for, said around them. */
export const MONEY = new Set(['dollar', 'pound', 'euro']);

export interface Reading {
  figure: Figure;
  /** The key fact the figure was read from; null when read from another sentence of the story. */
  ref: string | null;
  text: string;
  statement: string;
  event: string | null;
  /** Where `text` begins in the body, when known. */
  start: number | null;
}

/**
 * Whether the source counts any dead: every figure read, before a toll that repeats another figure ("two
 * injured … two killed") is set aside as seen. An age before "lives" ("Ana Ruiz, 47, lives nearby") is none.
 */
export function givesToll(sheet: SourceSheet, body: string | null): boolean {
  for (const found of readings(sheet, body)) {
    if (found.event === 'died' && found.figure.counts !== 'live') return true;
  }
  return false;
}

/** A count in reported speech read against other sources' only from this size on. */
const MIN_CLAIMED_COUNT = 1000;

/** Every figure of the key facts, then of the story's other sentences, with what it is read with. */
export function* readings(sheet: SourceSheet, body: string | null): Generator<Reading> {
  for (const fact of sheet.facts) {
    if (fact.sourceText === null) continue;
    const event = eventOf(`${fact.statement} ${fact.sourceText}`);
    const stated = statedValue(fact.value);
    for (const figure of readFigures(fact.sourceText)) {
      if (figure.counts === null && event === null) continue;
      // "19 other children" is part of a count, not a rival to "26 people".
      if (figure.subset) continue;
      // A fact about one figure ("118 passengers") is not evidence for the others its sentence mentions.
      if (stated !== null && figure.value !== stated) continue;
      yield {
        figure,
        ref: fact.id,
        text: fact.sourceText,
        statement: fact.statement,
        event,
        start: fact.span?.start ?? null,
      };
    }
  }
  // The summary is the story's lede, shown above the key facts and kept out of them: its counts are read as a
  // key fact's are ("will lay out 19 separate actions" against another source's "23 steps").
  if (body !== null) {
    for (const sentence of sentencesOf(sheet.summary)) {
      const start = body.indexOf(sentence.text);
      if (start < 0) continue;
      const event = eventOf(sentence.text);
      for (const figure of readFigures(sentence.text)) {
        if (figure.subset || (figure.counts === null && event === null)) continue;
        yield { figure, ref: null, text: sentence.text, statement: sentence.text, event, start };
      }
    }
  }
  // Key facts are a dozen sentences; a toll or a sum the story gives elsewhere is as much the source's word.
  // Other sentences are read for those too, and shown as the source's own sentence.
  if (body !== null) yield* otherSentences(body);
  // Reported speech is shown as a key fact is: the large counts of a named thing in a speaker's claim ("the
  // department said it had received 55,000 pages") are read too, last, so that a sentence giving the same figure
  // is the fuller text a flag shows. Small ones are not: a claim about "the two states" suing is no rival to "four
  // states" that legalised, and a clause lacks the sentence around it that would tell them apart.
  for (const quote of sheet.quotes) {
    if (quote.kind !== 'indirect' || quote.sourceText === null) continue;
    const event = eventOf(quote.sourceText);
    for (const figure of readFigures(quote.sourceText)) {
      if (figure.subset || figure.counts === null || figure.value < MIN_CLAIMED_COUNT) continue;
      yield {
        figure,
        ref: quote.id,
        text: quote.sourceText,
        statement: quote.sourceText,
        event,
        start: quote.span?.start ?? null,
      };
    }
  }
}

function* otherSentences(body: string): Generator<Reading> {
  for (const sentence of sentencesOf(body)) {
    if (!NUMBER_HINT.test(sentence.text)) continue;
    const event = eventOf(sentence.text);
    for (const figure of readFigures(sentence.text)) {
      // Outside the key facts only what the rules read reliably: a toll or a count of an event ("killed",
      // "rescued") and sums of money, which have rules of their own. A bare "16" of something is not.
      if (figure.subset || (event === null && !MONEY.has(figure.counts ?? ''))) continue;
      yield {
        figure,
        ref: null,
        text: sentence.text,
        statement: sentence.text,
        event,
        start: sentence.start,
      };
    }
  }
}

/** A digit or a number word: the cheap test before reading a sentence's figures. */
const NUMBER_HINT =
  /\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b/i;

/** The body's sentences outside quotation, with their offsets: a quoted figure is the speaker's, not the story's. */
function sentencesOf(body: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (const match of body.matchAll(/[^\n]+/g)) {
    const paragraph = match[0];
    let from = 0;
    for (const end of paragraph.matchAll(/[.!?][”"’)]?(?=\s+[“"‘(]?\p{Lu})/gu)) {
      // "Former Sen. Ida P. Marlow Jr. (R-Ore.) was fined …" is one sentence: a cut at a title or a suffix showed a
      // figure's evidence without its subject.
      if (isAbbreviation(paragraph, end.index)) continue;
      push(paragraph.slice(from, end.index + end[0].length), match.index + from);
      from = end.index + end[0].length;
    }
    push(paragraph.slice(from), match.index + from);
  }
  return out;

  function push(raw: string, at: number): void {
    const text = raw.trim();
    if (text.length < 20 || /[“”"]/.test(text)) return;
    out.push({ text, start: at + raw.indexOf(text) });
  }
}

function statedValue(value: string | null): number | null {
  if (value === null) return null;
  const [figure] = readFigures(`${value} items`);
  return figure ? figure.value : null;
}
