// Per-workspace limits across every instance, in Redis. Open-source BullMQ has no per-group concurrency, so a
// workspace's share is counted here: `running:<team>` holds the jobs running now and `held:<team>` the jobs
// waiting or running, each a sorted set of job ids scored by when the entry expires. An entry whose instance
// died (kill -9) is not released, but it expires after `leaseMs` unless renewed, so a crash never leaks a slot
// for good. Each check-and-add is one Lua script: two instances cannot both take the last slot.
import type { RedisConnection } from '../../../store/redis-client.ts';
import { redisScript } from '../../../store/redis-script.ts';

const PREFIX = 'copydesk:ws:';

// KEYS[1]: the set. ARGV: now, id, limit, expires. 1 when added (or already in it), 0 when full. The set's TTL
// only ever grows to its latest entry's expiry: it must not drop the entries renewed further out.
const TAKE = `
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', ARGV[1])
local fresh = not redis.call('ZSCORE', KEYS[1], ARGV[2])
if fresh and redis.call('ZCARD', KEYS[1]) >= tonumber(ARGV[3]) then return 0 end
redis.call('ZADD', KEYS[1], ARGV[4], ARGV[2])
local ttl = math.max(1, tonumber(ARGV[4]) - tonumber(ARGV[1]))
if redis.call('PTTL', KEYS[1]) < ttl then redis.call('PEXPIRE', KEYS[1], ttl) end
return 1
`;

// KEYS: the running set, the held set. ARGV: now, id, then the two new expiries. A job still in a set gets its
// new expiry, and the set's own TTL is stretched to it: renewing the entry alone left the set to expire at the
// first lease, so a job running past it lost the whole set, and the workspace's limit with it. One script for the pair, not a command each: a
// renewal and a job's end (RELEASE) cost one round trip each.
const RENEW = `
local now, id = tonumber(ARGV[1]), ARGV[2]
for i = 1, 2 do
  local expires = tonumber(ARGV[i + 2])
  if redis.call('ZSCORE', KEYS[i], id) then
    redis.call('ZADD', KEYS[i], expires, id)
    if redis.call('PTTL', KEYS[i]) < expires - now then redis.call('PEXPIRE', KEYS[i], expires - now) end
  end
end
return 0
`;
const RELEASE = `
redis.call('ZREM', KEYS[1], ARGV[1])
redis.call('ZREM', KEYS[2], ARGV[1])
return 0
`;

export interface WorkspaceSlots {
  /** Count a job as waiting or running for its workspace; false when `maxHeld` are already. */
  hold(team: string, id: string, maxHeld: number, ttlMs: number): Promise<boolean>;
  /** Start running, if fewer than `perTeam` of the workspace's jobs are running on any instance. */
  run(team: string, id: string, perTeam: number, leaseMs: number): Promise<boolean>;
  /** Keep a running job's entries alive (each lease) while it runs. */
  renew(team: string, id: string, leaseMs: number, holdMs: number): Promise<void>;
  /** The job is over (answered, or given up): it no longer counts. */
  release(team: string, id: string): Promise<void>;
}

export function workspaceSlots(redis: RedisConnection): WorkspaceSlots {
  const takeScript = redisScript(redis, TAKE);
  const take = async (set: string, id: string, limit: number, ttlMs: number): Promise<boolean> => {
    const now = Date.now();
    return Number(await takeScript([set], [now, id, limit, now + ttlMs])) === 1;
  };
  const renewScript = redisScript(redis, RENEW);
  const releaseScript = redisScript(redis, RELEASE);
  const sets = (team: string) => [`${PREFIX}running:${team}`, `${PREFIX}held:${team}`];
  return {
    hold: (team, id, maxHeld, ttlMs) => take(`${PREFIX}held:${team}`, id, maxHeld, ttlMs),
    run: (team, id, perTeam, leaseMs) => take(`${PREFIX}running:${team}`, id, perTeam, leaseMs),
    renew: async (team, id, leaseMs, holdMs) => {
      const now = Date.now();
      await renewScript(sets(team), [now, id, now + leaseMs, now + holdMs]);
    },
    release: async (team, id) => {
      await releaseScript(sets(team), [id]);
    },
  };
}
