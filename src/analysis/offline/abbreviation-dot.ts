// Whether a full stop belongs to an abbreviation ("Mr.", "Gen.", "U.S.", "p.m.") rather than ending the
// sentence: the sentence splitter (sentences.ts) asks it at every stop it meets.
import { classesOf, LETTER } from '../char-classes.ts';
import { genderOfGivenName } from './first-names.ts';
import { NOT_NAME_WORDS } from './lexicon.ts';
import { isInitials, TITLE_ABBREVIATIONS } from './name-dots.ts';
import { lowerCase } from './tokens.ts';
import { AP_ABBREVIATIONS } from './us-states.ts';

const ABBREVIATIONS = new Set(
  `mr mrs ms dr st gen lt col sgt capt sen rep gov prof rev jr sr mt ft no vs inc ltd co corp jan feb mar apr jun
  jul aug sep sept oct nov dec a.m p.m e.g i.e approx est v ste`.split(/\s+/),
);

/**
 * "called on Ariz. Gov. Ada Brenner to sign": a state before a title belongs to the title's phrase. After a
 * city ("in Tarsa, Ariz. Gov. Brenner signed …") the state ends a place, and so may the sentence.
 */
function beforeTitle(text: string, dot: number, length: number): boolean {
  const title = /^\s+(\p{L}+)\./u.exec(text.slice(dot + 1, dot + 12))?.[1];
  if (title === undefined || !TITLE_ABBREVIATIONS.has(lowerCase(title))) return false;
  return !/,\s*$/.test(text.slice(Math.max(0, dot - length - 3), dot - length));
}

export function isAbbreviation(text: string, dot: number): boolean {
  if (text[dot] !== '.') return false;
  const word = wordBefore(text, dot);
  const lowered = lowerCase(word);
  // "… at 4 p.m. Dana will be home", "… in Washington, D.C. His wife …": these end sentences as often as
  // not, so a capitalised word after them starts a new one (a time zone excepted).
  if (ENDS_SENTENCES.has(lowered)) {
    const next = wordAfter(text, dot);
    return next === undefined || !/^\p{Lu}/u.test(next) || TIME_ZONES.has(next);
  }
  // "… entering the U.S. The proposal drew …": a country's initials before a word that only opens a sentence
  // end it ("the U.S. Army", "U.K. Prime Minister …" go on).
  if (COUNTRIES.has(lowered))
    return !SENTENCE_OPENERS.has(WHOLE_WORD_AFTER.exec(text.slice(dot + 1, dot + 12))?.[1] ?? '');
  // "voted no. Perhaps …", "the answer is no. He …": the word, not a number's sign ("No. 2", "Case No. CV-114").
  if (word === 'no' && NO_THEN_SENTENCE.test(text.slice(dot + 1, dot + 24))) return false;
  if (ABBREVIATIONS.has(lowered) || TITLE_ABBREVIATIONS.has(lowered)) return true;
  if (AP_ABBREVIATIONS.has(lowered) && /^\p{Lu}/u.test(word) && beforeTitle(text, dot, word.length))
    return true;
  // "James B. Comey", "G.K. Butterfield": initials before a name; but "…in the U.S. The talks…" ends there.
  if (!isInitials(word)) return false;
  // "… his club at Bedminster, N.J. Ivo Roe also met him": a state's initials after a city end the place, and the
  // sentence when a given name or a word that only opens one follows ("N.C. State's", "N.H. Tuesday" go on).
  if (
    AP_ABBREVIATIONS.has(lowered) &&
    /,\s$/.test(text.slice(Math.max(0, dot - word.length - 2), dot - word.length))
  )
    return !opensNewSentence(wordAfter(text, dot));
  // "Rep. Robert C. “Bobby” Scott": a nickname in quotes between the initial and the surname.
  if (NICKNAME_AFTER.test(text.slice(dot + 1, dot + 40))) return true;
  const next = wordAfter(text, dot);
  return next !== undefined && /^\p{Lu}/u.test(next) && !NOT_NAME_WORDS.has(next.toLowerCase());
}

/** A capitalised word after "no.", not a number written out ("no. Fourteen Mill Lane", "world no. One"). */
const NO_THEN_SENTENCE =
  /^\s+(?!(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|Twenty)\b)\p{Lu}\p{Ll}+\b/u;
const NICKNAME_AFTER = /^\s+["“‘]\p{Lu}[\p{L}’'.-]*["”’]\s+\p{Lu}/u;

/**
 * The word after the dot, read only by the rules that need it: most stops end a plain word and are answered
 * without it (a slice and a pattern spared at nearly every full stop of the article).
 */
function wordAfter(text: string, dot: number): string | undefined {
  return /^\s+([\p{L}’']+)/u.exec(text.slice(dot + 1, dot + 40))?.[1];
}

/**
 * `/([\p{L}.]+)$/u` of the 12 characters before the dot, read backwards: the letters and dots that end there.
 * Asked at every full stop of the article; the pattern was tried from each of the 12 characters.
 */
export function wordBefore(text: string, dot: number): string {
  const from = Math.max(0, dot - 12);
  let k = dot;
  while (k > from) {
    const unit = text.charCodeAt(k - 1);
    if (unit === 46 || (unit < 128 && (classesOf(unit) & LETTER) !== 0)) {
      k--;
      continue;
    }
    if (unit < 128) break;
    // A low surrogate is a letter only with its high half inside the window (the u flag reads the pair).
    if (unit >= 0xdc00 && unit <= 0xdfff && k - 2 >= from) {
      const high = text.charCodeAt(k - 2);
      if (high >= 0xd800 && high <= 0xdbff) {
        if ((classesOf((high - 0xd800) * 0x400 + (unit - 0xdc00) + 0x10000) & LETTER) === 0) break;
        k -= 2;
        continue;
      }
    }
    if ((classesOf(unit) & LETTER) === 0) break;
    k--;
  }
  return text.slice(k, dot);
}

const ENDS_SENTENCES = new Set(['a.m', 'p.m', 'd.c', 'inc', 'ltd', 'corp', 'co']);
const COUNTRIES = new Set(['u.s', 'u.k']);
/** The next word when a space ends it: "A" of "U.S. A spokesman", not of "U.S. A-10" or "U.S. A.I.". */
const WHOLE_WORD_AFTER = /^\s+(\p{L}+)\s/u;
/** A word after a state's initials that starts a new sentence: an opener, or a given name ("Roger"). */
function opensNewSentence(next: string | undefined): boolean {
  return next !== undefined && (SENTENCE_OPENERS.has(next) || genderOfGivenName(next) !== null);
}
const SENTENCE_OPENERS = new Set(
  'The A An He She It They We I But This That These Those His Her Their Its There When While After Yet'.split(
    ' ',
  ),
);
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
