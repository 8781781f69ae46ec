// "an economist at the University of California, Berkeley", "a professor at California State University, Long
// Beach": a university's campus follows its name after a comma. A role cut at that comma names the whole
// system, not the campus the speaker works at.
import { wordLexicon } from './compromise-lexicon.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

const CLOSING_MARKS = new Set([',', '.', ';', ':', ')']);

/**
 * The last token of the campus after the comma at `comma`, when the words before the comma end a university's
 * name ("University of California", "State University") and one to three capitalised words follow it up to a
 * closing mark or `to`; -1 otherwise. A given name opening the words is someone named after the role.
 */
export function campusEnd(tokens: Token[], from: number, comma: number, to: number): number {
  let k = comma - 1;
  while (k > from && (isCapitalised(tokens[k]?.text ?? '') || lowerOf(tokens[k]) === 'of')) {
    if (tokens[k]?.text === 'University') break;
    k--;
  }
  if (tokens[k]?.text !== 'University' || (k === comma - 1 && lowerOf(tokens[k - 1]) === 'the')) return -1;
  const first = tokens[comma + 1];
  if (!first || wordLexicon().given.has(lowerOf(first))) return -1;
  for (let end = comma + 1; end <= Math.min(to, comma + 3); end++) {
    if (!isCapitalised(tokens[end]?.text ?? '')) return -1;
    const next = tokens[end + 1];
    if (end === to || !next || CLOSING_MARKS.has(next.text)) return end;
  }
  return -1;
}

/**
 * The last word of a university's name when its campus ends at tokens[k], or just before a comma there ("California"
 * for "… of California, Berkeley" and "… of California, Berkeley,"); `k` otherwise.
 */
export function beforeCampus(tokens: Token[], k: number, lo: number): number {
  const end = tokens[k]?.text === ',' ? k - 1 : k;
  for (let comma = end - 1; comma >= Math.max(lo + 1, end - 3); comma--) {
    if (tokens[comma]?.text === ',') return campusEnd(tokens, lo, comma, end) === end ? comma - 1 : k;
  }
  return k;
}
