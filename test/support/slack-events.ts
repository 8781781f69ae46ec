// Payloads as Slack sends them: event_callback envelopes and slash-command forms.
let counter = 0;

export const TEAM = 'T0NEWSROOM';
export const CHANNEL = 'C0DESK';
export const USER = 'U0EDITOR';
export const BOT_USER = 'UCOPYDESK';
export const BOT_ID = 'BCOPYDESK';

/** Message text as Slack delivers it: &, < and > escaped, so that <…> can only be Slack's own markup. */
export function slackEscape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Each test process starts its timestamps (and so its event IDs) elsewhere: a bot's SQLite store outlives a run. */
const RUN_SECONDS = 1_700_000_000 + Math.floor(Math.random() * 90_000_000);

export function nextTs(): string {
  counter += 1;
  return `${RUN_SECONDS}.${String(counter).padStart(6, '0')}`;
}

export function eventEnvelope(event: Record<string, unknown>, eventId = `Ev${nextTs().replace('.', '')}`) {
  return {
    token: 'unused-verification-token',
    team_id: TEAM,
    api_app_id: 'A0COPYDESK',
    type: 'event_callback',
    event_id: eventId,
    event_time: Math.floor(Date.now() / 1000),
    event: { event_ts: event.ts ?? nextTs(), ...event },
    authorizations: [{ team_id: TEAM, user_id: BOT_USER, is_bot: true, is_enterprise_install: false }],
    is_ext_shared_channel: false,
  };
}

export function mentionEvent(fields: {
  text: string;
  ts?: string;
  thread_ts?: string;
  files?: Record<string, unknown>[];
  edited?: boolean;
  user?: string;
}) {
  const ts = fields.ts ?? nextTs();
  return {
    type: 'app_mention',
    user: fields.user ?? USER,
    text: fields.text,
    ts,
    channel: CHANNEL,
    ...(fields.thread_ts ? { thread_ts: fields.thread_ts } : {}),
    ...(fields.files ? { files: fields.files } : {}),
    ...(fields.edited ? { edited: { user: USER, ts: nextTs() } } : {}),
  };
}

export function reactionEvent(fields: { ts: string; reaction?: string; user?: string; itemUser?: string }) {
  return {
    type: 'reaction_added',
    user: fields.user ?? USER,
    reaction: fields.reaction ?? 'scales',
    item_user: fields.itemUser ?? USER,
    item: { type: 'message', channel: CHANNEL, ts: fields.ts },
    event_ts: nextTs(),
  };
}

export function commandForm(text: string, responseUrl: string, channel = CHANNEL) {
  return {
    token: 'unused-verification-token',
    team_id: TEAM,
    team_domain: 'newsroom',
    channel_id: channel,
    channel_name: 'desk',
    user_id: USER,
    user_name: 'editor',
    command: '/factsheet',
    text,
    api_app_id: 'A0COPYDESK',
    response_url: responseUrl,
    trigger_id: '123.456.abc',
  };
}

/** A snippet file as it appears in a message's files[]. */
export function snippetFile(name: string, url: string) {
  return {
    id: `F${name.replace(/\W/g, '').toUpperCase()}`,
    name: `${name}.txt`,
    title: name,
    mimetype: 'text/plain',
    filetype: 'text',
    pretty_type: 'Plain Text',
    mode: 'snippet',
    size: 4000,
    url_private: url,
    url_private_download: url,
  };
}
