// Whether a word is one of a source's words, as the written check asks of every name in model-written prose:
// a word of scanWords (word-scan.ts) of the lower-cased text, or a part of one with an apostrophe ("york" of
// "york’s"). Listing every word of the source in a Set, for the few dozen names a sheet's prose holds, was a
// tenth of the offline engine's time on a long article; the text is searched for each name instead, and the
// Set is built only for the rare word the search cannot settle. A unit test holds it to the Set.
import { classesOf, codePointIn, LETTER, NUMBER } from '../char-classes.ts';
import { scanWords } from './word-scan.ts';

export interface TextWords {
  has(word: string): boolean;
  /** `has` of the name's lower case (`lowerCase` gives it when asked), read first in the texts as written. */
  hasName(name: string, lowerCase: (name: string) => string): boolean;
}

export function textWords(texts: string[]): TextWords {
  // Lower-cased on first need: most names stand in the text as written (see hasName), and a copy of the
  // whole article in lower case, made for every article grounded, was then never read.
  let loweredTexts: string[] | undefined;
  const lowered = () => {
    loweredTexts ??= texts.map((text) => text.toLowerCase());
    return loweredTexts;
  };
  let listed: Set<string> | undefined;
  const list = () => {
    listed ??= listWords(lowered());
    return listed;
  };
  const has = (word: string) => {
    if (!lettersOnly(word)) return list().has(word);
    let unsure = false;
    for (const text of lowered()) {
      const found = findAsWord(text, word);
      if (found === 'word') return true;
      if (found === 'unsure') unsure = true;
    }
    return unsure ? list().has(word) : false;
  };
  return {
    has,
    hasName(name, lowerCase) {
      // A name of ASCII letters standing as a word in a text as written stands as a word in its lower case
      // too: lower-casing keeps every letter a letter and every other character no letter or number. Only a
      // name not found so is looked for in the lower-cased texts.
      if (asciiLettersOnly(name))
        for (const text of texts) if (findAsWord(text, name) === 'word') return true;
      return has(lowerCase(name));
    },
  };
}

/** Non-empty, and only A-Z and a-z. */
function asciiLettersOnly(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/** Every word of the texts, and the parts of those with an apostrophe: what the search stands for. */
export function listWords(lowered: string[]): Set<string> {
  const words = new Set<string>();
  for (const text of lowered) {
    for (const word of scanWords(text)) {
      words.add(word);
      // Names are checked without their possessive ("York" from "New York’s"), so the text's words are too.
      // Only a word with an apostrophe has parts: the others are skipped without a split.
      if (word.includes("'") || word.includes('’')) for (const part of word.split(/['’]/u)) words.add(part);
    }
  }
  return words;
}

/**
 * A word of letters only is one of the text's words (or parts) exactly when it stands in the text with no
 * letter or number on either side. The one other way in is the part after an apostrophe, which ends at the
 * first non-letter even when a number follows ("b" of "a'b2"); such a place is 'unsure', and the list decides.
 */
function findAsWord(text: string, word: string): 'word' | 'unsure' | 'no' {
  let unsure = false;
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const end = at + word.length;
    const after = end < text.length ? classesOf(codePointIn(text, end, text.length)) : 0;
    const before = classesBefore(text, at);
    if ((before & (LETTER | NUMBER)) === 0 && (after & (LETTER | NUMBER)) === 0) return 'word';
    const mark = text.charCodeAt(at - 1);
    if ((mark === 39 || mark === 0x2019) && (after & NUMBER) !== 0) unsure = true;
  }
  return unsure ? 'unsure' : 'no';
}

/** Classes of the code point that ends just before `at`, read as scanWords reads forward (a pair when whole). */
function classesBefore(text: string, at: number): number {
  if (at === 0) return 0;
  const last = text.charCodeAt(at - 1);
  if (last >= 0xdc00 && last <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff)
      return classesOf((high - 0xd800) * 0x400 + (last - 0xdc00) + 0x10000);
  }
  return classesOf(last);
}

/** Non-empty, and every code point a letter. */
function lettersOnly(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; ) {
    const code = codePointIn(word, i, word.length);
    if ((classesOf(code) & LETTER) === 0) return false;
    i += code > 0xffff ? 2 : 1;
  }
  return true;
}
