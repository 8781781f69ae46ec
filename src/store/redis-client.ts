// One Redis connection per store handle, shared by the cache, the claims and the job journal. Commands issued
// while the connection is down fail at once (no offline queue): a claim or a job that waits for Redis would keep
// a Slack listener waiting past its deadline, while an immediate error lets it answer "try again in a minute".
// The client reconnects on its own, with a capped backoff, for as long as the process lives.
import { createClient } from '@keyv/redis';
import { CopydeskError } from '../errors.ts';
import type { Logger } from '../logger.ts';

/** How long a starting process waits for Redis before it reports a configuration problem. */
const FIRST_CONNECT_MS = 10_000;

export type RedisClient = ReturnType<typeof newClient>;

export interface RedisConnection {
  client: RedisClient;
  /** Resolves once the first connection is made; every command waits for it, never for a later reconnect. */
  ready: Promise<void>;
  close(): Promise<void>;
}

function newClient(url: string) {
  return createClient({
    url,
    disableOfflineQueue: true,
    socket: {
      connectTimeout: 5_000,
      // 100 ms doubling to 2 s, forever: Redis restarting or failing over must not end the process.
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** retries, 2_000),
    },
  });
}

export function connectRedis(url: string, logger?: Logger): RedisConnection {
  const client = newClient(url);
  let lastError = '';
  // Without an 'error' listener the client's EventEmitter throws, and a Redis restart would crash the process.
  client.on('error', (error: Error) => {
    // Once per kind of failure, not once per reconnect attempt.
    if (error.message === lastError) return;
    lastError = error.message;
    logger?.warn({ err: error }, 'Redis connection problem; reconnecting');
  });
  client.on('ready', () => {
    if (lastError) logger?.info('Redis connection back');
    lastError = '';
  });
  // The client retries its first connection forever too; a process that starts must know within seconds.
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new Error(`no answer in ${FIRST_CONNECT_MS / 1000} s`)),
      FIRST_CONNECT_MS,
    );
    timer.unref();
  });
  const ready = Promise.race([client.connect(), timeout]).then(
    () => clearTimeout(timer),
    (error: unknown) => {
      clearTimeout(timer);
      const reason = lastError || (error as Error).message;
      throw new CopydeskError(
        'config',
        `COPYDESK_STORE: cannot connect to Redis at ${hostOf(url)} (${reason}).`,
        {
          cause: error,
        },
      );
    },
  );
  // Awaited by whoever uses the store; this only keeps a failed first connect from being "unhandled".
  ready.catch(() => {});
  return {
    client,
    ready,
    close: async () => {
      if (client.isOpen) await client.close();
      else client.destroy();
    },
  };
}

/** Host and port only: the URL may hold a password. */
function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'the configured URL';
  }
}
