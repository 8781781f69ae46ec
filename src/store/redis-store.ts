// COPYDESK_STORE=redis://…: every instance shares the cache, the claims and the job journal. The cache goes
// through keyv's Redis adapter; a claim is one `SET key 1 NX PX ttl`, atomic in Redis whatever the number of
// instances (keyv has no set-if-absent). While Redis is away the cache reads as a miss and skips writes (a cache
// may forget), but a claim fails loudly: deciding "not a duplicate" without Redis could answer an event twice.
import KeyvRedis from '@keyv/redis';
import Keyv from 'keyv';
import type { Logger } from '../logger.ts';
import { connectRedis, type RedisConnection } from './redis-client.ts';
import type { Store } from './store.ts';

/** A readiness check's PING waits no longer than this. */
const PING_TIMEOUT_MS = 1_000;

export interface RedisStore extends Store {
  readonly redis: RedisConnection;
}

export function redisStore(url: string, logger?: Logger): RedisStore {
  const redis = connectRedis(url, logger);
  const keyv = new Keyv({
    store: new KeyvRedis(redis.client, { throwOnConnectError: false }),
    namespace: 'copydesk',
  });
  // A failing cache call is logged and read as a miss: without an 'error' listener keyv 6 rejects instead.
  keyv.on('error', (error: unknown) => logger?.debug({ err: error }, 'Redis cache call failed'));
  return {
    redis,
    get: async (key) => {
      await redis.ready;
      return keyv.get(key);
    },
    set: async (key, value, ttlMs) => {
      await redis.ready;
      await keyv.set(key, value, ttlMs);
    },
    delete: async (key) => {
      await redis.ready;
      await keyv.delete(key);
    },
    claim: async (key, ttlMs) => {
      await redis.ready;
      const result = await redis.client.set(`copydesk:claim:${key}`, '1', {
        condition: 'NX',
        expiration: { type: 'PX', value: Math.max(1, Math.round(ttlMs)) },
      });
      return result === 'OK';
    },
    reachable: () => redis.client.isReady,
    ping: async () => {
      await redis.ready;
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<never>((_, reject) => {
        timer = setTimeout(() => reject(new Error('Redis did not answer a PING in 1 s')), PING_TIMEOUT_MS);
      });
      try {
        // No offline queue: while Redis is away this fails at once rather than waiting for a reconnect.
        await Promise.race([redis.client.ping(), late]);
      } finally {
        clearTimeout(timer);
      }
    },
    ready: () => redis.ready,
    close: () => redis.close(),
  };
}
