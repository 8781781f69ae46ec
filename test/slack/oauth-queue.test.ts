// Issue 10, item 3, on Redis: with workspaces installed through OAuth, a mention's sheet is a queued job (BullMQ)
// that carries no token; the worker answers it with the token of the job's own workspace, read from the
// installation in Redis. A job whose workspace uninstalled meanwhile is dropped and logged.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QueuedSheet } from '../../src/slack/jobs/queue/queued-job.ts';
import { inWorkspace } from '../../src/slack/jobs/queue/queued-sheet-job.ts';
import { exampleText } from '../support/fixtures.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';
import { mentionEvent, slackEscape } from '../support/slack-events.ts';
import { isSheet } from '../support/slack-harness.ts';
import {
  capturedLogger,
  type OAuthHarness,
  startOAuthHarness,
  type Workspace,
  workspace,
  workspaceEnvelope,
} from '../support/slack-oauth.ts';

const [ws1, ws2] = [1, 2].map(workspace) as [Workspace, Workspace];

describe.skipIf(!redisAvailable)('queued sheets for OAuth workspaces on Redis', () => {
  let redis: TestRedis;
  let h: OAuthHarness;
  const log = capturedLogger();

  beforeAll(async () => {
    redis = await startRedis();
    h = await startOAuthHarness([ws1, ws2], { logger: log.logger, env: { COPYDESK_STORE: redis.url } });
  });
  afterAll(async () => {
    await h?.stop();
    await redis?.stop();
  });

  it('answers a queued job for the second workspace with that workspace’s token', async () => {
    expect(h.app.slack.services.queue).toBeDefined();
    for (const ws of [ws1, ws2]) expect((await h.install(ws)).finish.status).toBe(200);
    const event = {
      ...mentionEvent({ text: `<@${ws2.botUserId}> ${slackEscape(exampleText('coastline-wire'))}` }),
      channel: 'C0SECOND',
    };
    expect((await h.send(workspaceEnvelope(ws2, event))).status).toBe(200);
    const sheet = await h.until(() => h.slack.callsTo('chat.update').find(isSheet), 15_000);
    await h.settle();
    // The sheet came from the queue's worker, which had only the job's workspace to go on.
    expect(log.text()).toMatch(/"team":"T0WS2".*"msg":"queued fact sheet done"/);
    expect(sheet.params.channel).toBe('C0SECOND');
    expect(sheet.authorization).toBe(`Bearer ${ws2.token}`);
    const tokens = new Set(
      h.slack.calls.filter((c) => c.method.startsWith('chat.')).map((c) => c.authorization),
    );
    expect(tokens).toEqual(new Set([`Bearer ${ws2.token}`]));
  }, 30_000);

  it('drops, and logs, a queued job whose workspace uninstalled before a worker took it', async () => {
    expect((await h.send(workspaceEnvelope(ws1, { type: 'app_uninstalled' }))).status).toBe(200);
    await h.until(() => log.text().includes('"why":"app_uninstalled"'));
    const ran: string[] = [];
    const job = (ws: Workspace): QueuedSheet => ({
      id: `event:Ev${ws.team}`,
      kind: 'mention',
      team: ws.team,
      channel: 'C0ANY',
      reply: { kind: 'placeholder', threadTs: '1800000000.000001', ts: '1800000000.000002' },
      requestedBy: null,
      requestedAt: Date.now(),
      knownCount: 1,
      source: { kind: 'thread', channel: 'C0ANY', threadTs: '1800000000.000001', self: {} },
      hintForSingleSource: false,
    });
    const worker = inWorkspace(h.app.slack.services, async (_services, client, sheet) => {
      ran.push(`${sheet.team} ${client.token}`);
    });
    await worker(job(ws1));
    await worker(job(ws2));
    expect(ran).toEqual([`T0WS2 ${ws2.token}`]);
    expect(log.text()).toMatch(/copydesk is not installed in workspace T0WS1.*queued fact sheet dropped/);
  });
});
