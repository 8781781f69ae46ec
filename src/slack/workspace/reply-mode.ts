// Whether a workspace takes streamed answers (chat.startStream) or gets today's placeholder and update. Decided
// by the first answer that tries to stream, then remembered in the store: one refused call per workspace, not
// one per sheet. Remembered for a month, so a workspace that gains streaming later is asked again.
import type { Store } from '../../store/store.ts';

export type ReplyMode = 'stream' | 'placeholder';

const REMEMBER_MS = 30 * 24 * 3600_000;

const key = (team: string): string => `workspace:${team}:reply-mode`;

export async function knownReplyMode(store: Store, team: string): Promise<ReplyMode | undefined> {
  const mode = await store.get<string>(key(team));
  return mode === 'stream' || mode === 'placeholder' ? mode : undefined;
}

export async function rememberReplyMode(store: Store, team: string, mode: ReplyMode): Promise<void> {
  await store.set(key(team), mode, REMEMBER_MS);
}

/** Errors that say this workspace (or token, or plan) cannot stream at all, as opposed to this one call failing. */
const CANNOT_STREAM = new Set([
  'method_not_supported',
  'method_not_supported_for_channel_type',
  'unknown_method',
  'not_allowed_token_type',
  'feature_not_enabled',
  'not_supported',
  'team_not_eligible',
]);

export function meansCannotStream(code: string): boolean {
  return CANNOT_STREAM.has(code);
}
