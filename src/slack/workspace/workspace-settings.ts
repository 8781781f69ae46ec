// The settings a workspace's admins change in App Home: the compare reaction, the channels copydesk answers in,
// and the model. Stored per workspace; each one left unset falls back to the environment's default
// (COPYDESK_COMPARE_EMOJI, every channel, COPYDESK_MODEL). The model reaches the engine, so it stays part of
// every cache key (pipeline.ts's analysisKey, the comparison's key): another model never reuses an answer.
import type { WebClient } from '@slack/web-api';
import type { Logger } from '../../logger.ts';
import type { Store } from '../../store/store.ts';

export interface StoredSettings {
  v: 1;
  compareEmoji?: string;
  /** Channel IDs copydesk answers in; absent or empty: every channel it is in. DMs are always answered. */
  channels?: string[];
  model?: string;
  /** Who changed them last, and when (ISO), shown in App Home. */
  updatedBy?: string;
  updatedAt?: string;
}

export interface WorkspaceSettings {
  compareEmoji: string;
  channels: string[];
  /** The model sheets use here; null with the offline engine (no LLM configured). */
  model: string | null;
  /** Which of them the workspace set, rather than the environment. */
  overridden: { compareEmoji: boolean; channels: boolean; model: boolean };
  updatedBy: string | null;
  updatedAt: string | null;
}

export interface SettingsDefaults {
  store: Store;
  compareEmoji: string;
  /** COPYDESK_MODEL when an LLM is configured, else null. */
  defaultModel: string | null;
}

const KEY = (team: string) => `workspace:${team}:settings`;

export async function workspaceSettings(
  defaults: SettingsDefaults,
  team: string,
): Promise<WorkspaceSettings> {
  const stored = await defaults.store.get<StoredSettings>(KEY(team)).catch(() => undefined);
  const saved = stored?.v === 1 ? stored : ({ v: 1 } as StoredSettings);
  const llm = defaults.defaultModel !== null;
  return {
    compareEmoji: saved.compareEmoji ?? defaults.compareEmoji,
    channels: saved.channels ?? [],
    // A model only means something with an LLM; offline, the setting is kept but not used.
    model: llm ? (saved.model ?? defaults.defaultModel) : null,
    overridden: {
      compareEmoji: saved.compareEmoji !== undefined,
      channels: (saved.channels ?? []).length > 0,
      model: llm && saved.model !== undefined,
    },
    updatedBy: saved.updatedBy ?? null,
    updatedAt: saved.updatedAt ?? null,
  };
}

export type SettingsChange = Partial<Pick<StoredSettings, 'compareEmoji' | 'channels' | 'model'>>;

/** Names Slack accepts for a custom emoji: lower case letters, digits, _ + - (and ' for a few built-ins). */
const EMOJI = /^[a-z0-9_+'-]{1,100}$/;
/** Model and deployment names: no spaces or control characters; long enough for an Azure deployment. */
const MODEL = /^[A-Za-z0-9._:/-]{1,100}$/;

/** Problems with a change, by field, in words for the admin; empty when it can be saved. */
export function checkSettings(change: SettingsChange): Record<string, string> {
  const problems: Record<string, string> = {};
  if (change.compareEmoji !== undefined && !EMOJI.test(change.compareEmoji))
    problems.compareEmoji = 'An emoji name, without colons: lower-case letters, digits, _ + -.';
  if (change.model !== undefined && !MODEL.test(change.model))
    problems.model = 'A model or deployment name: letters, digits and . _ : / - only.';
  if (change.channels?.some((channel) => !/^[CG][A-Z0-9]+$/.test(channel)))
    problems.channels = 'Pick channels from the list.';
  return problems;
}

/** Save a change; an empty value (no emoji, no model, no channels) goes back to the environment's default. */
export async function saveSettings(store: Store, team: string, change: SettingsChange, user: string) {
  const stored = await store.get<StoredSettings>(KEY(team));
  const next: StoredSettings = { ...(stored?.v === 1 ? stored : { v: 1 }), v: 1 };
  for (const field of ['compareEmoji', 'model', 'channels'] as const) {
    if (!(field in change)) continue;
    const value = change[field];
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0))
      delete next[field];
    else Object.assign(next, { [field]: value });
  }
  next.updatedBy = user;
  next.updatedAt = new Date().toISOString();
  await store.set(KEY(team), next);
}

/** Whether copydesk answers in this conversation: DMs always, channels when none are chosen or it is one. */
export function answersIn(settings: WorkspaceSettings, channel: string): boolean {
  if (channel.startsWith('D') || settings.channels.length === 0) return true;
  return settings.channels.includes(channel);
}

/** A mention where an admin said copydesk does not answer: only the asker is told, and where it does. */
export async function tellOnlyIn(
  client: WebClient,
  channel: string,
  user: string | undefined,
  channels: string[],
  services: { logger: Logger },
): Promise<void> {
  if (!user) return;
  const list = channels.map((id) => `<#${id}>`).join(', ');
  const text = `:no_entry_sign: In this workspace copydesk answers only in ${list} (set in its App Home), and in DMs.`;
  try {
    await client.chat.postEphemeral({ channel, user, text });
  } catch (error) {
    services.logger.warn({ err: error, channel }, 'could not say where copydesk answers');
  }
}
