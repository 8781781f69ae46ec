import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/render/markdown.ts';
import { comparison, nameFormsItem, quote, sheet, source } from '../support/sheets.ts';

describe('renderMarkdown', () => {
  it('shows the source’s own words, flags an altered quote, and never shows one not found', () => {
    const markdown = renderMarkdown(
      sheet({
        sources: [
          source({
            id: 'S1',
            quotes: [
              quote({ id: 'S1.Q1', text: 'Divers are already back in the water.' }),
              quote({
                id: 'S1.Q2',
                text: 'We will not rest until every single family has answers',
                match: 'altered',
                sourceText: 'We will not rest until every family has answers',
              }),
              quote({
                id: 'S1.Q3',
                text: 'This is the darkest day',
                match: 'not_found',
                span: null,
                sourceText: null,
              }),
              quote({
                id: 'S1.Q4',
                text: 'Another invented line',
                match: 'not_found',
                span: null,
                sourceText: null,
              }),
            ],
          }),
        ],
      }),
    );
    expect(markdown).toContain(
      '- Mirela Dragomir (Regional Governor): “Divers are already back in the water.”',
    );
    expect(markdown).toContain(
      "- Mirela Dragomir (Regional Governor): “We will not rest until every family has answers” — ⚠ the model's version differed: “We will not rest until every single family has answers”",
    );
    expect(markdown).not.toContain('darkest day');
    expect(markdown).not.toContain('invented');
    expect(markdown).toContain('_2 quotes could not be found in the text and were left out._');
  });

  it('lists failed sources with their reasons and names the offline engine', () => {
    const markdown = renderMarkdown(
      sheet({
        engine: 'offline',
        model: null,
        promptVersion: 'offline-v1',
        usage: { llmCalls: 0, inputTokens: 0, outputTokens: 0, cached: 0 },
        failed: [
          {
            id: 'S2',
            label: 'https://news.example/gone',
            code: 'fetch_not_found',
            reason: 'The page was not found (404).',
          },
        ],
      }),
    );
    expect(markdown).toContain(
      '- **S2** https://news.example/gone — not read: The page was not found (404).',
    );
    expect(markdown.trimEnd().split('\n').at(-1)).toBe('_offline engine (offline-v1, no LLM) · 0 LLM calls_');
  });

  it('folds line breaks from the source so one item stays one line', () => {
    const markdown = renderMarkdown(
      sheet({ sources: [source({ id: 'S1', summary: 'First line.\n\n- not a list item' })] }),
    );
    expect(markdown).toContain('First line. - not a list item');
  });
  it('shows a source’s ellipsis in the change line, not the words it left out struck through', () => {
    const markdown = renderMarkdown(
      sheet({
        sources: [source({ id: 'S1' }), source({ id: 'S2' })],
        comparison: comparison({
          quoteVariants: [
            {
              speaker: 'Ilse Brandt',
              versions: [
                { source: 'S1', text: 'We will keep the ferry, whatever it costs, for the crews', ref: null },
                { source: 'S2', text: 'We will keep the ferry … for the pilots', ref: null },
              ],
              diff: [
                { op: 'same', text: 'We will keep the ferry' },
                { op: 'elided', text: 'whatever it costs,' },
                { op: 'same', text: 'for the' },
                { op: 'removed', text: 'crews' },
                { op: 'added', text: 'pilots' },
              ],
            },
          ],
        }),
      }),
    );
    expect(markdown).toContain('  - change: We will keep the ferry … for the ~~crews~~ **pilots**');
  });

  it('shows the same names written two ways apart, as house style, and no disagreement', () => {
    const markdown = renderMarkdown(
      sheet({
        sources: [source({ id: 'S1' }), source({ id: 'S2' })],
        comparison: comparison({ disagreements: [nameFormsItem()] }),
      }),
    );
    expect(markdown).not.toContain('## Where the sources disagree');
    expect(markdown).toContain('_No disagreements found between the sources._');
    expect(markdown).toContain(
      '## Written differently (house style)\n\n- The same people, written differently: S1 “Ada J. Brenner”, S2 “Ada Brenner”.',
    );
  });

  it('never repeats a summary sentence word for word as a key fact', () => {
    const fact = (id: string, statement: string) => ({
      id,
      statement,
      kind: 'event' as const,
      value: null,
      evidence: statement,
      match: 'verbatim' as const,
      span: null,
      sourceText: statement,
    });
    const markdown = renderMarkdown(
      sheet({
        sources: [
          source({
            id: 'S1',
            summary: 'A ferry capsized on Lake Varna on Saturday. Divers searched the lake overnight.',
            facts: [
              fact('S1.F1', 'A ferry capsized on Lake Varna on Saturday.'),
              fact('S1.F2', 'The ferry carried 40 passengers.'),
            ],
          }),
        ],
      }),
    );
    expect(markdown).toContain('**Key facts**\n\n- The ferry carried 40 passengers.\n');
    expect(markdown.match(/A ferry capsized on Lake Varna on Saturday\./g)).toHaveLength(1);
  });
});

describe('the sheet’s title and its sources’ sections', () => {
  const two = () =>
    renderMarkdown(
      sheet({
        sources: [
          source({
            id: 'S1',
            title: 'Ferry disaster: officials SHAMED as toll climbs',
            summary: 'A ferry sank.',
          }),
          source({ id: 'S2', title: 'Ferry sinks on Lake Varna', summary: 'A ferry went down.' }),
        ],
      }),
    );

  it('titles several sources by what it compares, never by one outlet’s headline', () => {
    const markdown = two();
    expect(markdown.split('\n')[0]).toBe('# Fact sheet: 2 sources compared');
    expect(markdown).toContain(' — Ferry disaster: officials SHAMED as toll climbs');
    expect(markdown).toContain(' — Ferry sinks on Lake Varna');
  });

  it('keeps a single source’s headline as the title', () => {
    const markdown = renderMarkdown(
      sheet({ sources: [source({ id: 'S1', title: 'Ferry sinks on Lake Varna' })] }),
    );
    expect(markdown.split('\n')[0]).toBe('# Fact sheet: Ferry sinks on Lake Varna');
  });

  it('labels each source’s summary as its key facts and quotes are labelled', () => {
    const section = two().split('## S2')[1] ?? '';
    expect(section).toMatch(/\*\*Summary\*\*\n\nA ferry went down\./);
  });
});
