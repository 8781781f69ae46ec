// How a source is named to a reader: the outlet, else the site, else what the user gave.
import type { SourceSheet } from '../types.ts';

export function sourceName(source: Pick<SourceSheet, 'outlet' | 'url' | 'label'>): string {
  return source.outlet ?? siteOf(source.url) ?? source.label.replace(/^.*[\\/]/, '');
}

/** "bbc.co.uk" for https://www.bbc.co.uk/news/…; null when there is no usable URL. */
export function siteOf(url: string | null): string | null {
  if (url === null) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}

/** "S1 Northern Courier": the ID keeps sources apart when two come from one outlet. */
export function sourceTag(source: Pick<SourceSheet, 'id' | 'outlet' | 'url' | 'label'>): string {
  return `${source.id} ${sourceName(source)}`;
}
