// Text normalisation for grounding, with a map back to the original characters so a match keeps its span.
// Differences it forgives: quote marks (dropped on both sides), dash styles, whitespace runs, case, ellipsis form.

const QUOTE_MARKS = /["'‘’‚‛“”„‟«»‹›′″`´]/;
const DASHES = /[-‐‑‒–—―−]/;
const SPACE = /\s/;

export interface Normalized {
  text: string;
  /** origin[i] is the index in the original string of normalized character i. */
  origin: number[];
}

export function normalizeWithMap(original: string): Normalized {
  let text = '';
  const origin: number[] = [];
  const push = (chars: string, from: number) => {
    for (const char of chars) {
      text += char;
      origin.push(from);
    }
  };
  for (let i = 0; i < original.length; i++) {
    const char = original[i] as string;
    if (QUOTE_MARKS.test(char)) continue;
    if (SPACE.test(char)) {
      if (text !== '' && !text.endsWith(' ')) push(' ', i);
      continue;
    }
    if (DASHES.test(char)) {
      // "home—and", "home - and" and "home -- and" all become "home - and".
      if (text.endsWith(' - ') || text.endsWith('-')) continue;
      if (text !== '' && !text.endsWith(' ')) push(' ', i);
      push('- ', i);
      continue;
    }
    if (char === '…') {
      push('...', i);
      continue;
    }
    push(char.toLowerCase(), i);
  }
  // Collapse the double space a dash can leave before real whitespace.
  return collapseSpaces({ text, origin });
}

function collapseSpaces(input: Normalized): Normalized {
  let text = '';
  const origin: number[] = [];
  for (let i = 0; i < input.text.length; i++) {
    const char = input.text[i] as string;
    if (char === ' ' && (text === '' || text.endsWith(' '))) continue;
    text += char;
    origin.push(input.origin[i] as number);
  }
  while (text.endsWith(' ')) {
    text = text.slice(0, -1);
    origin.pop();
  }
  return { text, origin };
}

/** The normalised form of a quote or evidence string as the model gave it: end punctuation trimmed too. */
export function normalizeNeedle(needle: string): string {
  return normalizeWithMap(needle)
    .text.replace(/^[\s.,;:!?-]+/, '')
    .replace(/[\s.,;:!?-]+$/, '');
}
