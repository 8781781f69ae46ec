// Whether the text itself names a quote's speaker next to the quote: in the quote's paragraph, outside the
// quote marks. A speaker found only by following "he said" or "said the president" back through the story
// is the reader's best guess, not proof: two sources can differ on it without disagreeing, so an attribution
// flag stands only on speakers the text names where it quotes them.
import type { Quote } from '../../types.ts';
import { foldCase, speakerKey } from './text-similarity.ts';

export function namedBesideQuote(quote: Quote, text: string): boolean {
  if (quote.span === null) return false;
  const start = text.lastIndexOf('\n', quote.span.start) + 1;
  const endAt = text.indexOf('\n', quote.span.end);
  const paragraph = text.slice(start, endAt < 0 ? text.length : endAt);
  // The words outside quote marks: a name inside the quote is who is spoken of, not who speaks.
  const outside = paragraph.replace(/[“"][^”"]*[”"]?/g, ' ');
  const key = speakerKey(quote.speaker);
  if (key === '') return false;
  const words = new Set(
    foldCase(outside)
      .split(/[^\p{L}\p{N}'’-]+/u)
      .map((word) => word.replace(/['’]s$/u, '')),
  );
  // A person by surname ("Varga"); a body by all its words ("health ministry").
  return key.split(' ').every((part) => words.has(part));
}
