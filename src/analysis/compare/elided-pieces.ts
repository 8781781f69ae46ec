// A quote with an ellipsis is several passages of one speech, with words marked as left out between them:
// “we asked for two more pilots… so our members will stay ashore”. Set whole against another source's full
// sentence, the left-out words read as a change inside the quote, and a marked cut was shown as the quote
// "worded differently"; while a word changed inside one passage ("something very important" against "something
// important") was lost in the longer quote's mismatch. So quotes are compared passage by passage.

export interface ElidedPiece {
  /** The passage, as printed (a slice of the quote). */
  words: string;
  /** Whether an ellipsis follows it inside the quote: the speaker's sentence may go on there. */
  elidedAfter: boolean;
}

/** "…", "...", ". . ." (and a fourth dot ending a sentence: "…." too), with the spaces around them. */
const ELLIPSIS = /\s*(?:…\.?|\.(?:\s?\.){2,3})\s*/gu;

/** The quote's passages between ellipses, trimmed; empty passages (an ellipsis at an edge) are left out. */
export function elidedPieces(quote: string): ElidedPiece[] {
  const pieces: ElidedPiece[] = [];
  let from = 0;
  for (const mark of quote.matchAll(ELLIPSIS)) {
    const words = quote.slice(from, mark.index).trim();
    if (words !== '') pieces.push({ words, elidedAfter: true });
    from = (mark.index ?? 0) + mark[0].length;
  }
  const rest = quote.slice(from).trim();
  if (rest !== '') pieces.push({ words: rest, elidedAfter: false });
  return pieces;
}
