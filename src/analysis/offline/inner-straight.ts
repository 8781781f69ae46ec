// A quote inside a quote, both typed with straight marks: "That is labeled "overflow," and it stays." Read
// mark by mark, the inner opening mark closed the outer quote, and the sheet showed "That is labeled" as a
// whole quote. Inside an open quote, a straight mark that starts a word after a word of the sentence (not after
// a full stop), whose next mark ends a word and leaves one more mark to close the outer quote, opens an inner
// quote; the two stay part of the outer quote's text.

/**
 * Whether the straight mark at `marks[k]`, met inside a quote opened with a straight mark, opens an inner
 * quote. `marks[k + 1 .. to)` are the paragraph's marks after it, single ones included.
 */
export function opensInnerStraight(text: string, marks: number[], k: number, to: number): boolean {
  const at = marks[k] as number;
  // Starts a word after a space, and that space follows a word or a comma, not a sentence's end.
  if (text.charCodeAt(at - 1) !== 32 || /\s/.test(text[at + 1] ?? ' ')) return false;
  if (/[.?!]/.test(text[at - 2] ?? '.')) return false;
  const straight = [];
  for (let n = k + 1; n < to && straight.length < 2; n++)
    if (text.charCodeAt(marks[n] as number) === 34) straight.push(marks[n] as number);
  const [inner, outer] = straight;
  if (inner === undefined || outer === undefined) return false;
  // The inner closing mark ends a word ("overflow,"), and is followed by no letter: "promote and protect" the
  // rights is a new quote after a slip, not an inner one.
  return !/\s/.test(text[inner - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[inner + 1] ?? ' ');
}
