// PLAIN_VERB's question read by hand: does a clause hold an auxiliary ("is", "would"), a contraction ("didn't",
// "they'll") or an -ed form ("announced")? hasFiniteVerb asks it of every reported clause and every claim,
// and the pattern, case-insensitive over Unicode, tried its eight-and-twenty alternatives at every word
// boundary. The scanner reads each letter once, keeping the pattern's exact sense of a word boundary:
// under /iu `\b` sits between `\w` ([A-Za-z0-9_], "ſ" and the Kelvin sign) and anything else, so in "doé"
// "do" is a word; `\p{L}` and `\p{Ll}` match what case-folds into them (every cased letter is "lower case").
import { CodePointClasses, codePointIn, widthOf } from '../char-classes.ts';

/** The pattern the scanner stands for. */
export const PLAIN_VERB =
  /\b(?:is|are|was|were|be|been|has|have|had|will|would|could|should|can|may|might|must|shall|did|does|do|\p{L}+n['’]t|\p{L}+['’](?:ll|re|ve|d)|(?<![\p{L}-])\p{Ll}{3,}ed)\b/iu;

const AUXILIARY_WORDS = new Set(
  'is are was were be been has have had will would could should can may might must shall did does do'.split(
    ' ',
  ),
);

export function hasPlainVerb(text: string): boolean {
  const n = text.length;
  let before = -1;
  for (let i = 0; i < n; ) {
    const code = codePointIn(text, i, n);
    if (!isLetter(code)) {
      before = code;
      i += widthOf(code);
      continue;
    }
    const end = asciiLetterRunEnd(text, i);
    if (end < n && isLetter(codePointIn(text, end, n))) {
      // A run with other letters ("café", "Dvořák"): the general reading.
      const whole = letterRunEnd(text, end);
      if (hasVerbIn(text, i, whole, before)) return true;
      before = codePointBefore(text, whole);
      i = whole;
    } else {
      if (hasVerbInAscii(text, i, end, before)) return true;
      before = text.charCodeAt(end - 1);
      i = end;
    }
  }
  return false;
}

function hasVerbIn(text: string, start: number, end: number, before: number): boolean {
  return (
    auxiliaryIn(text, start, end, before) ||
    edFormAt(text, start, end, before) ||
    contractionAfter(text, start, end, before)
  );
}

/**
 * The same three readings of a run of ASCII letters, where every letter is `\w` and lower case to the
 * pattern: the run is one `\w` word, bounded when neither side is a digit or "_".
 */
function hasVerbInAscii(text: string, start: number, end: number, before: number): boolean {
  const open = !isWordChar(before);
  const after = codeAt(text, end);
  const length = end - start;
  if (open && !isWordChar(after)) {
    if (length >= 2 && length <= 6 && AUXILIARY_WORDS.has(text.slice(start, end).toLowerCase())) return true;
    // "announced": three letters or more, then "ed".
    if (
      length >= 5 &&
      before !== 45 &&
      (text.charCodeAt(end - 2) | 32) === 101 &&
      (text.charCodeAt(end - 1) | 32) === 100
    )
      return true;
  }
  return open && (after === 39 || after === 0x2019) && contractionAfter(text, start, end, before);
}

function asciiLetterRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = text.charCodeAt(i) | 32;
    if (code < 97 || code > 122) break;
    i++;
  }
  return i;
}

/** A whole `\w` word of the run that is an auxiliary: "is" in "it is", "do" in "to-do" and in "doé". */
function auxiliaryIn(text: string, start: number, end: number, before: number): boolean {
  // Where the `\w` word being read started, or -1 when it started before the run ("5do") or none is read.
  let wordStart = -1;
  let previous = before;
  for (let i = start; i < end; ) {
    const code = codePointIn(text, i, text.length);
    if (isWordChar(code)) {
      if (!isWordChar(previous)) wordStart = i;
    } else {
      if (isAuxiliary(text, wordStart, i)) return true;
      wordStart = -1;
    }
    previous = code;
    i += widthOf(code);
  }
  // At the run's end the word is whole only if no digit or "_" goes on with it.
  return !isWordChar(codeAt(text, end)) && isAuxiliary(text, wordStart, end);
}

function isAuxiliary(text: string, start: number, end: number): boolean {
  return (
    start >= 0 && end - start >= 2 && end - start <= 6 && AUXILIARY_WORDS.has(fold(text.slice(start, end)))
  );
}

/** `(?<![\p{L}-])\p{Ll}{3,}ed\b` from the run's start: "announced", "warned", and "ed" before a `\W` letter. */
function edFormAt(text: string, start: number, end: number, before: number): boolean {
  if (before === 45 || isWordChar(before) === isWordChar(codePointIn(text, start, text.length))) return false;
  let count = 0;
  for (let i = start; i < end; ) {
    const code = codePointIn(text, i, text.length);
    if (count >= 3 && (code | 32) === 101 && (codeAt(text, i + 1) | 32) === 100) {
      if (!isWordChar(codeAt(text, i + 2))) return true;
    }
    if (!isLowerCase(code)) return false;
    count++;
    i += widthOf(code);
  }
  return false;
}

/** `\p{L}+n['’]t\b` or `\p{L}+['’](?:ll|re|ve|d)\b` ending the run, from a word boundary inside it. */
function contractionAfter(text: string, start: number, end: number, before: number): boolean {
  const mark = text.charCodeAt(end);
  if (mark !== 39 && mark !== 0x2019) return false;
  const boundary = firstBoundary(text, start, end, before);
  if (boundary < 0) return false;
  // Letters compared by `| 32`, which folds only "T" into "t" (and likewise for the others).
  const a = codeAt(text, end + 1) | 32;
  const b = codeAt(text, end + 2) | 32;
  // "didn't": at least one letter of the run before its "n".
  if (a === 116 && (text.charCodeAt(end - 1) | 32) === 110 && boundary < end - 1) {
    if (!isWordChar(codeAt(text, end + 2))) return true;
  }
  if ((a === 108 && b === 108) || (a === 114 && b === 101) || (a === 118 && b === 101)) {
    if (!isWordChar(codeAt(text, end + 3))) return true;
  }
  return a === 100 && !isWordChar(codeAt(text, end + 2));
}

/** Where a `\b` first falls on a letter of the run, or -1. */
function firstBoundary(text: string, start: number, end: number, before: number): number {
  let previous = isWordChar(before);
  for (let i = start; i < end; ) {
    const code = codePointIn(text, i, text.length);
    const word = isWordChar(code);
    if (word !== previous) return i;
    previous = word;
    i += widthOf(code);
  }
  return -1;
}

function letterRunEnd(text: string, start: number): number {
  let i = start;
  while (i < text.length) {
    const code = codePointIn(text, i, text.length);
    if (!isLetter(code)) break;
    i += widthOf(code);
  }
  return i;
}

/** The code point at `at`, or -1 past the end. */
function codeAt(text: string, at: number): number {
  return at < text.length ? codePointIn(text, at, text.length) : -1;
}

function codePointBefore(text: string, at: number): number {
  if (at <= 0) return -1;
  const low = text.charCodeAt(at - 1);
  if (low >= 0xdc00 && low <= 0xdfff && at >= 2) {
    const high = text.charCodeAt(at - 2);
    if (high >= 0xd800 && high <= 0xdbff) return (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  }
  return low;
}

/** `\w` under /iu: ASCII letters, digits and "_", and the two characters that case-fold into them. */
function isWordChar(code: number): boolean {
  if (code < 128)
    return (code | 32) >= 97 && (code | 32) <= 122 ? true : (code >= 48 && code <= 57) || code === 95;
  return code === 0x17f || code === 0x212a;
}

/** The auxiliary as the pattern compares it: "WAS" and "waſ" are "was". */
function fold(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

const LETTER = 1;
const LOWER = 2;
/** `\p{L}` and `\p{Ll}` under /iu of the code points past ASCII, asked once each. */
const CLASSES = new CodePointClasses(
  (char) => (/\p{L}/iu.test(char) ? LETTER : 0) | (/\p{Ll}/iu.test(char) ? LOWER : 0),
);

function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return (CLASSES.of(code) & LETTER) !== 0;
}

/** `\p{Ll}` under /iu: any ASCII letter, and what the pattern says of the rest. */
function isLowerCase(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return (CLASSES.of(code) & LOWER) !== 0;
}
