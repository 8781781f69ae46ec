// The install flow's plumbing for tests: the app started for OAuth (no bot token), Slack's side of the flow
// (the authorize page, and oauth.v2.access and auth.test on the Web API double answering per workspace), a
// browser that follows the redirects with its cookies, and events as each workspace sends them.
import { once } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '../../src/logger.ts';
import { eventEnvelope } from './slack-events.ts';
import type { FakeSlack } from './slack-fake-api.ts';
import { type Harness, type HarnessOptions, startHarness } from './slack-harness.ts';

export const CLIENT_ID = '1111.2222';
export const CLIENT_SECRET = 'test-client-secret-0123456789';
export const STATE_SECRET = 'test-state-secret-0123456789abcdef';
export const ENCRYPTION_KEY = 'test-encryption-key-0123456789abcdef-0123';
/** The environment of an OAuth install: no bot token, the app's credentials and the key for installations. */
export const OAUTH_ENV = {
  SLACK_BOT_TOKEN: '',
  SLACK_BOT_USER_ID: '',
  SLACK_BOT_ID: '',
  SLACK_CLIENT_ID: CLIENT_ID,
  SLACK_CLIENT_SECRET: CLIENT_SECRET,
  SLACK_STATE_SECRET: STATE_SECRET,
  COPYDESK_ENCRYPTION_KEY: ENCRYPTION_KEY,
};

/** One workspace as Slack's OAuth answers for it. */
export interface Workspace {
  team: string;
  name: string;
  /** The code Slack's authorize page hands back for this workspace. */
  code: string;
  token: string;
  botUserId: string;
  botId: string;
}

export function workspace(n: number): Workspace {
  return {
    team: `T0WS${n}`,
    name: `Newsroom ${n}`,
    code: `code-for-ws-${n}`,
    token: `xoxb-ws${n}-${'0'.repeat(8)}-token${n}`,
    botUserId: `U0BOT${n}`,
    botId: `B0BOT${n}`,
  };
}

/** Slack's authorize page: it sends the browser back to the app's redirect URL with the chosen workspace's code. */
export interface AuthorizeDouble {
  url: string;
  /** Every authorize URL opened (its query). */
  visits: URLSearchParams[];
  /** The app's registered redirect URL, where Slack sends the browser back. */
  redirectTo: string;
  /** The workspace the person picks on Slack's page next. */
  installing: Workspace | null;
  close(): Promise<void>;
}

export async function startAuthorizeDouble(): Promise<AuthorizeDouble> {
  const visits: URLSearchParams[] = [];
  const double: AuthorizeDouble = {
    url: '',
    visits,
    redirectTo: '',
    installing: null,
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    visits.push(url.searchParams);
    if (url.pathname !== '/oauth/v2/authorize' || !double.installing) {
      res.writeHead(404).end();
      return;
    }
    const back = new URL(url.searchParams.get('redirect_uri') ?? double.redirectTo);
    back.searchParams.set('code', double.installing.code);
    back.searchParams.set('state', url.searchParams.get('state') ?? '');
    res.writeHead(302, { location: back.toString() }).end();
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  double.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/oauth/v2/authorize`;
  return double;
}

/**
 * oauth.v2.access and auth.test on the Web API double, as Slack answers them: a code is exchanged once, with the
 * app's credentials, for its workspace's bot token; auth.test names the bot of the token it is called with.
 */
export function answerOAuth(slack: FakeSlack, workspaces: Workspace[]): void {
  const used = new Set<string>();
  slack.on('oauth.v2.access', (params) => {
    if (params.client_id !== CLIENT_ID || params.client_secret !== CLIENT_SECRET) {
      return { ok: false, error: 'invalid_client_id' };
    }
    const ws = workspaces.find((candidate) => candidate.code === params.code);
    if (!ws || used.has(ws.code)) return { ok: false, error: 'invalid_code' };
    used.add(ws.code);
    return {
      ok: true,
      app_id: 'A0COPYDESK',
      authed_user: { id: 'U0INSTALLER' },
      scope: 'app_mentions:read,chat:write',
      token_type: 'bot',
      access_token: ws.token,
      bot_user_id: ws.botUserId,
      team: { id: ws.team, name: ws.name },
      enterprise: null,
      is_enterprise_install: false,
    };
  });
  slack.on('auth.test', (_params, call) => {
    const ws = workspaces.find((candidate) => call.authorization === `Bearer ${candidate.token}`);
    if (!ws) return { ok: false, error: 'invalid_auth' };
    return {
      ok: true,
      user_id: ws.botUserId,
      bot_id: ws.botId,
      team_id: ws.team,
      url: 'https://x.slack.com/',
    };
  });
}

/** What a browser saw going through the install flow. */
export interface InstallVisit {
  /** GET /slack/install's answer and where it sent the browser. */
  start: { status: number; location: string | null };
  state: string | null;
  /** Where Slack sent the browser back, and the cookies the browser held: enough to replay it. */
  redirect: { url: string; cookie: string };
  /** The redirect back from Slack, as the app answered it. */
  finish: { status: number; text: string };
}

/** A browser installing copydesk: /slack/install, Slack's page (the double), back to /slack/oauth_redirect. */
export async function installThroughBrowser(
  appPort: number,
  authorize: AuthorizeDouble,
  ws: Workspace,
): Promise<InstallVisit> {
  const started = await fetch(`http://127.0.0.1:${appPort}/slack/install`, { redirect: 'manual' });
  const cookie = cookiesOf(started);
  const location = started.headers.get('location');
  await started.body?.cancel();
  if (!location) throw new Error(`/slack/install answered ${started.status} without a redirect`);
  authorize.installing = ws;
  const slackPage = await fetch(location, { redirect: 'manual' });
  const back = slackPage.headers.get('location');
  await slackPage.body?.cancel();
  if (!back) throw new Error(`the authorize double answered ${slackPage.status}`);
  const finish = await openRedirect(back, cookie);
  return {
    start: { status: started.status, location },
    state: new URL(location).searchParams.get('state'),
    redirect: { url: back, cookie },
    finish,
  };
}

/** GET the app's redirect URL as the browser would, with the cookies it holds. */
export async function openRedirect(url: string, cookie: string): Promise<{ status: number; text: string }> {
  const response = await fetch(url, { redirect: 'manual', headers: cookie ? { cookie } : {} });
  return { status: response.status, text: await response.text() };
}

/** The cookies a response sets, as a Cookie header sends them back. */
export function cookiesOf(response: Response): string {
  return response.headers
    .getSetCookie()
    .map((line) => line.split(';')[0] ?? '')
    .filter(Boolean)
    .join('; ');
}

/** An event as the workspace sends it: its team, and its own bot user as the authorized one. */
export function workspaceEnvelope(ws: Workspace, event: Record<string, unknown>) {
  const envelope = eventEnvelope(event);
  return {
    ...envelope,
    team_id: ws.team,
    authorizations: [{ team_id: ws.team, user_id: ws.botUserId, is_bot: true, is_enterprise_install: false }],
  };
}

/** Every line the app logged, with the app's own redaction (as written to stderr). */
export function capturedLogger(level = 'info') {
  const lines: string[] = [];
  const logger = createLogger(level, {
    write: (line: string) => {
      lines.push(line);
    },
  });
  return { logger, lines, text: () => lines.join('') };
}

export interface OAuthHarness extends Harness {
  authorize: AuthorizeDouble;
  install(ws: Workspace): Promise<InstallVisit>;
}

/** The app installed through OAuth (no SLACK_BOT_TOKEN), with Slack's side of the flow for `workspaces`. */
export async function startOAuthHarness(
  workspaces: Workspace[],
  options: HarnessOptions = {},
): Promise<OAuthHarness> {
  const authorize = await startAuthorizeDouble();
  const harness = await startHarness({
    ...options,
    env: {
      ...OAUTH_ENV,
      SLACK_AUTHORIZE_URL: authorize.url,
      ...options.env,
    },
  });
  answerOAuth(harness.slack, workspaces);
  // Like the redirect URL registered in the app's settings: Slack sends the browser back there.
  authorize.redirectTo = `http://127.0.0.1:${harness.port}/slack/oauth_redirect`;
  return {
    ...harness,
    authorize,
    install: (ws) => installThroughBrowser(harness.port, authorize, ws),
    stop: async () => {
      await harness.stop();
      await authorize.close();
    },
  };
}
