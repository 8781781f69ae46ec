// A piece written largely in the first person (a column, a reader's letter, an interview's answers, a
// speech's transcript) is one person's account, and its sheet is made from it: the offline engine's summary
// and key facts skip the writer's "I" sentences, but the rest is still their view, so the sheet says what kind
// of text it is. Counted on the text analysed (after the budget's cut), for either engine; quoted words are
// someone else's and do not count.
import type { Article } from '../types.ts';
import { isWriterWord } from '../util/writer-voice.ts';

/** A news story may carry a reporter's "told me" or two; a column says "I" in one sentence of five or more. */
const MIN_SENTENCES = 4;
const MIN_SHARE = 0.2;
/** Shorter runs are list items and captions, not sentences. */
const MIN_WORDS = 4;

export const FIRST_PERSON_NOTE =
  'Written largely in the first person (a column, letter, interview or transcript): read it as one person’s account, not the outlet’s reporting.';

export function withFirstPersonNote(article: Article): Article {
  if (!isFirstPerson(article.text)) return article;
  // After any note already there: a paywall or a cut matters more, and Slack shows a note's first 300 characters.
  const note = article.extractionNote ? `${article.extractionNote} ${FIRST_PERSON_NOTE}` : FIRST_PERSON_NOTE;
  return { ...article, extractionNote: note };
}

/**
 * Quoted words, to be passed over: “…”, "…", ''…'' and ‘…’ (a ‘ that opens a word, closed by a ’ that no letter
 * follows, so "don’t" inside it is no close). A quote left open runs to the paragraph's end, as a quote
 * continued in the next paragraph is written.
 */
const QUOTED = /“[^”]*(?:”|$)|"[^"]*(?:"|$)|''.*?(?:''|$)|(?<![\p{L}\p{N}])‘(?:[^’]|’(?=\p{L}))*(?:’|$)/gu;
/** Sentence ends, but not after an initial ("I. M. <Vell>", "John Q. Public"). */
const SENTENCE_END = /(?<![\s(]\p{Lu}\.)(?<=[.!?])\s+/u;
/** Words, and the marks that tell a word's neighbours apart: "Tuesday, I" is no "Queen Ada I". */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?|[.,;:]/gu;

export function isFirstPerson(text: string): boolean {
  let sentences = 0;
  let writer = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    for (const sentence of paragraph.replace(QUOTED, ' ').split(SENTENCE_END)) {
      const words = sentence.match(WORD) ?? [];
      if (words.filter((word) => !MARKS.has(word)).length < MIN_WORDS) continue;
      sentences++;
      if (words.some((word, i) => isWriterWord(word, wordBefore(words, i), wordAfter(words, i), i === 1)))
        writer++;
    }
  }
  return writer >= MIN_SENTENCES && writer >= sentences * MIN_SHARE;
}

/** The word before the i-th, if it is a word: a mark ("Mr.", "Tuesday,") is not one. */
function wordBefore(words: string[], i: number): string | undefined {
  const before = words[i - 1];
  return before === undefined || MARKS.has(before) ? undefined : before;
}
const MARKS = new Set(['.', ',', ';', ':']);

/** The word or mark after the i-th; a full stop that ends the sentence is no word after it. */
function wordAfter(words: string[], i: number): string | undefined {
  const after = words[i + 1];
  return after === '.' && i + 2 >= words.length ? undefined : after;
}
