// Whether a workspace's Slack takes the `table` block. Decided the first time Slack refuses one
// (invalid_blocks) and remembered in the store, so later sheets go straight to the table-free form. Forgotten
// after a month: a workspace that gains tables gets them back without anyone clearing anything.
import type { KnownBlock } from '@slack/types';
import type { Store } from '../../store/store.ts';

const KEY = (team: string) => `tables1:refused:${team}`;
const REMEMBER_MS = 30 * 24 * 3600_000;
/** What Slack answers for a block it does not know or will not take here. */
const REFUSED = new Set(['invalid_blocks', 'invalid_blocks_format']);

export async function tablesRefused(store: Store, team: string): Promise<boolean> {
  return (await store.get<boolean>(KEY(team))) === true;
}

export async function rememberTablesRefused(store: Store, team: string): Promise<void> {
  await store.set(KEY(team), true, REMEMBER_MS);
}

export function hasTable(blocks: readonly KnownBlock[]): boolean {
  return blocks.some((block) => block.type === 'table');
}

export function isBlocksRefusal(error: unknown): boolean {
  const code = (error as { data?: { error?: string } } | null)?.data?.error;
  return code !== undefined && REFUSED.has(code);
}
