// A nickname in quotation marks between a given name and a surname: Juan "Chico" Brennock. The quoted word is
// read as a quote and left out of the name runs, which split the name in two, so neither half was a person
// and "he said" after it went to someone named earlier. Only after a known given name, so a headline's
// quoted word ("Planting 'Garbage' Affair") never joins two runs.
import { isKnownGivenName } from './person-name-check.ts';
import { isCapitalised, type Token } from './tokens.ts';

/** Space, one capitalised word in quotation marks, space: `"Chico"`, `“Tig”`, `'Mo'`. */
const QUOTED_NICKNAME = /^\s+["“‘'][\p{Lu}][\p{L}.-]*["”’']\s+$/u;

/** Whether the text between a given name and the next capitalised word is a quoted nickname. */
export function isNicknameGap(text: string, given: Token, next: Token): boolean {
  if (next.start - given.end > 24 || !isCapitalised(next.text)) return false;
  return QUOTED_NICKNAME.test(text.slice(given.end, next.start)) && isKnownGivenName(given.text);
}
