// The durable queue from configuration, on the Redis of COPYDESK_STORE. A queued job counts against its
// workspace's bound for at most the sheet's deadline and some slack: a job lost with its whole queue entry
// (never expected) cannot block its workspace for longer.
import type { Config } from '../../../config.ts';
import type { Logger } from '../../../logger.ts';
import type { RedisStore } from '../../../store/redis-store.ts';
import { createSheetQueue, type SheetQueue } from './sheet-queue.ts';

export function openSheetQueue(config: Config, store: RedisStore, url: string, logger: Logger): SheetQueue {
  return createSheetQueue({
    url,
    redis: store.redis,
    leaseMs: config.COPYDESK_JOB_LEASE_MS,
    perTeam: config.SLACK_JOBS_PER_WORKSPACE,
    maxPerTeam: config.COPYDESK_QUEUE_MAX_PER_WORKSPACE,
    concurrency: config.COPYDESK_QUEUE_CONCURRENCY,
    holdMs: 2 * config.COPYDESK_SHEET_DEADLINE_MS + 10 * config.COPYDESK_JOB_LEASE_MS,
    logger,
  });
}
