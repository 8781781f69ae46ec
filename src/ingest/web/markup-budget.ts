// Readability's cost grows much faster than the nesting of a page (400 nested <div>s: 2.8 s; 2,000: 79 s), so a
// page is measured before any DOM is built: one forward scan of its tags. Real article pages nest a few dozen
// levels and hold a few thousand elements; a page far beyond that is refused as too complex to read.
import { CopydeskError } from '../../errors.ts';

/** Deepest nesting allowed (real news pages stay under about 60). */
export const MAX_DEPTH = 160;
/** Most elements allowed. Readability gives up at 60,000 and we fall back to the page's <p>s; far beyond that,
 * even the fallback's DOM is too costly. */
export const MAX_ELEMENTS = 200_000;

const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'param',
  'source',
  'track',
  'wbr',
]);
/** Their content is text, not markup: a "<div>" inside a script is not an element. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript', 'template']);

export interface MarkupSize {
  depth: number;
  elements: number;
}

/** Elements whose open tag implicitly closes an open one of the same name (unclosed <p>s do not nest). */
const SELF_ENDING = new Set(['p', 'li', 'dt', 'dd', 'option', 'tr', 'td', 'th']);

/** Stops counting once past either limit: the answer is already known, and the stack stays small. */
export function measureMarkup(markup: string): MarkupSize {
  const stack: string[] = [];
  let depth = 0;
  let elements = 0;
  const tag = /<(\/?)([a-zA-Z][\w:-]*)[^>]*?(\/?)>|<!--/g;
  for (let match = tag.exec(markup); match; match = tag.exec(markup)) {
    if (match[0] === '<!--') {
      const end = markup.indexOf('-->', tag.lastIndex);
      if (end === -1) break;
      tag.lastIndex = end + 3;
      continue;
    }
    const name = (match[2] as string).toLowerCase();
    if (match[1] === '/') {
      // As browsers do: a closing tag closes up to its open element; a stray one is ignored.
      const at = stack.lastIndexOf(name);
      if (at >= 0) stack.length = at;
      continue;
    }
    elements++;
    if (elements > MAX_ELEMENTS) break;
    if (VOID.has(name) || match[3] === '/') continue;
    if (RAW_TEXT.has(name)) {
      const close = new RegExp(`</${name}`, 'gi');
      close.lastIndex = tag.lastIndex;
      if (!close.exec(markup)) break;
      tag.lastIndex = close.lastIndex;
      continue;
    }
    if (SELF_ENDING.has(name) && stack.at(-1) === name) stack.pop();
    stack.push(name);
    if (stack.length > depth) depth = stack.length;
    if (depth > MAX_DEPTH) break;
  }
  return { depth, elements };
}

/** Throws "too complex to read" for markup beyond the budget; cheap enough to run on every page. */
export function checkMarkupBudget(markup: string): void {
  const size = measureMarkup(markup);
  if (size.depth > MAX_DEPTH || size.elements > MAX_ELEMENTS) {
    throw new CopydeskError(
      'extract_too_complex',
      'This page is too complex to read. Paste the article text instead.',
      {
        detail: { ...size },
      },
    );
  }
}
