// Whether a full stop belongs to an abbreviation ("Mr.", "Gen.", "U.S.", "p.m.") rather than ending the
// sentence: the sentence splitter (sentences.ts) asks it at every stop it meets.
import { NOT_NAME_WORDS } from './lexicon.ts';
import { isInitials, TITLE_ABBREVIATIONS } from './name-dots.ts';

const ABBREVIATIONS = new Set(
  `mr mrs ms dr st gen lt col sgt capt sen rep gov prof rev jr sr mt ft no vs inc ltd co corp jan feb mar apr jun
  jul aug sep sept oct nov dec a.m p.m u.s u.k e.g i.e approx est`.split(/\s+/),
);

export function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot))?.[1] ?? '';
  // The word after the dot, read only by the rules that need it: most stops end a plain word and are
  // answered without it (a slice and a pattern spared at nearly every full stop of the article).
  const nextWord = () => /^\s+([\p{L}’']+)/u.exec(text.slice(dot + 1, dot + 40))?.[1];
  // "… at 4 p.m. Dana will be home", "… in Washington, D.C. His wife …": these end sentences as often as
  // not, so a capitalised word after them starts a new one (a time zone excepted).
  if (ENDS_SENTENCES.has(word.toLowerCase())) {
    const next = nextWord();
    return next === undefined || !/^\p{Lu}/u.test(next) || TIME_ZONES.has(next);
  }
  if (ABBREVIATIONS.has(word.toLowerCase()) || TITLE_ABBREVIATIONS.has(word.toLowerCase())) return true;
  // "James B. Comey", "G.K. Butterfield": initials before a name; but "…in the U.S. The talks…" ends there.
  if (!isInitials(word)) return false;
  const next = nextWord();
  return next !== undefined && /^\p{Lu}/u.test(next) && !NOT_NAME_WORDS.has(next.toLowerCase());
}

const ENDS_SENTENCES = new Set(['a.m', 'p.m', 'd.c', 'inc', 'ltd', 'corp', 'co']);
const TIME_ZONES = new Set([
  'ET',
  'EST',
  'EDT',
  'CT',
  'CST',
  'CDT',
  'PT',
  'PST',
  'PDT',
  'GMT',
  'UTC',
  'BST',
  'CET',
]);
