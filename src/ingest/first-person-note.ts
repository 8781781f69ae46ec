// A piece written largely in the first person (a column, a reader's letter, an interview's answers, a
// speech's transcript) is one person's account, and its sheet is made from it: the summary and key facts
// skip the writer's "I" sentences, but the rest is still their view, so the sheet says what kind of text it
// is. Counted on the text as ingested, for either engine; quoted words are someone else's and do not count.
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
  const note = article.extractionNote ? `${FIRST_PERSON_NOTE} ${article.extractionNote}` : FIRST_PERSON_NOTE;
  return { ...article, extractionNote: note };
}

export function isFirstPerson(text: string): boolean {
  let sentences = 0;
  let writer = 0;
  for (const paragraph of text.split(/\n\s*\n/)) {
    // A quote left open runs to the paragraph's end, as a quote continued in the next paragraph is written.
    const own = paragraph.replace(/“[^”]*(?:”|$)|"[^"]*(?:"|$)|''.*?(?:''|$)/g, ' ');
    for (const sentence of own.split(/(?<=[.!?])\s+/)) {
      const words = sentence.match(/[\p{L}\p{N}](?:[\p{L}\p{N}'’.-]*[\p{L}\p{N}])?|\./gu) ?? [];
      if (words.length < MIN_WORDS) continue;
      sentences++;
      if (
        words.some((word, i) =>
          isWriterWord(word, wordBefore(words, i), i + 2 < words.length ? words[i + 1] : undefined),
        )
      )
        writer++;
    }
  }
  return writer >= MIN_SENTENCES && writer >= sentences * MIN_SHARE;
}

/** The word before the i-th, if it is a word: a full stop inside a sentence ("Mr.") is not one. */
function wordBefore(words: string[], i: number): string | undefined {
  const before = words[i - 1];
  return before === '.' ? undefined : before;
}
