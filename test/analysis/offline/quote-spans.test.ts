import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/analysis/offline/quote-spans.ts';

function spans(paragraphs: string[]) {
  const text = paragraphs.join('\n\n');
  let at = 0;
  const ranges = paragraphs.map((p, index) => {
    const range = { index, start: at, end: at + p.length };
    at += p.length + 2;
    return range;
  });
  return findQuoteSpans(text, ranges).map((s) => ({
    text: text.slice(s.start, s.end),
    closed: s.close !== null,
    continues: s.continues,
  }));
}

describe('findQuoteSpans', () => {
  it('reads curly and straight double quotes, trimming nothing but space', () => {
    expect(spans(['“We won,” she said, and "we will win again."']).map((s) => s.text)).toEqual([
      'We won,',
      'we will win again.',
    ]);
  });

  it('keeps a nested quote inside the outer one', () => {
    expect(spans(['“I kept saying, ‘She is coming home,’” he said.'])[0]?.text).toBe(
      'I kept saying, ‘She is coming home,’',
    );
    expect(
      spans(['He would accept "no deal that says \'forgive and forget\' to anyone," he said.'])[0]?.text,
    ).toBe("no deal that says 'forgive and forget' to anyone,");
  });

  it('ends an unclosed quote at the paragraph end and marks the next paragraph as its continuation', () => {
    expect(
      spans([
        '“The army has orders,” she said. “Not a shot will be fired.',
        '“But nobody should mistake it.”',
      ]),
    ).toEqual([
      { text: 'The army has orders,', closed: true, continues: false },
      { text: 'Not a shot will be fired.', closed: false, continues: false },
      { text: 'But nobody should mistake it.', closed: true, continues: true },
    ]);
  });

  it('keeps a quote typed with straight marks inside one typed the same way', () => {
    expect(
      spans([
        '"That is labeled "overflow," and it is built into the plan," the report said.',
        '"So if a man walks in and says, "I want 500 sandbags," you might wonder."',
      ]).map((s) => s.text),
    ).toEqual([
      'That is labeled "overflow," and it is built into the plan,',
      'So if a man walks in and says, "I want 500 sandbags," you might wonder.',
    ]);
    // After a full stop, or when its next mark opens a word, the mark closes the quote, typed with a slip of the
    // space bar.
    expect(
      spans([
        'Reyes wrote, "the plan is wrong. "Reyes meant a memo asking agencies to "promote and protect" it.',
      ]).map((s) => s.text),
    ).toEqual(['the plan is wrong.', 'promote and protect']);
  });

  it('does not take apostrophes for quotes', () => {
    expect(
      spans(['Lestria’s ministry and the workers’ union met on the hostages’ families’ behalf.']),
    ).toEqual([]);
  });

  it('reads British single quotes when a paragraph has no double quotes', () => {
    expect(
      spans(["'There is no magic money tree,' Gallagher told the union's members."]).map((s) => s.text),
    ).toEqual(['There is no magic money tree,']);
  });

  it('reads archive marks, two apostrophes a side, and runs an unclosed one to the paragraph end', () => {
    expect(
      spans([
        "''This is not reform,'' said Tomas Reyes. ''It is a tax rise.",
        "''And a large one.'' The port's own figures agree, he said, and nobody's ''reform'' changes that.",
      ]),
    ).toEqual([
      { text: 'This is not reform,', closed: true, continues: false },
      { text: 'It is a tax rise.', closed: false, continues: false },
      { text: 'And a large one.', closed: true, continues: true },
      { text: 'reform', closed: true, continues: false },
    ]);
  });
});
