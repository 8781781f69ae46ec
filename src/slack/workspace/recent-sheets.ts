// A small record of each sheet a workspace asked for (title, sources, when, who), for App Home's list. Only
// labels, never article text. The newest few are kept, per workspace, in one store entry; writes within this
// process are queued so two sheets finishing together both land (two processes may still lose one entry, which
// only shortens a list).

import { substantive } from '../../render/substantive.ts';
import type { Store } from '../../store/store.ts';
import type { FactSheet } from '../../types.ts';

export interface RecentSheet {
  title: string;
  sources: string[];
  failed: number;
  disagreements: number;
  /** ISO time the sheet was finished. */
  at: string;
  /** Slack user ID of who asked; null when not known. */
  user: string | null;
  channel: string | null;
}

const KEEP = 10;
const KEY = (team: string) => `workspace:${team}:recent-sheets`;
const queues = new Map<string, Promise<void>>();

export function recentSheetOf(sheet: FactSheet, user: string | null, channel: string | null): RecentSheet {
  const labels = sheet.sources.map((source) => source.outlet ?? source.title ?? source.label);
  const first = sheet.sources[0];
  return {
    title: (first?.title ?? first?.label ?? 'Fact sheet').slice(0, 200),
    sources: labels.map((label) => label.slice(0, 120)).slice(0, 10),
    failed: sheet.failed.length,
    disagreements: substantive(sheet.comparison?.disagreements ?? []).length,
    at: new Date().toISOString(),
    user,
    channel,
  };
}

export function noteRecentSheet(store: Store, team: string, record: RecentSheet): Promise<void> {
  const previous = queues.get(team) ?? Promise.resolve();
  const next = previous.then(async () => {
    const list = (await store.get<RecentSheet[]>(KEY(team))) ?? [];
    await store.set(KEY(team), [record, ...list].slice(0, KEEP));
  });
  const settled = next.catch(() => {});
  queues.set(team, settled);
  void settled.then(() => {
    if (queues.get(team) === settled) queues.delete(team);
  });
  return next;
}

export async function recentSheets(store: Store, team: string): Promise<RecentSheet[]> {
  const list = await store.get<RecentSheet[]>(KEY(team));
  return Array.isArray(list) ? list : [];
}
