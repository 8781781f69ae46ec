// A quote inside a quote, both typed with curly double marks: “… would make most “Impact Letters” moot.” Read
// mark by mark, the inner closing mark closed the outer quote, and the sheet showed it cut before its verb (an
// editor's read). Inside an open “, a “ that starts a word after a word of the sentence, whose next two double
// marks both close (the first ending a word), opens an inner quote; the two stay part of the outer quote's text.

/**
 * Whether the “ at `marks[k]`, met inside a quote opened with “, opens an inner quote. `marks[k + 1 .. to)` are
 * the paragraph's marks after it, single ones included.
 */
export function opensInnerCurly(text: string, marks: number[], k: number, to: number): boolean {
  const at = marks[k] as number;
  // Starts a word after a space, and that space follows a word or a comma, not a sentence's end or a colon.
  if (text.charCodeAt(at - 1) !== 32 || /\s/.test(text[at + 1] ?? ' ')) return false;
  if (/[.?!:]/.test(text[at - 2] ?? '.')) return false;
  const doubles = [];
  for (let n = k + 1; n < to && doubles.length < 2; n++) {
    const code = text.charCodeAt(marks[n] as number);
    if (code === OPEN || code === CLOSE || code === 34) doubles.push(marks[n] as number);
  }
  const [inner, outer] = doubles;
  if (inner === undefined || outer === undefined) return false;
  if (text.charCodeAt(inner) !== CLOSE || text.charCodeAt(outer) !== CLOSE) return false;
  // The inner closing mark ends a word, and no letter follows it: “Noise Letters” pointless.
  return !/\s/.test(text[inner - 1] ?? ' ') && !/[\p{L}\p{N}]/u.test(text[inner + 1] ?? ' ');
}
const OPEN = 0x201c;
const CLOSE = 0x201d;
