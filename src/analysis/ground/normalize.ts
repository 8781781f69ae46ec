// Text normalisation for grounding, with a map back to the original characters so a match keeps its span.
// Differences it forgives: quote marks (dropped on both sides), dash styles, whitespace runs, case, ellipsis form.

const QUOTE_MARK = 1;
const DASH_KIND = 2;
const SPACE_KIND = 3;
/** What each UTF-16 code unit is to the normaliser (0: kept), read from one table rather than sets and a pattern. */
const KIND = new Uint8Array(0x10000);
for (const mark of '"\'‘’‚‛“”„‟«»‹›′″`´') KIND[mark.charCodeAt(0)] = QUOTE_MARK;
for (const dash of '-‐‑‒–—―−') KIND[dash.charCodeAt(0)] = DASH_KIND;
// What `\s` matches: the ASCII spaces, then Unicode's.
for (const space of [
  0x09, 0x0a, 0x0b, 0x0c, 0x0d, 0x20, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000, 0xfeff,
])
  KIND[space] = SPACE_KIND;
for (let space = 0x2000; space <= 0x200a; space++) KIND[space] = SPACE_KIND;
const DASH = 0x2d;
const SPACE_CODE = 0x20;
const DOT = 0x2e;
const ELLIPSIS = 0x2026;

export interface Normalized {
  text: string;
  /** origin[i] is the index in the original string of normalized character i. */
  origin: Uint32Array;
}

/**
 * One pass over the text's UTF-16 code units into typed arrays, joined into a string once at the end. Written
 * a character string at a time into plain arrays, 2 MB of news took 0.7 s and most of grounding's time.
 */
export function normalizeWithMap(original: string): Normalized {
  const out = new CodeBuffer(original.length);
  let pendingSpace = -1; // index of a whitespace run (or dash) waiting to become one space
  let lastWasDash = false;
  const emit = (code: number, from: number) => {
    if (pendingSpace >= 0 && out.length > 0) out.push(SPACE_CODE, pendingSpace);
    pendingSpace = -1;
    out.push(code, from);
  };
  for (let i = 0; i < original.length; i++) {
    const code = original.charCodeAt(i);
    const kind = KIND[code] as number;
    if (kind === QUOTE_MARK) continue;
    if (kind === DASH_KIND) {
      // "home—and", "home - and" and "home -- and" all become "home - and".
      if (!lastWasDash) {
        if (pendingSpace < 0) pendingSpace = i;
        emit(DASH, i);
        pendingSpace = i;
      }
      lastWasDash = true;
      continue;
    }
    if (kind === SPACE_KIND) {
      if (pendingSpace < 0) pendingSpace = i;
      continue;
    }
    lastWasDash = false;
    if (code === ELLIPSIS) {
      emit(DOT, i);
      out.push(DOT, i);
      out.push(DOT, i);
    } else if (code < 0x80) emit(code >= 0x41 && code <= 0x5a ? code + 0x20 : code, i);
    else {
      // Rare characters whose lower case is longer (İ): every part maps back to the same original index.
      const lower = lowerCaseOf(code);
      emit(lower.charCodeAt(0), i);
      for (let k = 1; k < lower.length; k++) out.push(lower.charCodeAt(k), i);
    }
  }
  return out.done();
}

/** One code unit's lower case, as the string method gives it for that unit alone; remembered, news repeats them. */
const lowerCases = new Map<number, string>();
function lowerCaseOf(code: number): string {
  let lower = lowerCases.get(code);
  if (lower === undefined) {
    lower = String.fromCharCode(code).toLowerCase();
    lowerCases.set(code, lower);
  }
  return lower;
}

/** Code units and their origins, grown on the rare text whose normal form is longer than itself. */
class CodeBuffer {
  length = 0;
  private codes: Uint16Array;
  private origins: Uint32Array;

  constructor(expected: number) {
    this.codes = new Uint16Array(Math.max(16, expected));
    this.origins = new Uint32Array(Math.max(16, expected));
  }

  push(code: number, from: number): void {
    if (this.length === this.codes.length) {
      const codes = new Uint16Array(this.codes.length * 2);
      codes.set(this.codes);
      this.codes = codes;
      const origins = new Uint32Array(this.origins.length * 2);
      origins.set(this.origins);
      this.origins = origins;
    }
    this.codes[this.length] = code;
    this.origins[this.length] = from;
    this.length++;
  }

  done(): Normalized {
    // In slices: fromCharCode takes its units as arguments, and a long article has more than a call may pass.
    // It keeps a lone surrogate as it is, where a UTF-16 decoder would replace it. Passed with apply, which reads
    // the slice as an array-like: spread walked it through an iterator, 3.5 times slower on 2 MB.
    let text = '';
    for (let at = 0; at < this.length; at += 8192) {
      const units = this.codes.subarray(at, Math.min(this.length, at + 8192));
      text += String.fromCharCode.apply(null, units as unknown as number[]);
    }
    return { text, origin: this.origins.slice(0, this.length) };
  }
}

/** The normalised form of a quote or evidence string as the model gave it: end punctuation trimmed too. */
export function normalizeNeedle(needle: string): string {
  return normalizeWithMap(needle)
    .text.replace(/^[\s.,;:!?-]+/, '')
    .replace(/[\s.,;:!?-]+$/, '');
}
