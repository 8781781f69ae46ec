// Scripts run by their SHA1 against a real redis-server: the body is sent once, and again only when the server
// has forgotten it (a restart, SCRIPT FLUSH).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectRedis, type RedisConnection } from '../../src/store/redis-client.ts';
import { redisScript } from '../../src/store/redis-script.ts';
import { redisAvailable, startRedis, type TestRedis } from '../support/redis-server.ts';

describe.skipIf(!redisAvailable)('redisScript', () => {
  let redis: TestRedis;
  let connection: RedisConnection;
  beforeAll(async () => {
    redis = await startRedis();
    connection = connectRedis(redis.url);
    await connection.ready;
  });
  afterAll(async () => {
    await connection?.close();
    await redis?.stop();
  });

  it('runs by SHA once the server knows the body, and sends the body again after a flush', async () => {
    const add = redisScript(connection, "return redis.call('INCRBY', KEYS[1], ARGV[1])");
    const evals = async () => {
      const stats = String(await connection.client.sendCommand(['INFO', 'commandstats']));
      return Number(/cmdstat_eval:calls=(\d+)/.exec(stats)?.[1] ?? 0);
    };
    expect(await add(['counter'], [2])).toBe(2);
    expect(await add(['counter'], [3])).toBe(5);
    expect(await evals()).toBe(1);
    await connection.client.sendCommand(['SCRIPT', 'FLUSH']);
    expect(await add(['counter'], [4])).toBe(9);
    expect(await evals()).toBe(2);
  });
});
