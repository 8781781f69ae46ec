// The job journal on Redis (COPYDESK_STORE=redis://…): the same rules as the SQLite journal (job-journal.ts),
// shared by every instance. Each check-and-write is one Lua script, which Redis runs atomically: two instances
// receiving the same event cannot both accept it, and an expired job is taken over by exactly one of them.
// Layout (prefix copydesk:jobs:): key:<dedupe key> → job id (PX ttl); job:<id> → hash {team, owner, lease,
// reply, work, event}; jkeys:<id> → the job's dedupe keys; leases → sorted set of job ids by lease end; owner:<owner> → the
// ids one process owns (for renew). Keys are named inside the scripts: a single Redis, not a Cluster.
import { randomUUID } from 'node:crypto';
import type { Acceptance, JobKey, JournaledJob, JournalTarget } from './job-journal.ts';
import type { JobJournalBackend } from './job-journal-backend.ts';
import type { RedisConnection } from './redis-client.ts';
import { type RedisScript, redisScript } from './redis-script.ts';

const PREFIX = 'copydesk:jobs:';

// Shared by accept and takeExpired: move a job to a new owner and lease.
const TAKE = `
local function take(p, id, owner, untilMs)
  local old = redis.call('HGET', p..'job:'..id, 'owner')
  if old then redis.call('SREM', p..'owner:'..old, id) end
  redis.call('HSET', p..'job:'..id, 'owner', owner, 'lease', untilMs)
  redis.call('ZADD', p..'leases', untilMs, id)
  redis.call('SADD', p..'owner:'..owner, id)
end
`;

// Shared by accept and answered: a record gone, with its lease and its owner's note of it.
const DROP = `
local function drop(p, id)
  local owner = redis.call('HGET', p..'job:'..id, 'owner')
  if owner then redis.call('SREM', p..'owner:'..owner, id) end
  redis.call('DEL', p..'job:'..id)
  redis.call('ZREM', p..'leases', id)
end
`;

// A held delivery gives its place to the job: its body (the HeldEvent in its reply) moves to the job's 'event'.
const CONSUME = `
local function consume(p, held, id)
  local reply = redis.call('HGET', p..'job:'..held, 'reply')
  if reply then redis.call('HSET', p..'job:'..id, 'event', cjson.decode(reply).body) end
  drop(p, held)
end
`;

// ARGV: prefix, now, leaseMs, owner, id, team, reply, consumes ('' for none), then key, ttl pairs.
const ACCEPT = `${TAKE}${DROP}${CONSUME}
local p, now, lease, owner = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local id, team, reply, consumes = ARGV[5], ARGV[6], ARGV[7], ARGV[8]
for i = 9, #ARGV, 2 do
  local held = redis.call('GET', p..'key:'..ARGV[i])
  if held then
    local job = redis.call('HMGET', p..'job:'..held, 'team', 'lease', 'reply')
    -- Answered (no record) or owned by a live process: a duplicate.
    if not job[1] or tonumber(job[2]) > now then return {'duplicate', ARGV[i]} end
    take(p, held, owner, now + lease)
    if consumes ~= '' then consume(p, consumes, held) end
    return {'taken', held, job[1], job[3]}
  end
end
for i = 9, #ARGV, 2 do
  redis.call('SET', p..'key:'..ARGV[i], id, 'PX', ARGV[i + 1])
  redis.call('SADD', p..'jkeys:'..id, ARGV[i])
end
redis.call('HSET', p..'job:'..id, 'team', team, 'reply', reply)
take(p, id, owner, now + lease)
if consumes ~= '' then consume(p, consumes, id) end
return {'accepted'}
`;

// ARGV: prefix, id, owner, field ('reply' or 'work'), value (JSON). Only the owner writes where the answer is and
// what the job needs: a taken-over job's new owner decides.
const SET_FIELD = `
local p = ARGV[1]
if redis.call('HGET', p..'job:'..ARGV[2], 'owner') == ARGV[3] then
  redis.call('HSET', p..'job:'..ARGV[2], ARGV[4], ARGV[5])
end
return 0
`;

// ARGV: prefix, id, release ('1' or '0'), owner. Another owner's record (taken over) is left alone: 0. A record
// already gone keeps its keys: whoever cleared it decided about them.
const ANSWERED = `${DROP}
local p, id = ARGV[1], ARGV[2]
local current = redis.call('HGET', p..'job:'..id, 'owner')
if not current then return 1 end
if current ~= ARGV[4] then return 0 end
drop(p, id)
if ARGV[3] == '1' then
  for _, key in ipairs(redis.call('SMEMBERS', p..'jkeys:'..id)) do
    if redis.call('GET', p..'key:'..key) == id then redis.call('DEL', p..'key:'..key) end
  end
end
redis.call('DEL', p..'jkeys:'..id)
return 1
`;

// ARGV: prefix, owner, lease end.
const RENEW = `
local p, owner = ARGV[1], ARGV[2]
for _, id in ipairs(redis.call('SMEMBERS', p..'owner:'..owner)) do
  if redis.call('HGET', p..'job:'..id, 'owner') == owner then
    redis.call('HSET', p..'job:'..id, 'lease', ARGV[3])
    redis.call('ZADD', p..'leases', ARGV[3], id)
  else
    redis.call('SREM', p..'owner:'..owner, id)
  end
end
return 0
`;

// ARGV: prefix, now, leaseMs, owner. At most 100 a pass; the next pass takes the rest.
const TAKE_EXPIRED = `${TAKE}
local p, now, lease, owner = ARGV[1], tonumber(ARGV[2]), tonumber(ARGV[3]), ARGV[4]
local taken = {}
for _, id in ipairs(redis.call('ZRANGEBYSCORE', p..'leases', '-inf', now, 'LIMIT', 0, 100)) do
  local job = redis.call('HMGET', p..'job:'..id, 'team', 'reply', 'work', 'event')
  if job[1] then
    take(p, id, owner, now + lease)
    table.insert(taken, id); table.insert(taken, job[1]); table.insert(taken, job[2])
    table.insert(taken, job[3] or ''); table.insert(taken, job[4] or '')
  else
    redis.call('ZREM', p..'leases', id)
  end
end
return taken
`;

/** `owner`: another thread of this process sharing its leases (the front door's); by default, a new one. */
export function openRedisJobJournal(
  redis: RedisConnection,
  leaseMs: number,
  owner = `${process.pid}-${randomUUID()}`,
): JobJournalBackend {
  const scripts = new Map<string, RedisScript>();
  const run = (script: string, args: (string | number)[]): Promise<unknown> => {
    let compiled = scripts.get(script);
    if (!compiled) {
      compiled = redisScript(redis, script);
      scripts.set(script, compiled);
    }
    return compiled([], [PREFIX, ...args]);
  };
  return {
    durable: true,
    owner,
    leaseMs,
    accept: async (job): Promise<Acceptance> => {
      const pairs = job.keys.flatMap(({ key, ttlMs }: JobKey) => [key, Math.max(1, Math.round(ttlMs))]);
      const result = (await run(ACCEPT, [
        Date.now(),
        leaseMs,
        owner,
        job.id,
        job.team,
        JSON.stringify(job.reply),
        job.consumes ?? '',
        ...pairs,
      ])) as string[];
      if (result[0] === 'duplicate') return { outcome: 'duplicate', key: result[1] as string };
      if (result[0] === 'taken') {
        const [, id, team, reply] = result as [string, string, string, string];
        return { outcome: 'taken', job: { id, team, owner, reply: JSON.parse(reply) as JournalTarget } };
      }
      return { outcome: 'accepted' };
    },
    setReply: async (id, reply) => {
      await run(SET_FIELD, [id, owner, 'reply', JSON.stringify(reply)]);
    },
    setWork: async (id, work) => {
      await run(SET_FIELD, [id, owner, 'work', JSON.stringify(work)]);
    },
    answered: async (id, options = {}) =>
      (await run(ANSWERED, [id, options.release ? '1' : '0', owner])) === 1,
    renew: async () => {
      await run(RENEW, [owner, Date.now() + leaseMs]);
    },
    takeExpired: async () => {
      const flat = (await run(TAKE_EXPIRED, [Date.now(), leaseMs, owner])) as string[];
      const jobs: JournaledJob[] = [];
      for (let i = 0; i + 4 < flat.length; i += 5) {
        const work = flat[i + 3] as string;
        const event = flat[i + 4] as string;
        jobs.push({
          id: flat[i] as string,
          team: flat[i + 1] as string,
          owner,
          reply: JSON.parse(flat[i + 2] as string),
          ...(work ? { work: JSON.parse(work) as unknown } : {}),
          ...(event ? { event } : {}),
        });
      }
      return jobs;
    },
    // The connection belongs to the store; closing the store closes it.
    close: () => {},
  };
}
