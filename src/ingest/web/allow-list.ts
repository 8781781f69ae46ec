// COPYDESK_FETCH_ALLOW: host:port pairs exempt from the private-address block (tests, intranets).
// Hosts are compared in canonical form ("LOCALHOST." = "localhost", "0x7f.1" = "127.0.0.1") so the exemption
// follows what the operator meant, not how a link happens to spell it.
import { parseIPv4, parseIPv6 } from './ip-parse.ts';

export interface AllowList {
  has(host: string, port: number): boolean;
}

export function createAllowList(entries: readonly string[]): AllowList {
  const allowed = new Set<string>();
  for (const entry of entries) {
    const match = /^(.*):(\d{1,5})$/.exec(entry.trim());
    if (match?.[1] && match[2]) allowed.add(`${canonicalHost(match[1])}:${Number(match[2])}`);
  }
  return { has: (host, port) => allowed.size > 0 && allowed.has(`${canonicalHost(host)}:${port}`) };
}

/** Lower-case names without a trailing dot; IP literals in one spelling each. */
export function canonicalHost(host: string): string {
  const text = host
    .trim()
    .toLowerCase()
    .replace(/^\[|\]$/g, '');
  if (text.includes(':')) {
    const groups = parseIPv6(text);
    return groups ? `[${groups.map((group) => group.toString(16)).join(':')}]` : text;
  }
  const v4 = parseIPv4(text);
  if (v4 !== null) return [24, 16, 8, 0].map((shift) => Math.floor(v4 / 2 ** shift) % 256).join('.');
  return text.replace(/\.$/, '');
}

/** The port a URL really uses. */
export function effectivePort(url: URL): number {
  if (url.port !== '') return Number(url.port);
  return url.protocol === 'https:' ? 443 : 80;
}
