// Starts the Slack app from a Config and returns how to stop it: used by main.ts and by the tests.
import type { AddressInfo } from 'node:net';
import { type Config, defaultBotStore, oauthConfigured } from '../config.ts';
import { followupAnswerer } from '../followup/answerer.ts';
import { keepTexts } from '../followup/keep-texts.ts';
import type { Logger } from '../logger.ts';
import { buildFactSheet } from '../pipeline.ts';
import { createRuntime } from '../runtime.ts';
import type { RedisStore } from '../store/redis-store.ts';
import { openStore } from '../store/store.ts';
import { createDeadline } from '../util/deadline.ts';
import { checkAppToken } from './app-token-check.ts';
import { identifyBot } from './bot-identity.ts';
import { createSlackApp, type SlackApp, type SlackAppOptions } from './create-app.ts';
import { type FrontDoor, innerSocket, openFrontDoor } from './http/front-door.ts';
import { NOT_HELD } from './jobs/held-delivery.ts';
import { openJobs } from './jobs/open-jobs.ts';
import { openSheetQueue } from './jobs/queue/open-sheet-queue.ts';
import { giveUpQueuedSheet, inWorkspace, requeueWith } from './jobs/queue/queued-sheet-job.ts';
import { runQueuedJob } from './jobs/queue/run-queued-job.ts';
import { depsForModel } from './workspace/model-engines.ts';

export interface RunningSlackApp {
  slack: SlackApp;
  /** The HTTP port in HTTP mode (useful with PORT=0), else null. */
  port: number | null;
  /** HTTP mode on SQLite or Redis: the thread that gates and acknowledges Slack's requests; else null. */
  frontDoor: FrontDoor | null;
  /**
   * Stop taking work, give running jobs `graceMs` to finish, report the rest to their users, close the store.
   */
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions {
  /** Host to listen on in HTTP mode; tests use 127.0.0.1. */
  host?: string;
  progressIntervalMs?: number;
  /** Replaces the pipeline (tests use it to make a job fail or hang). */
  buildSheet?: SlackAppOptions['buildSheet'];
  /** Time one Web API call may take; tests shorten it to play a slow Slack. */
  webApiTimeoutMs?: number;
}

export async function startSlackApp(
  given: Config,
  logger: Logger,
  options: StartOptions = {},
): Promise<RunningSlackApp> {
  // Asked before anything is opened or listens: a bad token or an unreachable Slack ends the start in one line.
  const config = await withBotIdentity(given);
  if (config.SLACK_APP_TOKEN && (config.SLACK_BOT_TOKEN || oauthConfigured(config))) {
    await checkAppToken({ appToken: config.SLACK_APP_TOKEN, slackApiUrl: config.SLACK_API_URL });
  }
  const storeSpec = config.COPYDESK_STORE ?? defaultBotStore(config);
  const runtime = await createRuntime(config, logger, { defaultStore: storeSpec, offThread: true });
  // Dedupe claims need a store even when caching is off.
  const claims = runtime.store ?? openStore('memory');
  // Redis: the first connection is made before any event is taken (an unreachable server is a config error).
  try {
    await claims.ready?.();
  } catch (error) {
    await runtime.close();
    throw error;
  }
  const jobs = openJobs(storeSpec, config.COPYDESK_JOB_LEASE_MS, logger, claims);
  const queue =
    'redis' in claims ? openSheetQueue(config, claims as RedisStore, storeSpec, logger) : undefined;
  // Every sheet's source texts are kept a few days, for the questions asked in its thread.
  runtime.deps.onText = keepTexts(claims, config.COPYDESK_KEEP_SOURCES_DAYS, logger);
  const withModel = depsForModel(runtime.deps, config, logger);
  // HTTP mode on a store other threads can share: Slack's requests are acknowledged in a thread of their own.
  const behindFrontDoor = !config.SLACK_APP_TOKEN && jobs.journal.durable;
  const slack = createSlackApp({
    config,
    logger,
    store: claims,
    jobs: jobs.ledger,
    answerQuestion: followupAnswerer(config, claims),
    ...(queue ? { queue } : {}),
    behindFrontDoor,
    buildSheet:
      options.buildSheet ??
      ((inputs, onProgress, requestedAt, model) =>
        buildFactSheet(inputs, withModel(model), onProgress, {
          deadline: createDeadline(config.COPYDESK_SHEET_DEADLINE_MS, requestedAt),
        })),
    ...(options.progressIntervalMs === undefined ? {} : { progressIntervalMs: options.progressIntervalMs }),
    ...(options.webApiTimeoutMs === undefined ? {} : { webApiTimeoutMs: options.webApiTimeoutMs }),
  });
  let port: number | null = null;
  let door: { open: FrontDoor; socket: ReturnType<typeof innerSocket> } | undefined;
  const closeStores = async (): Promise<void> => {
    jobs.journal.close();
    if (claims !== runtime.store) await claims.close();
    await runtime.close();
  };
  if (behindFrontDoor) {
    const socket = innerSocket();
    try {
      await slack.app.start({ path: socket.path });
      const open = await openFrontDoor(
        {
          port: config.PORT,
          ...(options.host ? { host: options.host } : {}),
          socketPath: socket.path,
          signingSecret: config.SLACK_SIGNING_SECRET as string,
          storeSpec,
          owner: jobs.journal.owner,
          leaseMs: jobs.journal.leaseMs,
          logLevel: logger.level,
          workNice: config.COPYDESK_WORK_NICE,
        },
        logger,
        (delivery, held) => slack.handOff(delivery, held ? jobs.ledger.heldBy(held) : NOT_HELD),
      );
      door = { open, socket };
    } catch (error) {
      // Nothing half-open is left behind (a test, or a caller that goes on): the receiver, journal and store.
      await slack.app.stop().catch(() => {});
      socket.remove();
      await queue?.close(0);
      await closeStores();
      throw error;
    }
    port = door.open.port;
    logger.info({ port }, 'copydesk is listening for Slack events on POST /slack/events');
  } else if (slack.mode === 'http') {
    const server = await slack.app.start({
      port: config.PORT,
      ...(options.host ? { host: options.host } : {}),
    });
    port = (server.address() as AddressInfo).port;
    logger.info({ port }, 'copydesk is listening for Slack events on POST /slack/events');
  } else {
    await slack.app.start();
    logger.info({ healthPort: config.PORT }, 'copydesk is connected to Slack in Socket Mode');
  }
  if (oauthConfigured(config) && storeSpec === 'memory') {
    logger.warn(
      'COPYDESK_STORE=memory: installations are forgotten at restart; every workspace must install again',
    );
  }
  // Leases renewed from now on; jobs a dead process left behind are answered in their placeholders.
  // On Redis, a job whose listener died before enqueueing it is enqueued by whoever recovers it.
  // A delivery acknowledged by a process that died before its listeners ran is replayed through ours.
  jobs.ledger.start((team) => slack.clients.forTeam(team), {
    replay: slack.replay,
    ...(queue ? { requeue: requeueWith(slack.services, queue) } : {}),
  });
  // This instance's worker takes queued sheets, its own and other instances', each with its workspace's client.
  queue?.start(inWorkspace(slack.services, runQueuedJob), inWorkspace(slack.services, giveUpQueuedSheet));

  let stopping: Promise<void> | undefined;
  const stop = (graceMs = config.SLACK_SHUTDOWN_GRACE_MS): Promise<void> => {
    stopping ??= (async () => {
      slack.accepting.value = false;
      try {
        await door?.open.close();
        await slack.app.stop();
      } catch (error) {
        logger.warn({ err: error }, 'stopping the Slack receiver failed');
      } finally {
        door?.socket.remove();
      }
      const [result, queued] = await Promise.all([
        slack.services.runner.shutdown(graceMs),
        // Running queued sheets get the same grace; the rest stay queued for the other instances.
        queue?.close(graceMs),
      ]);
      logger.info(
        { ...result, ...(queued ? { queueDrained: queued.finished } : {}) },
        'fact sheet jobs finished or reported',
      );
      jobs.ledger.stop();
      await closeStores();
    })();
    return stopping;
  };
  return { slack, port, frontDoor: door?.open ?? null, stop };
}

/** The config with the bot's IDs filled in (from auth.test when they are not set), so Bolt never asks itself. */
async function withBotIdentity(config: Config): Promise<Config> {
  // With something missing (or OAuth: each installation has its own IDs) createSlackApp names it all; there is
  // nothing to ask Slack yet.
  if (!config.SLACK_BOT_TOKEN || (!config.SLACK_APP_TOKEN && !config.SLACK_SIGNING_SECRET)) return config;
  if (oauthConfigured(config)) return config;
  const identity = await identifyBot({
    token: config.SLACK_BOT_TOKEN,
    botUserId: config.SLACK_BOT_USER_ID,
    botId: config.SLACK_BOT_ID,
    slackApiUrl: config.SLACK_API_URL,
  });
  return { ...config, SLACK_BOT_USER_ID: identity.botUserId, SLACK_BOT_ID: identity.botId };
}
