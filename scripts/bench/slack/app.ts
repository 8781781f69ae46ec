// Process: the Slack app under load, in HTTP mode on 127.0.0.1. `copydesk` is the real app (its listeners,
// jobs and pipeline); `bare` is Bolt with an empty app_mention listener, the floor any Bolt app pays for an
// ack on this machine. Both talk to the same Slack double. Prints its port as one JSON line; stops on SIGTERM.
import type { AddressInfo } from 'node:net';
import { App, HTTPReceiver } from '@slack/bolt';
import { loadConfig } from '../../../src/config.ts';
import { silentLogger } from '../../../src/logger.ts';
import { startSlackApp } from '../../../src/slack/start.ts';

const mode = process.argv[2];
const config = loadConfig(process.env);

let stop: () => Promise<void>;
let port: number;
if (mode === 'copydesk') {
  const app = await startSlackApp(config, silentLogger(), { host: '127.0.0.1' });
  port = app.port ?? 0;
  stop = () => app.stop(1_000);
} else if (mode === 'bare') {
  const app = new App({
    token: config.SLACK_BOT_TOKEN,
    botId: config.SLACK_BOT_ID,
    botUserId: config.SLACK_BOT_USER_ID,
    receiver: new HTTPReceiver({
      signingSecret: config.SLACK_SIGNING_SECRET as string,
      endpoints: '/slack/events',
    }),
    clientOptions: { slackApiUrl: config.SLACK_API_URL as string },
  });
  app.event('app_mention', async () => {});
  const server = await app.start({ port: 0, host: '127.0.0.1' });
  port = (server.address() as AddressInfo).port;
  stop = () => app.stop() as Promise<void>;
} else throw new Error(`mode must be copydesk or bare, not ${mode}`);

process.stdout.write(`${JSON.stringify({ port })}\n`);
process.once('SIGTERM', async () => {
  await stop();
  process.exit(0);
});
