// The figures of a text as the written check compares them: digit runs, a thousands separator (comma, space,
// no-break or narrow no-break space) dropped where three digits follow it and end there, leading zeros
// dropped. "1,400" and "1400" are one figure; "6:40" is 6 and 40. This is what
//   text.replace(/(\d)[,\u00a0\u202f ](?=\d{3}\b)/g, '$1').match(/\d+/g), each with /^0+(?=\d)/ removed
// gives, read in one pass: the check asks it of every source's whole text, where the replace copied 2 MB of
// news to find a few thousand figures. A unit test holds the scan to those patterns.

const isDigit = (code: number) => code >= 48 && code <= 57;

/** \w of a pattern without the u flag's case folding: ASCII letters, digits and the underscore. */
const isWordCode = (code: number) =>
  isDigit(code) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) || code === 95;

const isSeparator = (code: number) => code === 44 || code === 32 || code === 0xa0 || code === 0x202f;

/** Whether the separator at `at` sits inside a figure: a digit before it, exactly three after it. */
function joinsDigits(text: string, at: number): boolean {
  return (
    isDigit(text.charCodeAt(at - 1)) &&
    isDigit(text.charCodeAt(at + 1)) &&
    isDigit(text.charCodeAt(at + 2)) &&
    isDigit(text.charCodeAt(at + 3)) &&
    !isWordCode(text.charCodeAt(at + 4))
  );
}

/**
 * Where the next digit is: the pattern's native search skips the text between figures faster than a loop. Asked
 * with `test`, which leaves `lastIndex` just past the digit found and builds no match array: `exec` made one
 * for every figure of every article grounded.
 */
const NEXT_DIGIT = /\d/g;

export function figuresOf(text: string): string[] {
  const figures: string[] = [];
  NEXT_DIGIT.lastIndex = 0;
  while (NEXT_DIGIT.test(text)) {
    let i = NEXT_DIGIT.lastIndex - 1;
    let digits = '';
    let from = i;
    for (;;) {
      while (i < text.length && isDigit(text.charCodeAt(i))) i++;
      if (i < text.length && isSeparator(text.charCodeAt(i)) && joinsDigits(text, i)) {
        digits += text.slice(from, i);
        i++;
        from = i;
        continue;
      }
      digits += text.slice(from, i);
      break;
    }
    figures.push(withoutLeadingZeros(digits));
    NEXT_DIGIT.lastIndex = i;
  }
  return figures;
}

function withoutLeadingZeros(digits: string): string {
  let k = 0;
  while (k < digits.length - 1 && digits.charCodeAt(k) === 48) k++;
  return k === 0 ? digits : digits.slice(k);
}
