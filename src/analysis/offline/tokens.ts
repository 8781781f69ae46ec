// Word and punctuation tokens with offsets into the article text: the unit the attribution and name rules
// read. "al-Mansouri", "Lestria’s", "2,300" and "42-day" are single tokens; "Mr." is "Mr" and ".".
import { boundedMemo } from '../../util/bounded-memo.ts';
import { scanTokens } from './token-scan.ts';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** False for punctuation tokens: computed once, asked constantly. */
  word: boolean;
  /** lower(text): made by tokenize, or by lowerOf on first ask for a token made elsewhere. */
  lowered?: string | undefined;
  /** Inside a quote, marks included: set by buildTextModel, read through TextModel.quoted. */
  quoted?: boolean;
}

/**
 * What a token is. The text is read by scanTokens (token-scan.ts), which gives exactly this pattern's matches
 * without a regex call per token; the pattern stays as the definition the scanner is tested against. After "Â"
 * or "Ã" (composed or not), a character of U+0080–U+00BF is the second half of a misdecoded letter ("TrÃ©vidic"),
 * part of the word.
 */
export const TOKEN_PATTERN =
  /\p{N}[\p{N},.]*\p{N}|[\p{L}\p{N}](?:(?:[\p{L}\p{M}\p{N}'’.-]|(?<=[ÂÃ]|A[\u0302\u0303])[\x80-\xBF])*(?:[\p{L}\p{M}\p{N}]|(?<=[ÂÃ]|A[\u0302\u0303])[\x80-\xBF]))?|[,;:()\u2013\u2014.!?"“”‘%]/gu;

export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  scanTokens(text, from, to, (start, end, word, plain) => {
    const value = text.slice(start, end);
    tokens.push({
      text: value,
      start,
      end,
      // From the scanner, which knows which alternative matched: a punctuation mark is never a letter or a
      // number, so this is what `value.length > 1 || !PUNCTUATION.has(value)` said, without a Set look-up.
      word,
      // lowerOf's answer, made here: the rules ask it of nearly every token, and filling it in later wrote
      // into tokens the GC had already moved. A plain word (most) or a punctuation mark is its own lower case;
      // the others (capitalised words, mostly names that recur) come from lower's memo: toLowerCase of a
      // string holding any character past Latin-1 (curly quotes make most articles so) goes through ICU.
      lowered: plain ? value : lowerMemo(value),
      quoted: false,
    });
  });
  return tokens;
}

/**
 * stripPossessive(word).toLowerCase(): a word of lower-case ASCII letters and digits without an apostrophe
 * (most words of any article) is already that, and is answered without the two calls.
 */
function lowerForm(word: string): string {
  return isOwnLowerForm(word) ? word : stripPossessive(word).toLowerCase();
}

/** No A-Z, no apostrophe, nothing past ASCII: such a word is its own lowerForm. */
function isOwnLowerForm(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code === 39 || code > 127) return false;
  }
  return true;
}

/** "Lestria’s" → "Lestria"; other words unchanged. */
/** `text.slice(from, to).replace(/['’]s$/u, '')`, without the pattern. */
export function sliceWithoutPossessive(text: string, from: number, to: number): string {
  if (to - from >= 2 && text.charCodeAt(to - 1) === 115) {
    const mark = text.charCodeAt(to - 2);
    if (mark === 39 || mark === 0x2019) return text.slice(from, to - 2);
  }
  return text.slice(from, to);
}

export function stripPossessive(word: string): string {
  const n = word.length;
  if (n > 2 && (word[n - 1] === 's' || word[n - 1] === 'S') && (word[n - 2] === '’' || word[n - 2] === "'")) {
    return word.slice(0, n - 2);
  }
  return word;
}

export function isPossessive(word: string): boolean {
  return stripPossessive(word) !== word && /\p{L}/u.test(word[word.length - 3] ?? '');
}

/** Lower-cased, possessive dropped; memoised because every rule asks for it. */
export function lower(word: string): string {
  // Most words are their own lower case: answered by reading them, without hashing them for the memo.
  return isOwnLowerForm(word) ? word : lowerMemo(word);
}

/** Past this many words a memo starts over: it stays small whatever a long-running process reads. */
const MEMO_CAP = 50_000;

/** lower() of a word that is not its own lower form, from the memo. */
const lowerMemo = boundedMemo((word) => stripPossessive(word).toLowerCase(), MEMO_CAP);

/** lower() of a token's text ('' for no token), kept on the token after the first ask. */
export function lowerOf(token: Token | undefined): string {
  if (token === undefined) return '';
  let value = token.lowered;
  if (value === undefined) {
    // Computed, not looked up in LOWERED: the token keeps it, and hashing each new token's text cost more.
    value = lowerForm(token.text);
    token.lowered = value;
  }
  return value;
}

/**
 * `word.toLowerCase()`, memoised: a word already lower-case ASCII is answered by reading it, and the rest
 * (names, mostly, asked of again and again) from the memo. toLowerCase of a two-byte string (any article
 * with a curly quote) goes through ICU, about four times the cost of the look-up.
 */
export function lowerCase(word: string): string {
  return isLowerAscii(word) ? word : lowerCaseMemo(word);
}

const lowerCaseMemo = boundedMemo((word) => word.toLowerCase(), MEMO_CAP);

/** No A-Z and nothing past ASCII: its own lower case. */
function isLowerAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if ((code >= 65 && code <= 90) || code > 127) return false;
  }
  return true;
}

/** Folds case and accents: "Siobhán" and "siobhan" compare equal. */
export function fold(word: string): string {
  const base = stripPossessive(word);
  // Plain ASCII needs no Unicode decomposition.
  if (isPrintableAscii(base)) return lowerCase(base);
  // The rest ("Siobhán", and every name with a curly apostrophe, "O’Neill") from a memo: the same entity names
  // are folded again and again, and each fold was a decomposition, a pattern replace and an ICU lower-casing.
  return foldMemo(base);
}

const foldMemo = boundedMemo((word) => word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase(), MEMO_CAP);

/** `/^[ -~]*$/`, read by code: every character printable ASCII (space to tilde). */
function isPrintableAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 32 || code > 126) return false;
  }
  return true;
}

/** Capitalised like a name: "Vasko", "O'Neill", or with an Arabic/Dutch particle, "al-Mansouri". */
export function isCapitalised(word: string): boolean {
  // Read by code: the rules ask it of every token, quote marks and dashes included.
  const code = word.charCodeAt(0);
  if (code < 128 ? code >= 65 && code <= 90 : isUpperUnit(code)) return true;
  if (word.charCodeAt(2) === 45 || word.charCodeAt(3) === 45)
    return /^(?:al|el|bin|ibn|abu|van|von|de|di|da|du|le|la)-\p{Lu}/u.test(word);
  // "diGenova", "deBlasio", "LaGuardia"-style surnames written with a lower-case particle glued on. Every
  // particle starts with d, l, v or m: other lower-case words are answered without the pattern.
  if (code !== 100 && code !== 108 && code !== 118 && code !== 109) return false;
  // The capital comes third or fourth: "more", "live", "did" (a-z there, or nothing) are answered without it.
  if (isLowerOrNone(word.charCodeAt(2)) && isLowerOrNone(word.charCodeAt(3))) return false;
  return /^(?:de|di|da|du|la|le|van|von|mc|mac)\p{Lu}\p{Ll}/u.test(word);
}

/**
 * Whether a UTF-16 unit past ASCII changes under toLowerCase and not under toUpperCase, as a capital does:
 * asked of each unit once and kept (the case mappings of a two-byte string go through ICU).
 */
function isUpperUnit(code: number): boolean {
  let known = UPPER_UNITS[code] as number;
  if (known === 0) {
    const unit = String.fromCharCode(code);
    known = unit !== unit.toLowerCase() && unit === unit.toUpperCase() ? 1 : 2;
    UPPER_UNITS[code] = known;
  }
  return known === 1;
}

/** 0 not yet asked, 1 a capital, 2 not. */
const UPPER_UNITS = new Uint8Array(0x10000);

/** a-z, or past the word's end (NaN): never the capital the particle rule looks for. */
function isLowerOrNone(code: number): boolean {
  return (code >= 97 && code <= 122) || Number.isNaN(code);
}

export function isWord(token: Token | undefined): token is Token {
  return token?.word === true;
}

/** A word of a name as written, or a dot of its title or initial: "Mr", ".", "Tom", "Reyes". */
export function isNamePart(token: Token | undefined): boolean {
  return /^(?:\p{Lu}|\.$)/u.test(token?.text ?? '');
}
