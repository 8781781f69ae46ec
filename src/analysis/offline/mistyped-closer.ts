// A quote opened with “ and closed by mistake with a single mark: `tweeted: “Let’s go. We sail at dawn.’ Kiel
// was at the pier on Tuesday. She … her film, “Storm.”`. Read to the next closing double mark, the quote took in
// the reporter's two sentences after it (an editor's read). Where a new “ opens inside the open quote and only
// its own closing mark is left, a single closing mark after a sentence's end, with a capital after it and no
// single opening mark before it, is where the quote ended.

/** The offset of the single mark that ends the quote opened before `from`, searched up to `before`; or null. */
export function mistypedCloser(text: string, from: number, before: number): number | null {
  SLIP.lastIndex = from;
  const found = SLIP.exec(text);
  if (found === null || found.index >= before) return null;
  const mark = found.index + 1;
  // ‘…’ or '…' inside the quote is a quote within it, closed as it should be; "Bros.’" a possessive.
  const inside = text.slice(from, mark);
  if (inside.includes('‘') || INNER_OPENER.test(inside) || ABBREVIATION.test(inside)) return null;
  return mark;
}

const INNER_OPENER = /(?:^|[\s:(])'\p{L}/u;
const ABBREVIATION = /\b(?:Bros|Co|Corp|Inc|Ltd|Jr|Sr|St|Mr|Mrs|Ms|Dr)\.$/;

/** A sentence's last mark, a single closing mark, spaces and a capital: `.’ Kiel`. */
const SLIP = /[.!?][’'](?=\s+\p{Lu})/gu;
