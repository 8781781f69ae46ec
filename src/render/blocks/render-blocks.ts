// FactSheet → Slack message: the main fact sheet plus details replies for what does not fit.
// Pure: no I/O, no clock. The CLI's --format blocks and the Slack app both call this.
import type { KnownBlock } from '@slack/types';
import type { FactSheet } from '../../types.ts';
import { substantive } from '../substantive.ts';
import { context } from './block-kit.ts';
import { escapeWithin, oneLine } from './escape.ts';
import { MESSAGE_BUDGET } from './limits.ts';
import { packMessage } from './message-packer.ts';
import { renderGroups } from './sheet-groups.ts';
import { plural, renderFooter, renderHead } from './sheet-head.ts';

export interface SlackMessage {
  /** Notification and accessibility fallback; escaped mrkdwn. */
  text: string;
  blocks: KnownBlock[];
  /** Overflow replies for the thread, in order. */
  details: { text: string; blocks: KnownBlock[] }[];
}

export function renderBlocks(sheet: FactSheet): SlackMessage {
  const packed = packMessage(renderHead(sheet), renderGroups(sheet), renderFooter(sheet));
  const count = packed.details.length;
  const details = packed.details.map((blocks, index) => ({
    text: `Fact sheet details${count > 1 ? ` (${index + 1} of ${count})` : ''}`,
    blocks: [
      context([
        `:page_facing_up: *More from the fact sheet*${count > 1 ? ` · part ${index + 1} of ${count}` : ''}`,
      ]),
      ...blocks,
    ],
  }));
  return { text: fallbackText(sheet), blocks: packed.main, details };
}

function fallbackText(sheet: FactSheet): string {
  const failed =
    sheet.failed.length > 0 ? ` (${plural(sheet.failed.length, 'source')} could not be read)` : '';
  if (sheet.sources.length === 0) return `copydesk could not read any of the sources${failed}.`;
  if (sheet.sources.length === 1) {
    const source = sheet.sources[0];
    const title = source?.title ?? source?.label ?? 'source';
    const summary = source?.summary ? `: ${source.summary}` : '';
    return escapeWithin(oneLine(`Fact sheet for ${title}${summary}${failed}`), MESSAGE_BUDGET.fallbackChars);
  }
  const disagreements = substantive(sheet.comparison?.disagreements ?? []).length;
  return escapeWithin(
    `Fact sheet comparing ${sheet.sources.length} sources: ${plural(disagreements, 'disagreement')}${failed}`,
    MESSAGE_BUDGET.fallbackChars,
  );
}
