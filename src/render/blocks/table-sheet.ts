// The compact fact sheet: the disagreement grid as a native table in the channel, everything long in the
// thread. Pure, like renderBlocks; a sheet with nothing to tabulate is rendered by renderBlocks unchanged.
// Clients without table support still get the sources, the summary, a line naming every disagreement and a
// fallback `text` that carries each source's words; renderBlocks(sheet) is the table-free message to post
// where Slack refuses the table block.
import type { KnownBlock } from '@slack/types';
import type { FactSheet } from '../../types.ts';
import { context, divider, messageChars, section } from './block-kit.ts';
import { KIND_LABEL } from './disagreement-marks.ts';
import { escapeMrkdwn, escapeWithin, oneLine, truncate } from './escape.ts';
import { type GridBudget, type GridTable, gridTable } from './grid-table.ts';
import { GRID_BUDGET, MESSAGE_BUDGET } from './limits.ts';
import { packDetails } from './message-packer.ts';
import { renderBlocks, type SlackMessage } from './render-blocks.ts';
import { renderGroups } from './sheet-groups.ts';
import { plural, renderFooter, renderHead } from './sheet-head.ts';

export function renderTableSheet(sheet: FactSheet): SlackMessage {
  const grid = gridTable(sheet, fittingBudget(sheet));
  if (grid === null) return renderBlocks(sheet);
  const blocks: KnownBlock[] = [
    ...renderHead(sheet),
    divider(),
    section(topicsLine(grid)),
    grid.block,
    context([threadNote(grid)]),
    ...renderFooter(sheet),
  ];
  // Every group goes to the thread whole: the disagreements with their notes and full words first.
  const parts = packDetails(renderGroups(sheet), false);
  const details = parts.map((part, index) => ({
    text: `Fact sheet details${parts.length > 1 ? ` (${index + 1} of ${parts.length})` : ''}`,
    blocks: [
      context([
        `:page_facing_up: *The fact sheet in full*${parts.length > 1 ? ` · part ${index + 1} of ${parts.length}` : ''}`,
      ]),
      ...part,
    ],
  }));
  return { text: fallbackText(sheet, grid), blocks, details };
}

/** Characters the table's cells may use: what the message budget leaves after everything else. */
function fittingBudget(sheet: FactSheet): GridBudget {
  const rest =
    messageChars([...renderHead(sheet), ...renderFooter(sheet)]) + GRID_BUDGET.topicsLineChars + 400;
  const room = Math.max(1_000, MESSAGE_BUDGET.chars - rest);
  return { ...GRID_BUDGET, allCellsChars: Math.min(GRID_BUDGET.allCellsChars, room) };
}

/** Names every disagreement, in the table or not: the one line that reads the same with or without tables. */
function topicsLine(grid: GridTable): string {
  const all = [...grid.shown, ...grid.hidden];
  const title = `*Where sources disagree* (${all.length})`;
  const topics = all.map((item) => `${oneLine(item.topic)} (${KIND_LABEL[item.kind]})`).join(' · ');
  return `${title}: ${escapeWithin(topics, GRID_BUDGET.topicsLineChars)}`;
}

function threadNote(grid: GridTable): string {
  const more: string[] = [];
  if (grid.hidden.length > 0) more.push(`${plural(grid.hidden.length, 'more disagreement')}`);
  if (grid.hiddenSources.length > 0) {
    more.push(`the words of ${grid.hiddenSources.map((source) => escapeMrkdwn(source.id)).join(', ')}`);
  }
  const extra = more.length > 0 ? `${more.join(' and ')}, ` : '';
  return `_Each cell is that source's own words, cut to fit; — means it does not say. In the thread: ${extra}each disagreement in full with its note, quotes and key facts._`;
}

/**
 * The notification line, and what a client that cannot draw the table shows: each disagreement with each
 * source's words, as far as the fallback budget allows.
 */
function fallbackText(sheet: FactSheet, grid: GridTable): string {
  const all = [...grid.shown, ...grid.hidden];
  const head = `Fact sheet comparing ${sheet.sources.length} sources: ${plural(all.length, 'disagreement')}.`;
  const items = all.map((item) => {
    const words = item.versions.map(
      (version) => `${version.source} “${truncate(oneLine(version.text), 80)}”`,
    );
    return `${oneLine(item.topic)}: ${words.join(', ')}.`;
  });
  return escapeWithin([head, ...items].join(' '), MESSAGE_BUDGET.fallbackChars);
}
