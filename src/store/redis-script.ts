// A Lua script run by its SHA1 (EVALSHA): Redis keeps each script it has run, so the body crosses the wire once
// per server (again after a restart or SCRIPT FLUSH, which answer NOSCRIPT), not with every call. The job
// journal runs several scripts per Slack event; sending their bodies each time was most of what copydesk wrote
// to Redis, and a measurable share of an instance's CPU (bench: three instances on Redis).
import { createHash } from 'node:crypto';
import type { RedisConnection } from './redis-client.ts';

export type RedisScript = (keys: string[], args: (string | number)[]) => Promise<unknown>;

export function redisScript(redis: RedisConnection, body: string): RedisScript {
  const sha = createHash('sha1').update(body).digest('hex');
  return async (keys, args) => {
    await redis.ready;
    const rest = [String(keys.length), ...keys, ...args.map(String)];
    try {
      return await redis.client.sendCommand(['EVALSHA', sha, ...rest]);
    } catch (error) {
      if (!String((error as Error).message).startsWith('NOSCRIPT')) throw error;
      return redis.client.sendCommand(['EVAL', body, ...rest]);
    }
  };
}
