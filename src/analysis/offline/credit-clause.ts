// The words after a quote's closing mark, up to the stop that ends them: what the sentence splitter reads to
// decide whether they credit the quote. After a question or an exclamation a title's dot is no stop: in
// "“…, didn't she?” Mrs. Brandt said." the words run on to "said", and the credit stays with its quote instead
// of starting a sentence of its own. After a full stop the words are left as they were read: there "“…
// the timing.” Gov. Ada Brenner said it was …" is as often the reporter's next sentence.
import { isAbbreviation } from './abbreviation-dot.ts';

/** `rest` (the text from `from` on) up to its first stop or quote mark; see above for a title's dot. */
export function creditClause(text: string, from: number, rest: string, askedOrExclaimed: boolean): string {
  for (let k = 0; k < rest.length; k++) {
    const c = rest[k];
    if (c === '.' && askedOrExclaimed && (isAbbreviation(text, from + k) || endsPartyTag(rest, k))) continue;
    if (c === '.' || c === '!' || c === '?' || c === '“' || c === '"') return rest.slice(0, k);
  }
  return rest;
}

/** "R-Ariz." of "Ada Brenner, R-Ariz., asked": a party and state tag's dot, inside the credit. */
function endsPartyTag(rest: string, dot: number): boolean {
  return /(?:^|[\s(])[DRI]-[A-Z][A-Za-z]*$/.test(rest.slice(Math.max(0, dot - 12), dot));
}
