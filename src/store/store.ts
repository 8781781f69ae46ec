// The cache and the dedupe claims, behind one small interface, over keyv (memory, SQLite or Redis). This module
// opens the local stores, synchronously; open-configured-store.ts opens any spec, Redis's included.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import KeyvSqlite from '@keyv/sqlite';
import Keyv from 'keyv';
import { CopydeskError } from '../errors.ts';
import { isRedisSpec } from './open-configured-store.ts';

export interface Store {
  get<T>(key: string): Promise<T | undefined>;
  set(key: string, value: unknown, ttlMs?: number): Promise<void>;
  /** Forget a key (an uninstalled workspace's installation). */
  delete(key: string): Promise<void>;
  /**
   * Atomically claim a key for `ttlMs`: true for exactly one caller, false for every other until it expires.
   * Keyv has no set-if-absent (concurrent has-then-set writers all "win"), so claims bypass it.
   */
  claim(key: string, ttlMs: number): Promise<boolean>;
  /**
   * False while the store's server is away (Redis reconnecting), when a `get` reads as a miss whatever is kept:
   * a reader for whom a miss means something (no installation) asks. Absent: always reachable.
   */
  reachable?(): boolean;
  /** Resolves when the store's server answers now (a round trip, bounded); rejects if not. Absent: local. */
  ping?(): Promise<void>;
  /** Resolves once the store is reachable (Redis: the first connection); rejects with a config error if not. */
  ready?(): Promise<void>;
  close(): Promise<void>;
}

/** Open a local store from a spec: "memory" or "sqlite:PATH". A Redis spec goes to openConfiguredStore. */
export function openStore(spec: string): Store {
  if (spec === 'memory') return memoryStore();
  // A caller's mistake, not a user's: the Redis client is loaded only by openConfiguredStore.
  if (isRedisSpec(spec))
    throw new Error(`openStore opens local stores; open "${spec}" with openConfiguredStore`);
  if (spec.startsWith('sqlite:')) {
    const path = spec.slice('sqlite:'.length);
    try {
      return sqliteStore(path);
    } catch (error) {
      // A path that cannot be created or opened is a configuration problem: name the variable, not "something".
      const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      throw new CopydeskError(
        'config',
        `COPYDESK_STORE: cannot open the SQLite file "${path}" (${reason}).`,
        {
          cause: error,
        },
      );
    }
  }
  throw new CopydeskError(
    'config',
    `Unsupported COPYDESK_STORE "${spec}": use "memory", "sqlite:PATH" or "redis://HOST:PORT[/DB]".`,
  );
}

/** The cache half of a Store, the same over any keyv backend. */
function keyvCache(keyv: Keyv): Pick<Store, 'get' | 'set' | 'delete'> {
  return {
    get: (key) => keyv.get(key),
    set: async (key, value, ttlMs) => {
      await keyv.set(key, value, ttlMs);
    },
    delete: async (key) => {
      await keyv.delete(key);
    },
  };
}

function memoryStore(): Store {
  const keyv = new Keyv();
  const claims = new Map<string, number>();
  return {
    ...keyvCache(keyv),
    // Single process, single thread: the check and the write cannot interleave.
    claim: async (key, ttlMs) => {
      const now = Date.now();
      const expires = claims.get(key);
      if (expires !== undefined && expires > now) return false;
      claims.set(key, now + ttlMs);
      if (claims.size > 10_000) {
        for (const [k, until] of claims) if (until <= now) claims.delete(k);
      }
      return true;
    },
    close: async () => {
      await keyv.disconnect();
    },
  };
}

function sqliteStore(path: string): Store {
  mkdirSync(dirname(path), { recursive: true });
  const adapter = new KeyvSqlite({
    uri: `sqlite://${path}`,
    driver: 'node:sqlite',
    busyTimeout: 5_000,
    wal: true,
  });
  // As for the claims below: under WAL, NORMAL commits without an fsync. The bot writes through keyv on the event
  // loop for each Slack call it tags (unknown-outcome), ~3 ms of fsync each under the ack bench's burst.
  adapter.query('PRAGMA synchronous = NORMAL').catch(() => {});
  const keyv = new Keyv({ store: adapter, namespace: 'copydesk' });
  // Claims live in their own table of the same file: INSERT OR IGNORE plus `changes` is atomic across processes.
  const db = new DatabaseSync(path, { timeout: 5_000 });
  // The file is in WAL mode (keyv's `wal`): NORMAL spares each claim an fsync on the event loop (a claim is a
  // dedupe hint that a process crash keeps; only a power cut can lose the last ones). Measured in the ack bench.
  db.exec('PRAGMA synchronous = NORMAL');
  db.exec('CREATE TABLE IF NOT EXISTS copydesk_claims (key TEXT PRIMARY KEY, expires INTEGER NOT NULL)');
  const purge = db.prepare('DELETE FROM copydesk_claims WHERE key = ? AND expires <= ?');
  const insert = db.prepare('INSERT OR IGNORE INTO copydesk_claims (key, expires) VALUES (?, ?)');
  return {
    ...keyvCache(keyv),
    claim: async (key, ttlMs) => {
      const now = Date.now();
      purge.run(key, now);
      return insert.run(key, now + ttlMs).changes === 1;
    },
    close: async () => {
      await keyv.disconnect();
      db.close();
    },
  };
}
