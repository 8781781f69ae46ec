import type { KnownBlock, TableBlock } from '@slack/types';
import { describe, expect, it } from 'vitest';
import { messageChars } from '../../../src/render/blocks/block-kit.ts';
import { cellChars, SILENT_CELL, tableTexts } from '../../../src/render/blocks/grid-table.ts';
import { GRID_BUDGET, MESSAGE_BUDGET, TABLE_LIMITS } from '../../../src/render/blocks/limits.ts';
import { renderBlocks } from '../../../src/render/blocks/render-blocks.ts';
import { renderTableSheet } from '../../../src/render/blocks/table-sheet.ts';
import type { Disagreement, FactSheet } from '../../../src/types.ts';
import { expectEscaped, expectWithinLimits, mrkdwnTexts } from '../../support/slack-limits.ts';
import { makeSheet, sourceSheet } from '../../support/slack-sheets.ts';

function tables(blocks: KnownBlock[]): TableBlock[] {
  return blocks.filter((block): block is TableBlock => block.type === 'table');
}

function theTable(sheet: FactSheet): TableBlock {
  const found = tables(renderTableSheet(sheet).blocks);
  expect(found).toHaveLength(1);
  return found[0] as TableBlock;
}

function expectTableWithinLimits(table: TableBlock): void {
  expect(table.rows.length).toBeLessThanOrEqual(TABLE_LIMITS.rows);
  expect(table.column_settings?.length ?? 0).toBeLessThanOrEqual(TABLE_LIMITS.columnSettings);
  const width = table.rows[0]?.length ?? 0;
  let chars = 0;
  for (const row of table.rows) {
    expect(row.length).toBe(width);
    expect(row.length).toBeLessThanOrEqual(TABLE_LIMITS.cellsPerRow);
    for (const cell of row) {
      expect(cell.type).toBe('rich_text');
      if (cell.type === 'rich_text') chars += cellChars(cell);
    }
  }
  expect(chars).toBeLessThanOrEqual(GRID_BUDGET.allCellsChars);
}

function withDisagreements(sheet: FactSheet, disagreements: Disagreement[]): FactSheet {
  if (!sheet.comparison) throw new Error('sheet needs a comparison');
  return { ...sheet, comparison: { ...sheet.comparison, disagreements } };
}

describe('the disagreement grid as a table block', () => {
  it('has one row per disagreement and one column per source, each cell the source’s own words', () => {
    const sheet = makeSheet(3, { disagreements: 3 });
    const texts = tableTexts(theTable(sheet));
    expect(texts[0]).toEqual([
      'Disagreement',
      'S1 · Harbour Gazette',
      'S2 · citywire.example',
      'S3 · Radio North',
    ]);
    expect(texts).toHaveLength(4);
    // Highest severity first, as in the section rendering.
    expect(texts.slice(1).map((row) => row[0]?.split('\n')[0])).toEqual([
      ':red_circle: Repair cost 2',
      ':large_orange_circle: Repair cost 3',
      ':white_circle: Repair cost 1',
    ]);
    // Rich text is literal: the article's characters, unescaped and unparsed.
    expect(texts[1]?.[2]).toBe('“repairs will cost $5.2 million <https://evil.example|click> & more”');
  });

  it('stays within Slack’s table limits and the message budget for five sources and many flags', () => {
    const sheet = makeSheet(5, { disagreements: 30, failed: 1 });
    const message = renderTableSheet(sheet);
    const table = theTable(sheet);
    expectTableWithinLimits(table);
    expect(table.rows.length).toBe(1 + GRID_BUDGET.rows);
    expectWithinLimits(message.blocks);
    const tableChars = tableTexts(table).flat().join('').length;
    expect(messageChars(message.blocks) + tableChars).toBeLessThanOrEqual(MESSAGE_BUDGET.chars);
    expect(message.text.length).toBeLessThanOrEqual(MESSAGE_BUDGET.fallbackChars);
    for (const detail of message.details) {
      expectWithinLimits(detail.blocks);
      expect(tables(detail.blocks)).toEqual([]);
    }
  });

  it('cuts a long passage in its cell and keeps the whole of it for the thread', () => {
    const long = `${'The council said the repairs would take far longer than planned '.repeat(6)}end`;
    const sheet = withDisagreements(makeSheet(2), [
      {
        topic: 'Repair time',
        kind: 'other',
        severity: 'high',
        note: 'Only one source gives a long account.',
        versions: [
          { source: 'S1', text: long, ref: null },
          { source: 'S2', text: 'six weeks', ref: null },
        ],
        foundBy: 'llm',
      },
    ]);
    const message = renderTableSheet(sheet);
    const cell = tableTexts(theTable(sheet))[1]?.[1] ?? '';
    expect(cell.length).toBeLessThanOrEqual(GRID_BUDGET.cellChars);
    expect(cell.endsWith('…')).toBe(true);
    const thread = message.details.flatMap((detail) => mrkdwnTexts(detail.blocks)).join('\n');
    expect(thread).toContain('Only one source gives a long account.');
    expect(thread).toContain('end”');
  });

  it('marks a source that does not speak to a disagreement, and shows two passages of one source', () => {
    const sheet = withDisagreements(makeSheet(3), [
      {
        topic: 'Who closed the bridge',
        kind: 'attribution',
        severity: 'medium',
        note: '',
        versions: [
          { source: 'S1', text: 'the mayor closed it', ref: null },
          { source: 'S1', text: 'the city engineer ordered it shut', ref: null },
          { source: 'S3', text: 'inspectors closed it', ref: null },
        ],
        foundBy: 'rule',
      },
    ]);
    const row = tableTexts(theTable(sheet))[1] ?? [];
    expect(row[1]).toBe('“the mayor closed it” / “the city engineer ordered it shut”');
    expect(row[2]).toBe(SILENT_CELL);
    expect(row[3]).toBe('“inspectors closed it”');
  });

  it('sends rows past the cap and sources past the column limit to the thread, and says so', () => {
    const base = makeSheet(2, { disagreements: 12 });
    const sources = Array.from({ length: 22 }, (_, index) => sourceSheet(index));
    const sheet: FactSheet = { ...base, sources };
    const message = renderTableSheet(sheet);
    const table = theTable(sheet);
    expect(table.rows[0]).toHaveLength(TABLE_LIMITS.cellsPerRow);
    expectTableWithinLimits(table);
    const note = mrkdwnTexts(message.blocks).find((text) => text.includes('In the thread')) ?? '';
    expect(note).toContain('4 more disagreements');
    expect(note).toContain('S20, S21, S22');
    const thread = message.details.flatMap((detail) => mrkdwnTexts(detail.blocks)).join('\n');
    expect(thread.match(/Repair cost \d+/g)?.length ?? 0).toBeGreaterThanOrEqual(12);
  });

  it('still reads without table support: a line naming every flag, and a fallback with the words', () => {
    const sheet = makeSheet(3, { disagreements: 3 });
    const message = renderTableSheet(sheet);
    const sections = mrkdwnTexts(message.blocks);
    const line = sections.find((text) => text.startsWith('*Where sources disagree* (3)')) ?? '';
    for (const topic of ['Repair cost 1 (numbers)', 'Repair cost 2 (who said it)', 'Repair cost 3 (numbers)'])
      expect(line).toContain(topic);
    expect(message.text).toMatch(
      /^Fact sheet comparing 3 sources: 3 disagreements\. Repair cost 2: S1 “repairs/,
    );
    // Everything in mrkdwn, the fallback included, is escaped: a source cannot fake a link or ping.
    expectEscaped(
      [...sections, message.text],
      sheet.sources.flatMap((source) => source.url ?? []),
    );
  });

  it('renders a sheet with nothing to tabulate exactly as before', () => {
    expect(renderTableSheet(makeSheet(1))).toEqual(renderBlocks(makeSheet(1)));
    const agreed = withDisagreements(makeSheet(2), []);
    expect(renderTableSheet(agreed)).toEqual(renderBlocks(agreed));
  });
});
