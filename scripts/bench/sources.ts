// Five realistic sources for the benchmark: the three examples plus two more reports built from them,
// each distinct text (so nothing is served from the cache by accident) of the same size and mess.
import { readFileSync } from 'node:fs';
import type { SourceInput } from '../../src/types.ts';

const root = new URL('../../', import.meta.url);
const read = (name: string) => readFileSync(new URL(`examples/${name}.txt`, root), 'utf8');

export function fiveSources(salt: string): SourceInput[] {
  const texts = [
    read('northern-courier'),
    read('coastline-wire'),
    read('daily-ledger'),
    `${read('northern-courier')}\n\nUpdated with a statement from the port authority.`,
    `${read('daily-ledger')}\n\nThis story has been updated.`,
  ];
  // The salt makes each run's texts new, so the cache-free runs really analyse.
  return texts.map((text, index) => ({
    kind: 'text',
    text: `${text}\n\nRef ${salt}-${index}.`,
    label: `source-${index + 1}.txt`,
  }));
}
