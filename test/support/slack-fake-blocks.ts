// What the Slack double checks in the blocks it is sent: block types Slack knows (the `table` block among
// them), a table's shape within Slack's limits, and the types a test says this workspace refuses. Answers with
// Slack's own error code, or null when the blocks would be taken.
import { TABLE_LIMITS } from '../../src/render/blocks/limits.ts';

const KNOWN = new Set([
  'actions',
  'context',
  'divider',
  'file',
  'header',
  'image',
  'input',
  'markdown',
  'rich_text',
  'section',
  'table',
  'video',
  'context_actions',
  'plan',
  'task_card',
]);

export function blocksError(blocks: unknown, refused: ReadonlySet<string>): string | null {
  if (blocks === undefined) return null;
  if (!Array.isArray(blocks)) return 'invalid_blocks_format';
  if (blocks.length > 50) return 'invalid_blocks';
  let tables = 0;
  for (const block of blocks as { type?: unknown; rows?: unknown }[]) {
    const type = typeof block?.type === 'string' ? block.type : '';
    if (!KNOWN.has(type) || refused.has(type)) return 'invalid_blocks';
    if (type !== 'table') continue;
    tables += 1;
    const rows = block.rows;
    if (tables > TABLE_LIMITS.tablesPerMessage || !Array.isArray(rows) || rows.length === 0)
      return 'invalid_blocks';
    if (rows.length > TABLE_LIMITS.rows) return 'invalid_blocks';
    for (const row of rows) {
      if (!Array.isArray(row) || row.length === 0 || row.length > TABLE_LIMITS.cellsPerRow)
        return 'invalid_blocks';
      if (!row.every((cell) => cell?.type === 'rich_text' || cell?.type === 'raw_text'))
        return 'invalid_blocks';
    }
  }
  return null;
}
