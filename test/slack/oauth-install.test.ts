// Issue 10, item 3: copydesk installed in several workspaces through Bolt's OAuth. The real app (HTTP receiver,
// signed events, SQLite store) goes through the install flow against local doubles of Slack's authorize page and
// oauth.v2.access; each workspace is then answered with its own bot token, installations are encrypted at rest,
// and an uninstall or a revoked token deletes the workspace's installation.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SealedInstallationStore } from '../../src/slack/oauth/installation-store.ts';
import { createSealedBox } from '../../src/store/sealed-box.ts';
import { exampleText } from '../support/fixtures.ts';
import { mentionEvent, slackEscape, snippetFile } from '../support/slack-events.ts';
import type { SlackCall } from '../support/slack-fake-api.ts';
import { isSheet, startHarness } from '../support/slack-harness.ts';
import {
  CLIENT_ID,
  CLIENT_SECRET,
  capturedLogger,
  cookiesOf,
  ENCRYPTION_KEY,
  installThroughBrowser,
  OAUTH_ENV,
  type OAuthHarness,
  openRedirect,
  startOAuthHarness,
  type Workspace,
  workspace,
  workspaceEnvelope,
} from '../support/slack-oauth.ts';

const [ws1, ws2, ws3, ws4] = [1, 2, 3, 4].map(workspace) as [Workspace, Workspace, Workspace, Workspace];
const channelOf = (ws: Workspace) => `C0${ws.team}`;
const key = (ws: Workspace) => `installation:team:${ws.team}`;

/** Polls an async check (a store read) until it holds. */
async function eventually(check: () => Promise<boolean>, timeoutMs = 8_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('timed out waiting');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function mentionFrom(ws: Workspace, text: string, extra: Record<string, unknown> = {}) {
  const event = { ...mentionEvent({ text: `<@${ws.botUserId}> ${text}` }), channel: channelOf(ws), ...extra };
  return { event, envelope: workspaceEnvelope(ws, event) };
}

describe('installed in several workspaces (OAuth)', () => {
  let h: OAuthHarness;
  // Debug level: the Web API client's own lines (requests and results) are in the log too.
  const log = capturedLogger('debug');
  const callsIn = (ws: Workspace) =>
    h.slack.calls.filter((call: SlackCall) => call.params.channel === channelOf(ws));
  const stored = (ws: Workspace) => h.app.slack.services.store.get<unknown>(key(ws));

  beforeAll(async () => {
    h = await startOAuthHarness([ws1, ws2, ws3, ws4], { logger: log.logger });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('installs two workspaces through the flow and answers each with its own token', async () => {
    const first = await h.install(ws1);
    expect(first.start.status).toBe(302);
    const authorizeUrl = new URL(first.start.location ?? '');
    expect(`${authorizeUrl.origin}${authorizeUrl.pathname}`).toBe(h.authorize.url);
    expect(authorizeUrl.searchParams.get('client_id')).toBe(CLIENT_ID);
    expect(authorizeUrl.searchParams.get('scope')?.split(',')).toEqual(
      expect.arrayContaining(['app_mentions:read', 'chat:write', 'files:read']),
    );
    expect(first.state).toBeTruthy();
    expect(first.finish).toMatchObject({ status: 200 });
    expect(first.finish.text).toContain('copydesk is installed in “Newsroom 1”');
    const second = await h.install(ws2);
    expect(second.finish.status).toBe(200);
    expect(second.state).not.toBe(first.state);
    expect(h.slack.callsTo('oauth.v2.access').map((call) => call.params.code)).toEqual([ws1.code, ws2.code]);

    // Workspace 1 pastes an article; workspace 2 shares a snippet, which only its own token may download.
    h.slack.files.set('ws2-story', { body: exampleText('northern-courier'), contentType: 'text/plain' });
    h.slack.fileTokens.clear();
    h.slack.fileTokens.add(ws2.token);
    const one = mentionFrom(ws1, slackEscape(exampleText('daily-ledger')));
    const two = mentionFrom(ws2, 'this one please', {
      files: [snippetFile('ws2-story', h.slack.fileUrl('ws2-story'))],
    });
    expect((await h.send(one.envelope)).status).toBe(200);
    expect((await h.send(two.envelope)).status).toBe(200);
    await h.until(() => callsIn(ws1).find(isSheet) && callsIn(ws2).find(isSheet), 15_000);
    await h.settle();

    for (const ws of [ws1, ws2]) {
      const calls = callsIn(ws);
      expect(calls.length).toBeGreaterThan(1);
      expect(new Set(calls.map((call) => call.authorization))).toEqual(new Set([`Bearer ${ws.token}`]));
    }
    expect(h.slack.fileRequests.map((request) => request.authorization)).toEqual([`Bearer ${ws2.token}`]);
    // The snippet was read (with another token the file host answers its sign-in page, and the sheet says so).
    const sheetTwo = JSON.stringify(callsIn(ws2).filter((call) => call.method === 'chat.update'));
    expect(sheetTwo).toContain('Northern Courier');
    expect(sheetTwo).not.toContain('download');
    // No token ever reaches the log.
    expect(log.text()).toContain('copydesk installed in a workspace');
    expect(log.text()).toContain('oauth.v2.access');
    for (const secret of [ws1.token, ws2.token, CLIENT_SECRET]) expect(log.text()).not.toContain(secret);
  }, 30_000);

  it('keeps installations encrypted at rest; another key cannot read them, and says so', async () => {
    const raw = await stored(ws1);
    expect(raw).toMatchObject({ v: 1 });
    const text = JSON.stringify(raw);
    for (const secret of [ws1.token, 'xoxb-', ws1.botUserId, ws1.name]) expect(text).not.toContain(secret);
    // The file itself (and its write-ahead log) holds no token either.
    for (const file of ['copydesk.sqlite', 'copydesk.sqlite-wal']) {
      const path = join(h.dataDir, file);
      if (existsSync(path)) expect(readFileSync(path).includes(ws1.token)).toBe(false);
    }
    const right = new SealedInstallationStore(h.app.slack.services.store, createSealedBox(ENCRYPTION_KEY));
    const query = { teamId: ws1.team, enterpriseId: undefined, isEnterpriseInstall: false as const };
    expect((await right.fetchInstallation(query)).bot).toMatchObject({
      token: ws1.token,
      userId: ws1.botUserId,
    });
    const wrong = new SealedInstallationStore(
      h.app.slack.services.store,
      createSealedBox('another-key-of-at-least-32-characters!!'),
    );
    await expect(wrong.fetchInstallation(query)).rejects.toThrow(
      /cannot read the installation of workspace T0WS1: it was encrypted with another COPYDESK_ENCRYPTION_KEY/,
    );
  });

  it('refuses a forged, a reused or another browser’s state with a clear page, and stores nothing', async () => {
    const exchanges = () => h.slack.callsTo('oauth.v2.access').length;
    const before = exchanges();
    const base = `http://127.0.0.1:${h.port}/slack/oauth_redirect`;

    // Forged: a state this app never signed, even with a matching cookie.
    const forged = 'made-up-state.c2lnbmF0dXJl';
    const refusedForged = await openRedirect(
      `${base}?code=${ws3.code}&state=${forged}`,
      `slack-app-oauth-state=${forged}`,
    );
    expect(refusedForged.status).toBe(400);
    expect(refusedForged.text).toContain('This install link cannot be used');

    // Another browser: a real state, but not the cookie of the browser that started the flow.
    const started = await fetch(`http://127.0.0.1:${h.port}/slack/install`, { redirect: 'manual' });
    expect(cookiesOf(started)).toContain('slack-app-oauth-state=');
    const state = new URL(started.headers.get('location') ?? '').searchParams.get('state');
    const refusedBrowser = await openRedirect(`${base}?code=${ws4.code}&state=${state}`, '');
    expect(refusedBrowser.status).toBe(400);
    expect(refusedBrowser.text).toContain('started in another browser');
    expect(exchanges()).toBe(before);
    expect(await stored(ws3)).toBeUndefined();
    expect(await stored(ws4)).toBeUndefined();

    // Reused: the redirect of a finished install, replayed with the same cookie, is refused the second time.
    const done = await installThroughBrowser(h.port, h.authorize, ws3);
    expect(done.finish.status).toBe(200);
    const replay = await openRedirect(done.redirect.url, done.redirect.cookie);
    expect(replay.status).toBe(400);
    expect(replay.text).toContain('was already used');
    expect(exchanges()).toBe(before + 1);
    expect(log.text()).toMatch(
      /"code":"slack_oauth_invalid_state".*"msg":"copydesk install refused or failed"/,
    );
  });

  it('deletes the installation on app_uninstalled or a revoked bot token; that workspace is then not answered', async () => {
    expect(await stored(ws1)).toBeDefined();
    // Only a user token revoked: copydesk keeps none, so its installation stays.
    const userOnly = { type: 'tokens_revoked', tokens: { oauth: ['U0SOMEONE'], bot: [] } };
    expect((await h.send(workspaceEnvelope(ws2, userOnly))).status).toBe(200);
    expect((await h.send(workspaceEnvelope(ws1, { type: 'app_uninstalled' }))).status).toBe(200);
    const revoked = { type: 'tokens_revoked', tokens: { oauth: [], bot: [ws2.botUserId] } };
    await eventually(async () => (await stored(ws1)) === undefined);
    await h.until(() => log.text().includes('"why":"app_uninstalled"'));
    expect(await stored(ws2)).toBeDefined();
    expect((await h.send(workspaceEnvelope(ws2, revoked))).status).toBe(200);
    await h.until(() => log.text().includes('"why":"tokens_revoked"'));
    expect(await stored(ws2)).toBeUndefined();

    h.slack.calls.length = 0;
    for (const ws of [ws1, ws2]) {
      expect((await h.send(mentionFrom(ws, 'anyone there?').envelope)).status).toBe(200);
    }
    await h.until(() => log.text().includes('copydesk is not installed in workspace T0WS2'));
    await h.settle();
    expect(h.slack.calls.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
    expect(log.text()).toContain('event not answered: no usable installation for its workspace');
    expect(log.text()).toContain('copydesk is not installed in workspace T0WS1');
  });
});

describe('an installation sealed with another key', () => {
  it('is not answered and is logged in one clear line; the app goes on', async () => {
    const log = capturedLogger();
    const first = await startOAuthHarness([ws1]);
    try {
      await first.install(ws1);
      // A second instance on the same SQLite file, started with a different COPYDESK_ENCRYPTION_KEY.
      const second = await startHarness({
        logger: log.logger,
        env: {
          ...OAUTH_ENV,
          COPYDESK_ENCRYPTION_KEY: 'a-different-key-also-32-characters-long',
          COPYDESK_STORE: `sqlite:${join(first.dataDir, 'copydesk.sqlite')}`,
        },
      });
      try {
        expect((await second.send(mentionFrom(ws1, 'hello').envelope)).status).toBe(200);
        await second.until(() => log.text().includes('encrypted with another COPYDESK_ENCRYPTION_KEY'));
        await second.settle();
        expect(second.slack.calls.filter((call) => call.method.startsWith('chat.'))).toEqual([]);
        expect((await fetch(`http://127.0.0.1:${second.port}/healthz`)).status).toBe(200);
      } finally {
        await second.stop();
      }
    } finally {
      await first.stop();
    }
  }, 30_000);
});
