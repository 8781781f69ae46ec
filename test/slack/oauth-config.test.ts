// Installing to many workspaces is configured with the OAuth variables and an encryption key: what is missing is
// named at once, in one line, before anything listens; a bot token beside them is refused; a single-workspace
// setup serves no install path.
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { silentLogger } from '../../src/logger.ts';
import { oneTimeStateStore } from '../../src/slack/oauth/state-store.ts';
import { startSlackApp } from '../../src/slack/start.ts';
import { openStore } from '../../src/store/store.ts';
import { startHarness } from '../support/slack-harness.ts';

const start = (env: Record<string, string>) =>
  startSlackApp(loadConfig({ COPYDESK_STORE: 'memory', PORT: '0', ...env }), silentLogger());

describe('OAuth configuration', () => {
  it('names every missing variable at once', async () => {
    await expect(start({ SLACK_CLIENT_ID: '1111.2222' })).rejects.toThrow(
      'Configuration problem: the Slack app needs SLACK_CLIENT_SECRET, SLACK_STATE_SECRET, COPYDESK_ENCRYPTION_KEY (it encrypts the installations) and SLACK_SIGNING_SECRET for HTTP mode, or SLACK_APP_TOKEN (xapp-…) for Socket Mode.',
    );
  });

  it('refuses a bot token beside the OAuth variables: one workspace or many, not both', async () => {
    await expect(
      start({
        SLACK_BOT_TOKEN: 'xoxb-one-workspace',
        SLACK_CLIENT_ID: '1111.2222',
        SLACK_SIGNING_SECRET: 'signing-secret-0123456789',
      }),
    ).rejects.toThrow(/SLACK_BOT_TOKEN is for one workspace and SLACK_CLIENT_ID… for installing to many/);
  });

  it('refuses a short key or a wrong redirect path without echoing the secret', () => {
    let message = '';
    try {
      loadConfig({
        COPYDESK_ENCRYPTION_KEY: 'too-short-secret-key',
        SLACK_REDIRECT_URI: 'https://copydesk.example.com/oauth',
        SLACK_STATE_SECRET: 'short-state',
      });
    } catch (error) {
      message = String(error);
    }
    expect(message).toContain('SLACK_STATE_SECRET must be at least 16 characters');
    expect(message).toContain('SLACK_REDIRECT_URI must end in /slack/oauth_redirect');
    expect(message).toContain('COPYDESK_ENCRYPTION_KEY must be at least 32 characters');
    expect(message).not.toContain('too-short-secret-key');
    expect(message).not.toContain('short-state');
  });

  it('serves no install path with a single bot token', async () => {
    const h = await startHarness();
    try {
      const response = await fetch(`http://127.0.0.1:${h.port}/slack/install`, { redirect: 'manual' });
      expect(response.status).toBe(404);
    } finally {
      await h.stop();
    }
  });
});

describe('the install state', () => {
  it('is refused once its record has expired, even with a good signature', async () => {
    const store = openStore('memory');
    const states = oneTimeStateStore(store, 'state-secret-0123456789abcdef');
    const state = await states.generateStateParam({ scopes: ['chat:write'] }, new Date());
    await store.delete(`oauth-state:${state.split('.')[0]}`);
    await expect(states.verifyStateParam(new Date(), state)).rejects.toThrow(
      'The state parameter has expired.',
    );
    const fresh = await states.generateStateParam({ scopes: ['chat:write'] }, new Date());
    await expect(states.verifyStateParam(new Date(), fresh)).resolves.toEqual({ scopes: ['chat:write'] });
    await expect(states.verifyStateParam(new Date(), fresh)).rejects.toThrow('already used');
    await store.close();
  });
});
