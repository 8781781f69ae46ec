// A sheet's source texts, kept by content hash for a few days so follow-up questions can be answered from
// them, then forgotten. Uses the Store's get/set with a TTL; the same text kept twice is one entry.
import type { Store } from '../store/store.ts';
import type { SourceSheet } from '../types.ts';

const DAY_MS = 24 * 3600_000;

/** Versioned, so a change of what is kept cannot be misread from an older entry. */
const keyOf = (textHash: string) => `sources1:${textHash}`;

interface Entry {
  text: string;
}

export interface SourceText {
  textHash: string;
  text: string;
}

/** A source of the sheet with its text. */
export interface KeptSource<S = SourceSheet> {
  sheet: S;
  text: string;
}

export interface Recalled<S = SourceSheet> {
  kept: KeptSource<S>[];
  /** Sources whose text is no longer kept (or never was): the answer says so. */
  gone: S[];
}

export function keepMs(days: number): number {
  return days * DAY_MS;
}

/** Keep each text for `days`; keeping it again restarts its clock. */
export async function keepSources(store: Store, sources: SourceText[], days: number): Promise<void> {
  const unique = new Map(sources.map((source) => [source.textHash, source.text]));
  await Promise.all(
    [...unique].map(([hash, text]) => store.set(keyOf(hash), { text } satisfies Entry, keepMs(days))),
  );
}

/** Works on any record that names its sources by hash: a sheet's sources, or a feedback record's. */
export async function recallSources<S extends Pick<SourceSheet, 'textHash'>>(
  store: Store,
  sources: readonly S[],
): Promise<Recalled<S>> {
  const entries = await Promise.all(sources.map((source) => store.get<Entry>(keyOf(source.textHash))));
  const kept: KeptSource<S>[] = [];
  const gone: S[] = [];
  sources.forEach((source, index) => {
    const entry = entries[index];
    if (entry && typeof entry.text === 'string') kept.push({ sheet: source, text: entry.text });
    else gone.push(source);
  });
  return { kept, gone };
}
