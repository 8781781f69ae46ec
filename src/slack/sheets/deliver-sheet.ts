// Posts a finished sheet: the compact form (its grid a native table) unless this workspace's Slack has refused
// a table before, with the feedback row under it. If Slack refuses the table now, the same sheet goes again in
// the table-free form and the workspace is remembered. The sheet is kept (by ID, and by thread) so feedback
// clicks and follow-up questions find it.
import type { KnownBlock } from '@slack/types';
import { feedbackActions } from '../../render/blocks/feedback-actions.ts';
import { renderBlocks, type SlackMessage } from '../../render/blocks/render-blocks.ts';
import { renderTableSheet } from '../../render/blocks/table-sheet.ts';
import type { FactSheet } from '../../types.ts';
import { type Destination, type SheetMessage, withRoom } from '../jobs/destinations.ts';
import type { SlackServices } from '../services.ts';
import { keepSheet, newSheetId, placeSheet, type SheetPlace } from './sheet-records.ts';
import { hasTable, isBlocksRefusal, rememberTablesRefused, tablesRefused } from './table-support.ts';

export interface SheetToDeliver {
  team: string;
  sheet: FactSheet;
  /** Blocks of the job's own to add under the sheet (a hint), before the feedback row. */
  extra?: KnownBlock[];
}

export async function deliverSheet(
  services: Pick<SlackServices, 'store' | 'logger' | 'keptDays'>,
  destination: Destination,
  { team, sheet, extra = [] }: SheetToDeliver,
): Promise<void> {
  const { store, logger, keptDays } = services;
  const id = newSheetId();
  const compose = (message: SlackMessage): SheetMessage => {
    const blocks = [...extra, feedbackActions(id, sheet)].reduce(withRoom, message.blocks);
    return { ...message, blocks, sheetId: id };
  };
  await keepSheet(store, { v: 1, id, team, at: new Date().toISOString(), sheet }, keptDays);
  const compact = (await tablesRefused(store, team)) ? renderBlocks(sheet) : renderTableSheet(sheet);
  let place: SheetPlace | undefined;
  try {
    place = await destination.deliver(compose(compact));
  } catch (error) {
    if (!hasTable(compact.blocks) || !isBlocksRefusal(error)) throw error;
    logger.info({ team }, 'Slack refused the table block: this workspace gets sheets without it from now on');
    await rememberTablesRefused(store, team);
    place = await destination.deliver(compose(renderBlocks(sheet)));
  }
  if (place) await placeSheet(store, id, place, keptDays);
}
