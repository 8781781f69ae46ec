// The disagreement grid as a native `table` block: one row per disagreement, one column per source, each
// cell that source's own words. Pure; the caps come from limits.ts, and what does not fit is reported so the
// caller can send it to the thread.
import type { RichTextBlock, RichTextElement, TableBlock } from '@slack/types';
import type { Disagreement, FactSheet, SourceSheet } from '../../types.ts';
import { sourceName } from '../source-name.ts';
import { substantive } from '../substantive.ts';
import { bySeverity, KIND_LABEL, SEVERITY_EMOJI } from './disagreement-marks.ts';
import { oneLine, truncate } from './escape.ts';
import { GRID_BUDGET, TABLE_LIMITS } from './limits.ts';

/** A source that does not speak to a disagreement: an empty cell would read as a rendering fault. */
export const SILENT_CELL = '—';

export interface GridTable {
  block: TableBlock;
  /** The disagreements in the table, in row order (by severity). */
  shown: Disagreement[];
  /** Disagreements left out of the table (row cap or character budget): the thread has them. */
  hidden: Disagreement[];
  /** Sources without a column (more than the table's column cap). */
  hiddenSources: SourceSheet[];
  /** Characters in all cells: counts toward the message's size. */
  chars: number;
}

export interface GridBudget {
  rows: number;
  cellChars: number;
  topicChars: number;
  allCellsChars: number;
}

/** Null when there is nothing to tabulate: no comparison, or no disagreement. */
export function gridTable(sheet: FactSheet, budget: GridBudget = GRID_BUDGET): GridTable | null {
  const disagreements = bySeverity(substantive(sheet.comparison?.disagreements ?? []));
  if (disagreements.length === 0 || sheet.sources.length === 0) return null;
  // The first column names the disagreement; every other column is one source.
  const sources = sheet.sources.slice(0, TABLE_LIMITS.cellsPerRow - 1);
  const header = [plainCell('Disagreement', true), ...sources.map((source) => sourceHeader(source))];
  let chars = header.reduce((sum, cell) => sum + cellChars(cell), 0);
  const rows: RichTextBlock[][] = [header];
  const shown: Disagreement[] = [];
  const maxRows = Math.min(budget.rows, TABLE_LIMITS.rows - 1);
  for (const item of disagreements) {
    if (shown.length >= maxRows) break;
    const row = [topicCell(item, budget.topicChars), ...sources.map((s) => wordsCell(item, s.id, budget))];
    const rowChars = row.reduce((sum, cell) => sum + cellChars(cell), 0);
    if (chars + rowChars > Math.min(budget.allCellsChars, TABLE_LIMITS.allCellsChars)) break;
    rows.push(row);
    shown.push(item);
    chars += rowChars;
  }
  return {
    block: {
      type: 'table',
      // Source words are sentences: wrapped, or a row would scroll sideways out of sight.
      column_settings: header.map(() => ({ is_wrapped: true })).slice(0, TABLE_LIMITS.columnSettings),
      rows,
    },
    shown,
    hidden: disagreements.slice(shown.length),
    hiddenSources: sheet.sources.slice(sources.length),
    chars,
  };
}

/**
 * What one source says on one disagreement: its own words, one line, cut to fit. Two passages from one
 * source are both shown. Rich text `text` elements are literal (mentions and links are separate element
 * types), so article text goes in unescaped: escaping would print `&amp;`, and nothing in it can ping anyone.
 */
function wordsCell(item: Disagreement, sourceId: string, budget: GridBudget): RichTextBlock {
  const texts = item.versions.filter((version) => version.source === sourceId).map((version) => version.text);
  const unique = [...new Set(texts.map((text) => oneLine(text)).filter((text) => text !== ''))];
  if (unique.length === 0) return plainCell(SILENT_CELL);
  return plainCell(truncate(unique.map((text) => `“${text}”`).join(' / '), budget.cellChars));
}

function topicCell(item: Disagreement, max: number): RichTextBlock {
  return richCell([
    { type: 'emoji', name: SEVERITY_EMOJI[item.severity] },
    { type: 'text', text: ` ${truncate(oneLine(item.topic), max)}`, style: { bold: true } },
    { type: 'text', text: `\n${KIND_LABEL[item.kind]}`, style: { italic: true } },
  ]);
}

function sourceHeader(source: SourceSheet): RichTextBlock {
  return richCell([
    { type: 'text', text: source.id, style: { bold: true } },
    { type: 'text', text: ` · ${truncate(oneLine(sourceName(source)), 40)}` },
  ]);
}

function plainCell(text: string, bold = false): RichTextBlock {
  return richCell([bold ? { type: 'text', text, style: { bold: true } } : { type: 'text', text }]);
}

/** rich_text cells rather than raw_text: they carry the severity emoji and bold headers. */
function richCell(elements: RichTextElement[]): RichTextBlock {
  return { type: 'rich_text', elements: [{ type: 'rich_text_section', elements }] };
}

/** Visible characters of a cell (an emoji counts as its :name:). */
export function cellChars(cell: RichTextBlock): number {
  let sum = 0;
  for (const element of cell.elements) {
    if (element.type !== 'rich_text_section') continue;
    for (const part of element.elements) {
      if (part.type === 'text') sum += part.text.length;
      else if (part.type === 'emoji') sum += part.name.length + 2;
    }
  }
  return sum;
}

/** Every text of a table, for tests and for counting. */
export function tableTexts(block: TableBlock): string[][] {
  return block.rows.map((row) =>
    row.map((cell) =>
      cell.type === 'rich_text'
        ? cell.elements
            .flatMap((element) => (element.type === 'rich_text_section' ? element.elements : []))
            .map((part) => (part.type === 'text' ? part.text : part.type === 'emoji' ? `:${part.name}:` : ''))
            .join('')
        : cell.text,
    ),
  );
}
