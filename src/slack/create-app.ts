// Builds the Bolt app: HTTP receiver (POST /slack/events) or Socket Mode, health and readiness routes, a Web API client
// with a short retry policy, and the services the listeners use. One workspace (SLACK_BOT_TOKEN), or installed in
// many through OAuth (SLACK_CLIENT_ID…): then GET /slack/install and /slack/oauth_redirect on the same port, and
// Bolt's authorize gives each event its workspace's token from the installation store (oauth-receiver.ts).
import type { ServerResponse } from 'node:http';
import { App, HTTPReceiver, SocketModeReceiver } from '@slack/bolt';
import type { RetryOptions } from '@slack/web-api';
import { type Config, llmConfigured, oauthConfigured } from '../config.ts';
import { CopydeskError } from '../errors.ts';
import type { Logger } from '../logger.ts';
import type { Store } from '../store/store.ts';
import { boltLogger } from './bolt-logger.ts';
import { createSnippetDownloader } from './gather/snippet-download.ts';
import { readinessRoute } from './http/readiness.ts';
import { type EventDelivery, type EventHandoff, listenersLater, requestGate } from './http/request-gate.ts';
import { holdingApp } from './jobs/held-delivery.ts';
import type { JobLedger, Replay } from './jobs/job-ledger.ts';
import { createJobRunner, type JobRunner } from './jobs/job-runner.ts';
import type { SheetQueue } from './jobs/queue/sheet-queue.ts';
import { type OAuthSetup, oauthSetup } from './oauth/oauth-setup.ts';
import {
  installedWorkspaceClients,
  singleWorkspaceClients,
  type WorkspaceClients,
} from './oauth/workspace-clients.ts';
import { registerListeners } from './register-listeners.ts';
import type { SlackServices } from './services.ts';
import { perKeyRateLimitedFetch } from './web/per-key-rate-limits.ts';
import { noBlindReposts } from './web/unknown-outcome.ts';

/**
 * Replies are interactive: a user is waiting. The client's default retries for about thirty minutes; this gives
 * up after a few seconds of errors. A 429 still waits the Retry-After Slack asks for, within these retries.
 */
export const INTERACTIVE_RETRY: RetryOptions = {
  retries: 2,
  factor: 2,
  minTimeout: 500,
  maxTimeout: 4_000,
  randomize: true,
};
const WEB_API_TIMEOUT_MS = 15_000;
/** A limit longer than this is reported to the job (which answers the user) rather than waited out. */
const RATE_LIMIT_MAX_WAIT_MS = 30_000;
const MAX_QUEUED_PER_WORKSPACE = 20;

export interface SlackAppOptions {
  config: Config;
  logger: Logger;
  store: Store;
  /** Accepts, owns and clears jobs (the journal in the store). */
  jobs: JobLedger;
  buildSheet: SlackServices['buildSheet'];
  /** Tests shorten this; people need no more than one update a second. */
  progressIntervalMs?: number;
  /** Time one Web API call may take (15 s); tests shorten it to play a slow Slack. */
  webApiTimeoutMs?: number;
  answerQuestion: SlackServices['answerQuestion'];
  /** The durable queue (COPYDESK_STORE=redis://…); absent, jobs run in this process. */
  queue?: SheetQueue;
  /**
   * HTTP mode behind the front door (front-door.ts): its thread gates and acknowledges every request and forwards
   * to this receiver what is not an event, so there is no second gate here.
   */
  behindFrontDoor?: boolean;
}

export interface SlackApp {
  app: App;
  mode: 'http' | 'socket';
  services: SlackServices;
  /** False once shutdown has begun: the health and readiness routes then answer 503. */
  accepting: { value: boolean };
  /** Each workspace's client outside listeners: the queue's worker and the job ledger's recovery use it. */
  clients: WorkspaceClients;
  /** Run a delivery a dead process had acknowledged and held through the listeners (JobLedger's Replay). */
  replay: Replay;
  /** Run an acknowledged, held delivery's listeners on a later turn, then let go of it. */
  handOff: EventHandoff['handOff'];
}

export function createSlackApp(options: SlackAppOptions): SlackApp {
  const { config, logger } = options;
  const slackAuth = requireSlackConfig(config);
  const token = slackAuth.kind === 'token' ? slackAuth.token : undefined;
  const runner: JobRunner = createJobRunner({
    perTeam: config.SLACK_JOBS_PER_WORKSPACE,
    maxQueuedPerTeam: MAX_QUEUED_PER_WORKSPACE,
    logger,
  });
  const apiUrl = config.SLACK_API_URL ? withSlash(config.SLACK_API_URL) : undefined;
  const common = {
    logger,
    store: options.store,
    jobs: options.jobs,
    runner,
    buildSheet: options.buildSheet,
    downloadFile: createSnippetDownloader({
      token,
      // The bot token goes only to Slack's file host, or to the local double that stands in for Slack.
      allowedOrigins: ['https://files.slack.com', ...(apiUrl ? [new URL(apiUrl).origin] : [])],
      timeoutMs: config.COPYDESK_FETCH_TIMEOUT_MS,
      maxBytes: 2_000_000,
      logger,
    }),
    compareEmoji: config.COPYDESK_COMPARE_EMOJI,
    defaultModel: llmConfigured(config) ? config.COPYDESK_MODEL : null,
    progressIntervalMs: options.progressIntervalMs ?? 1_200,
    keptDays: config.COPYDESK_KEEP_SOURCES_DAYS,
    answerQuestion: options.answerQuestion,
    ...(options.queue ? { queue: options.queue } : {}),
  };
  const accepting = { value: true };
  const slackLogger = boltLogger(logger);
  const clientOptions = {
    ...(apiUrl ? { slackApiUrl: apiUrl } : {}),
    retryConfig: INTERACTIVE_RETRY,
    timeout: options.webApiTimeoutMs ?? WEB_API_TIMEOUT_MS,
    // A 429 waits for its own method and channel only; never the client's whole queue.
    rejectRateLimitedCalls: true,
    // A post Slack answers too late may have landed: it is looked for, never blindly posted twice.
    fetch: noBlindReposts(
      perKeyRateLimitedFetch({
        maxWaitMs: RATE_LIMIT_MAX_WAIT_MS,
        attemptTimeoutMs: options.webApiTimeoutMs ?? WEB_API_TIMEOUT_MS,
      }),
    ),
  };
  const health = {
    path: '/healthz',
    method: ['GET'],
    handler: (_req: unknown, res: ServerResponse) => {
      res.writeHead(accepting.value ? 200 : 503, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ ok: accepting.value }));
    },
  };
  const ready = readinessRoute({ accepting, store: options.store, queue: options.queue });
  const oauth: OAuthSetup | null =
    slackAuth.kind === 'oauth'
      ? oauthSetup({ ...slackAuth, config, store: options.store, clientOptions, logger })
      : null;
  const socket = config.SLACK_APP_TOKEN !== undefined;
  // With OAuth, the install path and its redirect are served on the receiver's port (Socket Mode: PORT too).
  const receiver: SocketModeReceiver | HTTPReceiver = socket
    ? new SocketModeReceiver({
        appToken: config.SLACK_APP_TOKEN as string,
        logger: slackLogger,
        customRoutes: [health, ready],
        ...oauth?.receiverOptions,
        installerOptions: { port: config.PORT, clientOptions, ...oauth?.installerOptions },
      })
    : new HTTPReceiver({
        signingSecret: config.SLACK_SIGNING_SECRET as string,
        endpoints: '/slack/events',
        customRoutes: [health, ready],
        logger: slackLogger,
        ...(oauth ? { ...oauth.receiverOptions, installerOptions: oauth.installerOptions } : {}),
      });
  const app = new App({
    // Installed through OAuth there is no app-wide token: Bolt's authorize reads each event's installation.
    ...(token
      ? {
          token,
          // Known IDs spare the auth.test call Bolt otherwise makes at start; without them Bolt asks Slack once.
          ...(config.SLACK_BOT_ID ? { botId: config.SLACK_BOT_ID } : {}),
          ...(config.SLACK_BOT_USER_ID ? { botUserId: config.SLACK_BOT_USER_ID } : {}),
        }
      : {}),
    receiver,
    logger: slackLogger,
    clientOptions,
    ignoreSelf: true,
  });
  // Listeners run here for a delivery the gate acknowledged, and for one a dead process had held (replay).
  const dispatch = (delivery: EventDelivery) => app.processEvent({ ...delivery, ack: async () => {} });
  const handOff = listenersLater(dispatch, logger);
  if (receiver instanceof HTTPReceiver && !options.behindFrontDoor) {
    // Size, clock, signature, shape and replay are checked before Bolt sees (or buffers) anything; events are
    // held and acknowledged there too.
    receiver.requestListener = requestGate(receiver.requestListener, {
      signingSecret: config.SLACK_SIGNING_SECRET as string,
      endpoints: ['/slack/events'],
      claim: (key, ttlMs) => options.store.claim(key, ttlMs),
      logger,
      events: { hold: (event) => options.jobs.hold(event), handOff },
    });
  } else if (!(receiver instanceof HTTPReceiver)) {
    // Socket Mode acknowledges inside processEvent, before any listener: each delivery is held around it.
    receiver.init(holdingApp(app, (event) => options.jobs.hold(event)));
  }
  const clients = oauth
    ? installedWorkspaceClients(oauth.installations, { ...clientOptions, logger: slackLogger })
    : singleWorkspaceClients(app.client);
  const services: SlackServices = {
    ...common,
    clients,
    ...(oauth ? { installations: oauth.installations } : {}),
  };
  registerListeners(app, services);
  return {
    app,
    mode: socket ? 'socket' : 'http',
    services,
    accepting,
    clients,
    replay: (body) => dispatch({ body }),
    handOff,
  };
}

type SlackAuth =
  | { kind: 'token'; token: string }
  | { kind: 'oauth'; clientId: string; clientSecret: string; stateSecret: string; encryptionKey: string };

/**
 * Every missing Slack variable at once, as config.ts does for the rest. One workspace needs its bot token;
 * installing to many (any OAuth variable set) needs the OAuth three and the encryption key, and no bot token.
 */
function requireSlackConfig(config: Config): SlackAuth {
  const missing: string[] = [];
  const oauth = oauthConfigured(config);
  if (oauth) {
    if (config.SLACK_BOT_TOKEN) {
      throw new CopydeskError(
        'config',
        'Configuration problem: SLACK_BOT_TOKEN is for one workspace and SLACK_CLIENT_ID… for installing to many; set one or the other.',
      );
    }
    if (!config.SLACK_CLIENT_ID) missing.push('SLACK_CLIENT_ID');
    if (!config.SLACK_CLIENT_SECRET) missing.push('SLACK_CLIENT_SECRET');
    if (!config.SLACK_STATE_SECRET) missing.push('SLACK_STATE_SECRET');
    if (!config.COPYDESK_ENCRYPTION_KEY)
      missing.push('COPYDESK_ENCRYPTION_KEY (it encrypts the installations)');
  } else if (!config.SLACK_BOT_TOKEN) {
    missing.push('SLACK_BOT_TOKEN (xoxb-…)');
  }
  if (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET) {
    missing.push('SLACK_SIGNING_SECRET for HTTP mode, or SLACK_APP_TOKEN (xapp-…) for Socket Mode');
  }
  if (missing.length > 0) {
    throw new CopydeskError('config', `Configuration problem: the Slack app needs ${listOf(missing)}.`);
  }
  if (!oauth) return { kind: 'token', token: config.SLACK_BOT_TOKEN as string };
  return {
    kind: 'oauth',
    clientId: config.SLACK_CLIENT_ID as string,
    clientSecret: config.SLACK_CLIENT_SECRET as string,
    stateSecret: config.SLACK_STATE_SECRET as string,
    encryptionKey: config.COPYDESK_ENCRYPTION_KEY as string,
  };
}

/** "A", "A and B", "A, B and C". */
function listOf(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`;
}
