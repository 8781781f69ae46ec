// The tokeniser's pattern, read by hand. tokens.ts defines a token as the first alternative that matches of
//   \p{N}[\p{N},.]*\p{N}  |  [\p{L}\p{N}](?:[\p{L}\p{M}\p{N}'’.-]*[\p{L}\p{M}\p{N}])?  |  one punctuation mark
// (a misdecoded letter's second half counting as a letter in a word: isMisdecodedTail)
// and that pattern's exec loop was the largest single cost on a long article (a regex call and a match array
// per token). This scanner gives the same tokens, offset for offset; a unit test holds it to the pattern.
import { classesOf, codePointIn, LETTER, MARK, NUMBER, widthOf } from '../char-classes.ts';

/** Punctuation tokens: the pattern's third alternative. */
export const PUNCTUATION_MARKS = ',;:()\u2013\u2014.!?"“”‘%';
/**
 * The marks by code, as a table: every space of an article is asked whether it is one, and a Set's hashing
 * cost more than the answer (all the marks are below U+2020).
 */
const PUNCTUATION_CODES = new Uint8Array(0x2020);
for (const mark of PUNCTUATION_MARKS) PUNCTUATION_CODES[mark.charCodeAt(0)] = 1;

function isPunctuationCode(code: number): boolean {
  return code < PUNCTUATION_CODES.length && PUNCTUATION_CODES[code] === 1;
}

/**
 * Calls `found(start, end, word, plain)` for every token of text[from, to), in order, as the pattern's exec
 * loop would; `word` is false for the punctuation alternative's marks, true for the other two. `plain` says
 * the token is ASCII without A-Z or an apostrophe: its own lower case, possessive dropped (read on the way,
 * so the tokeniser need not read each word again to know).
 */
export function scanTokens(
  text: string,
  from: number,
  to: number,
  found: (start: number, end: number, word: boolean, plain: boolean) => void,
): void {
  let i = from;
  while (i < to) {
    const unit = text.charCodeAt(i);
    // ASCII (most of any article) from the table, without the code point and class calls.
    const code = unit < 128 ? unit : codePointIn(text, i, to);
    const width = unit < 128 ? 1 : widthOf(code);
    const classes = unit < 128 ? (ASCII_RUN[unit] as number) & (LETTER | NUMBER) : classesOf(code);
    if ((classes & (LETTER | NUMBER)) === 0) {
      if (isPunctuationCode(code)) found(i, i + 1, false, true);
      i += width;
      continue;
    }
    // First alternative: a number, then digits, commas and dots, ending on a digit (the last one in the run).
    // The first character: an ASCII letter or digit is plain unless a capital.
    const plainStart = unit < 128 && ((ASCII_RUN[unit] as number) & CHANGES) === 0;
    if (classes & NUMBER) {
      const end = lastEndInRun(text, i + width, to, NUMBER, NUMBER | SEPARATOR);
      if (end > 0) {
        found(i, end, true, plainStart && runPlain);
        i = end;
        continue;
      }
    }
    // Second alternative: a letter or number, then letters, marks, numbers, apostrophes, dots and hyphens,
    // ending on a letter, mark or number; or the one character alone.
    const end = lastEndInRun(text, i + width, to, LETTER | MARK | NUMBER, LETTER | MARK | NUMBER | JOINER);
    const stop = end > 0 ? end : i + width;
    found(i, stop, true, plainStart && (end === 0 || runPlain));
    i = stop;
  }
}

/** Pseudo-classes for the runs: "," and "." inside numbers; ' ’ . - inside words. */
const SEPARATOR = 8;
const JOINER = 16;

function runClasses(code: number): number {
  if (code === 44) return SEPARATOR; // ,
  if (code === 46) return SEPARATOR | JOINER; // .
  if (code === 39 || code === 0x2019 || code === 45) return JOINER; // ' ’ -
  return classesOf(code);
}

/**
 * The greedy run of `runOf` characters from `i`, backed off to its last `endOn` character: the end offset
 * just after it, or 0 when the run holds none (the optional tail does not match).
 */
function lastEndInRun(text: string, i: number, to: number, endOn: number, runOf: number): number {
  let end = 0;
  let k = i;
  let plain = true;
  let plainToEnd = true;
  while (k < to) {
    const unit = text.charCodeAt(k);
    let classes: number;
    if (unit < 128) {
      classes = ASCII_RUN[unit] as number;
      if ((classes & runOf) === 0) break;
      if (classes & CHANGES) plain = false;
      k++;
    } else {
      const code = codePointIn(text, k, to);
      classes = runClasses(code);
      if ((classes & runOf) === 0) {
        if ((runOf & LETTER) === 0 || !isMisdecodedTail(text, k, code)) break;
        classes = LETTER;
      }
      plain = false;
      k += widthOf(code);
    }
    if (classes & endOn) {
      end = k;
      plainToEnd = plain;
    }
  }
  runPlain = plainToEnd;
  return end;
}

/**
 * "TrÃ©vidic": UTF-8 read as Latin-1 turns "é" into "Ã" and "©", and the name was cut at the sign (the speaker
 * shown as "Marc TrÃ"). A character of U+0080–U+00BF right after "Â" or "Ã" (composed or not) is the second
 * half of such a letter, and stays in the word: the text itself is left as the source wrote it.
 */
function isMisdecodedTail(text: string, k: number, code: number): boolean {
  if (code < 0x80 || code > 0xbf) return false;
  const before = text.charCodeAt(k - 1);
  if (before === 0xc2 || before === 0xc3) return true;
  // The same two letters decomposed: "A" and a combining circumflex or tilde.
  return (before === 0x302 || before === 0x303) && text.charCodeAt(k - 2) === 65;
}

/** Whether the run lastEndInRun last returned, up to its end, was plain (see scanTokens): its second answer. */
let runPlain = true;

/** A-Z and the apostrophe, which lower-casing or dropping a possessive changes: a bit of ASCII_RUN only. */
const CHANGES = 32;

/** runClasses of every ASCII code (and CHANGES), read by the loops above instead of asking for each character. */
const ASCII_RUN = new Uint8Array(128);
for (let code = 0; code < 128; code++)
  ASCII_RUN[code] = runClasses(code) | ((code >= 65 && code <= 90) || code === 39 ? CHANGES : 0);
