// Double marks typed by mistake, read as meant: a closing mark typed the wrong way round, and a straight mark
// left before a quote set in curly marks.

/**
 * A “ inside an open quote that ends a word, glued to it and followed by no letter or digit (“late,“ she said;
 * “Not true.“), closes the quote: an opening mark starts a word. One that starts a word is an inner quote
 * or a new one, and is left as it was.
 */
export function closesWrongWayRound(text: string, at: number, paragraphEnd: number): boolean {
  const before = text[at - 1] ?? ' ';
  const after = at + 1 < paragraphEnd ? (text[at + 1] as string) : ' ';
  return !/[\s“(\u2014\u2013-]/.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/**
 * `"He laughed it off, interjecting, “Only the strikers.” But …`: a straight mark opening a paragraph that no
 * straight mark in it closes, met by a “ that a comma or a colon introduces at `at`, was a stray: the quote is
 * the curly one, not the narration from the straight mark to the curly closing one (shown as the interviewer's
 * words).
 */
export function isStrayStraight(
  text: string,
  open: number,
  at: number,
  paragraph: { start: number; end: number },
): boolean {
  // Only a curly quote introduced as one, after a comma or a colon: in a pasted block (`"… what she called a
  // “rant,” …`) the straight mark opens the block's own words, which go on past the curly pair.
  if (text[open] !== '"' || text[at - 1] !== ' ' || !/[,:]/.test(text[at - 2] ?? '')) return false;
  // Only at the paragraph's start, before narration: a speaker's words in straight marks over several
  // paragraphs leave the first one open (`Kiel wrote: "My father told me, “Never give up.” …`), and their
  // "I", "we" or "you" tells them from a reporter's.
  if (text.slice(paragraph.start, open).trim() !== '' || PERSONAL.test(text.slice(open, at))) return false;
  if (continuesStraightQuote(text, paragraph.start)) return false;
  const next = text.indexOf('"', at);
  return next < 0 || next >= paragraph.end;
}
const PERSONAL = /\b(?:I|me|my|we|us|our|you|your)\b/i;

/** Whether the paragraph before `start` leaves a straight quote open: one of its paragraphs goes on here. */
function continuesStraightQuote(text: string, start: number): boolean {
  const previous = text.lastIndexOf('\n\n', start - 3);
  let marks = 0;
  for (let i = Math.max(previous, 0); i < start; i++) if (text.charCodeAt(i) === 34) marks++;
  return marks % 2 === 1;
}
