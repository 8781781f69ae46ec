// How a source is named to a reader: the outlet, else the site, else what the user gave.
import type { SourceSheet } from '../types.ts';

export function sourceName(source: Pick<SourceSheet, 'outlet' | 'url' | 'label'>): string {
  if (source.outlet) return source.outlet;
  if (source.url) {
    try {
      return new URL(source.url).hostname.replace(/^www\./, '');
    } catch {
      // fall through to the label
    }
  }
  return source.label.replace(/^.*[\\/]/, '');
}

/** "S1 Northern Courier": the ID keeps sources apart when two come from one outlet. */
export function sourceTag(source: Pick<SourceSheet, 'id' | 'outlet' | 'url' | 'label'>): string {
  return `${source.id} ${sourceName(source)}`;
}
