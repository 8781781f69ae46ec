// An undici Agent that will only open connections to public addresses.
// The check happens where the connection is made, on the address DNS actually returned: checking the
// name beforehand is useless against DNS rebinding (a name that resolves public once and private next).
import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOptions } from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import { Agent, buildConnector } from 'undici';
import { classifyAddress } from './address-policy.ts';
import type { AllowList } from './allow-list.ts';
import { BlockedAddressError } from './blocked-address-error.ts';

export { BlockedAddressError };

export interface SafeAgentOptions {
  allow: AllowList;
  connectTimeoutMs: number;
}

/**
 * net.connect calls `lookup` with `{ all: true }` when it races IPv4 and IPv6 (autoSelectFamily, the default),
 * and with a single answer otherwise: both forms are handled. If any answer is non-public the whole lookup
 * fails, so a name that mixes public and private answers cannot win by retrying.
 */
const checkedLookup = ((hostname: string, options: LookupOptions, callback: LookupCallback) => {
  dnsLookup(hostname, { ...options, all: true } as LookupAllOptions, (error, addresses) => {
    if (error) {
      callback(error, options.all ? [] : '', 0);
      return;
    }
    for (const { address } of addresses) {
      const kind = classifyAddress(address);
      if (kind !== 'public') {
        callback(new BlockedAddressError(hostname, address, kind), options.all ? [] : '', 0);
        return;
      }
    }
    if (options.all) {
      callback(null, addresses);
      return;
    }
    const first = addresses[0];
    if (!first) {
      callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '', 0);
      return;
    }
    callback(null, first.address, first.family);
  });
}) as unknown as LookupFunction;

type LookupCallback = (
  error: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

export function createSafeAgent(options: SafeAgentOptions): Agent {
  const strict = buildConnector({ timeout: options.connectTimeoutMs, lookup: checkedLookup });
  const exempt = buildConnector({ timeout: options.connectTimeoutMs });
  return new Agent({
    // Idle keep-alive sockets are cheap to drop; pages are fetched once and then cached.
    keepAliveTimeout: 2_000,
    connect: (connectOptions, callback) => {
      const { hostname, protocol } = connectOptions;
      const port = Number(connectOptions.port) || (protocol === 'https:' ? 443 : 80);
      const host = hostname.includes(':') ? `[${hostname}]` : hostname;
      if (options.allow.has(host, port)) {
        exempt(connectOptions, callback);
        return;
      }
      // Literal IPs never go through `lookup`, so they are checked here, before any packet is sent.
      if (isIP(hostname) !== 0) {
        const kind = classifyAddress(hostname);
        if (kind !== 'public') {
          callback(new BlockedAddressError(hostname, hostname, kind), null);
          return;
        }
      }
      strict(connectOptions, (error, socket) => {
        if (error || !socket) {
          callback(error ?? new Error('connection failed'), null);
          return;
        }
        // Belt and braces: whatever path the connection took, the peer must be public.
        const remote = socket.remoteAddress;
        const kind = remote ? classifyAddress(remote) : 'invalid';
        if (kind !== 'public') {
          socket.destroy();
          callback(new BlockedAddressError(hostname, remote ?? 'unknown', kind), null);
          return;
        }
        callback(null, socket);
      });
    },
  });
}
