// Readability's article element → paragraphs of plain text. textContent would glue paragraphs together;
// walking the tree keeps one paragraph per block element, which is what the analysis and the reader need.

// Block elements start and end a paragraph.
const BLOCKS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'ul',
]);

// Never article text: captions (credits and photo descriptions), scripts, controls, media fallbacks.
const SKIP = new Set([
  'audio',
  'button',
  'canvas',
  'figcaption',
  'form',
  'iframe',
  'input',
  'nav',
  'noscript',
  'object',
  'picture',
  'script',
  'select',
  'style',
  'svg',
  'template',
  'textarea',
  'video',
]);

interface DomNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<DomNode>;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

export function htmlParagraphs(root: DomNode): string[] {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const lines = current
      .split('\n')
      .map((line) => line.replace(/[ \t\r\f\u00a0]+/g, ' ').trim())
      .filter((line) => line !== '');
    if (lines.length > 0) paragraphs.push(lines.join('\n'));
    current = '';
  };
  const walk = (node: DomNode) => {
    if (node.nodeType === TEXT_NODE) {
      current += (node.textContent ?? '').replace(/\s+/g, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE) return;
    const name = node.nodeName.toLowerCase();
    if (SKIP.has(name)) return;
    if (name === 'br') {
      current += '\n';
      return;
    }
    const block = BLOCKS.has(name);
    if (block) flush();
    // Table cells sit side by side: keep them apart on one line.
    if (name === 'td' || name === 'th') current += ' ';
    for (let i = 0; i < node.childNodes.length; i++) {
      const child = node.childNodes[i];
      if (child) walk(child);
    }
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs;
}
