// COPYDESK_STORE → a Store, whatever its kind. Each backend is imported only when the spec names it: the Redis
// client is ~480 modules and ~28 MB resident, keyv with its SQLite adapter ~5 MB, and a CLI run with --no-cache
// or on SQLite needs neither Redis nor (with --no-cache) keyv. Local stores also open synchronously: store.ts.
import type { Logger } from '../logger.ts';
import type { Store } from './store.ts';

/** True for the store specs that name a Redis server. */
export function isRedisSpec(spec: string): boolean {
  return /^rediss?:\/\/.+/.test(spec);
}

/** Open a store from a spec: "memory", "sqlite:PATH" or "redis://HOST:PORT[/DB]" ("rediss://" for TLS). */
export async function openConfiguredStore(spec: string, logger?: Logger): Promise<Store> {
  if (isRedisSpec(spec)) {
    const { redisStore } = await import('./redis-store.ts');
    return redisStore(spec, logger);
  }
  const { openStore } = await import('./store.ts');
  return openStore(spec);
}
