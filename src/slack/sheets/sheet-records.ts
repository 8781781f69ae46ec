// The sheets copydesk posted, kept as long as their source texts (COPYDESK_KEEP_SOURCES_DAYS): a feedback
// click finds its sheet by the ID its buttons carry, and a question in a thread finds the thread's latest sheet.
// An ID rather than the message's ts: a sheet Slack made us split, or re-post without its table, still answers.
import { randomBytes } from 'node:crypto';
import { keepMs } from '../../followup/kept-sources.ts';
import type { Store } from '../../store/store.ts';
import type { FactSheet } from '../../types.ts';

export interface SheetRecord {
  v: 1;
  id: string;
  team: string;
  /** ISO time the sheet was posted. */
  at: string;
  sheet: FactSheet;
}

export interface SheetPlace {
  channel: string;
  /** The sheet's own message. */
  ts: string;
  /** The thread it heads or sits in: where follow-up questions are asked. */
  threadTs: string;
}

const RECORD = (id: string) => `sheet1:${id}`;
const THREAD = (channel: string, threadTs: string) => `sheet1:thread:${channel}:${threadTs}`;
const MESSAGE = (channel: string, ts: string) => `sheet1:message:${channel}:${ts}`;

/** Short enough for a button value with room to spare (Slack allows 2000, an option value 150). */
export function newSheetId(): string {
  return randomBytes(9).toString('base64url');
}

/** Kept before the sheet is posted: a click can arrive as soon as it is on screen. */
export async function keepSheet(store: Store, record: SheetRecord, days: number): Promise<void> {
  await store.set(RECORD(record.id), record, keepMs(days));
}

/** Where the sheet landed: the thread's latest sheet is the one questions are about. */
export async function placeSheet(store: Store, id: string, place: SheetPlace, days: number): Promise<void> {
  await Promise.all([
    store.set(THREAD(place.channel, place.threadTs), id, keepMs(days)),
    store.set(MESSAGE(place.channel, place.ts), id, keepMs(days)),
  ]);
}

export async function sheetById(store: Store, id: string): Promise<SheetRecord | undefined> {
  const record = await store.get<SheetRecord>(RECORD(id));
  return record?.v === 1 ? record : undefined;
}

export async function sheetInThread(
  store: Store,
  channel: string,
  threadTs: string,
): Promise<SheetRecord | undefined> {
  const id = await store.get<string>(THREAD(channel, threadTs));
  return typeof id === 'string' ? sheetById(store, id) : undefined;
}

/** For a click whose value carries no ID (a message posted before IDs): the message it was on. */
export async function sheetAtMessage(
  store: Store,
  channel: string,
  ts: string,
): Promise<SheetRecord | undefined> {
  const id = await store.get<string>(MESSAGE(channel, ts));
  return typeof id === 'string' ? sheetById(store, id) : undefined;
}
