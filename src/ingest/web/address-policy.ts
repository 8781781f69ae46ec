// Decides whether copydesk may connect to an address. Anything that is not plainly a public unicast
// address is refused: a bot that fetches whatever anyone pastes must never reach the cloud metadata
// service, the office router or a database on localhost.
import { parseIPv4, parseIPv6 } from './ip-parse.ts';

export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'shared' // CGNAT, 100.64.0.0/10
  | 'multicast'
  | 'documentation'
  | 'reserved'
  | 'invalid';

interface Range4 {
  base: number;
  bits: number;
  kind: Exclude<AddressClass, 'public' | 'invalid'>;
}

const v4 = (dotted: string, bits: number, kind: Range4['kind']): Range4 => ({
  base: parseIPv4(dotted) ?? 0,
  bits,
  kind,
});

// IANA IPv4 Special-Purpose Address Registry, plus multicast and the old class E space.
const IPV4_RANGES: Range4[] = [
  v4('0.0.0.0', 32, 'unspecified'),
  v4('0.0.0.0', 8, 'reserved'), // "this network": Linux connects 0.x to the local host
  v4('10.0.0.0', 8, 'private'),
  v4('100.64.0.0', 10, 'shared'),
  v4('127.0.0.0', 8, 'loopback'),
  v4('169.254.0.0', 16, 'link-local'), // includes the cloud metadata service 169.254.169.254
  v4('172.16.0.0', 12, 'private'),
  v4('192.0.0.0', 24, 'reserved'), // IETF protocol assignments
  v4('192.0.2.0', 24, 'documentation'),
  v4('192.31.196.0', 24, 'reserved'), // AS112
  v4('192.52.193.0', 24, 'reserved'), // AMT
  v4('192.88.99.0', 24, 'reserved'), // 6to4 relay anycast
  v4('192.168.0.0', 16, 'private'),
  v4('192.175.48.0', 24, 'reserved'), // AS112 direct delegation
  v4('198.18.0.0', 15, 'reserved'), // benchmarking
  v4('198.51.100.0', 24, 'documentation'),
  v4('203.0.113.0', 24, 'documentation'),
  v4('224.0.0.0', 4, 'multicast'),
  v4('240.0.0.0', 4, 'reserved'), // includes the broadcast address 255.255.255.255
];

/** Classify a 32-bit IPv4 value. */
export function classifyIPv4(address: number): AddressClass {
  for (const range of IPV4_RANGES) {
    const size = 2 ** (32 - range.bits);
    if (address >= range.base && address < range.base + size) return range.kind;
  }
  return 'public';
}

/** Classify eight 16-bit IPv6 groups. Only global unicast (2000::/3) outside special blocks is public. */
export function classifyIPv6(groups: number[]): AddressClass {
  const g = (index: number): number => groups[index] ?? 0;
  const embeddedV4 = (high: number, low: number): number => g(high) * 65_536 + g(low);
  const zeroUpTo = (count: number): boolean => groups.slice(0, count).every((group) => group === 0);

  if (groups.every((group) => group === 0)) return 'unspecified';
  if (zeroUpTo(7) && g(7) === 1) return 'loopback';
  // IPv4-mapped ::ffff:a.b.c.d and IPv4-translated ::ffff:0:a.b.c.d reach the embedded IPv4 address.
  if (zeroUpTo(5) && g(5) === 0xffff) return classifyIPv4(embeddedV4(6, 7));
  if (zeroUpTo(4) && g(4) === 0xffff && g(5) === 0) return classifyIPv4(embeddedV4(6, 7));
  // IPv4-compatible ::a.b.c.d is deprecated; some stacks still route it to the IPv4 address.
  if (zeroUpTo(6)) return worst(classifyIPv4(embeddedV4(6, 7)), 'reserved');
  // NAT64 well-known prefix: a gateway turns it into the embedded IPv4 address.
  if (g(0) === 0x64 && g(1) === 0xff9b && g(2) === 0 && g(3) === 0 && g(4) === 0 && g(5) === 0) {
    return classifyIPv4(embeddedV4(6, 7));
  }
  if (g(0) === 0x64 && g(1) === 0xff9b && g(2) === 1) return 'reserved'; // local-use NAT64
  if ((g(0) & 0xff00) === 0xff00) return 'multicast';
  if ((g(0) & 0xffc0) === 0xfe80) return 'link-local';
  if ((g(0) & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((g(0) & 0xfe00) === 0xfc00) return 'private'; // unique local
  if (g(0) === 0x2001 && g(1) === 0x0db8) return 'documentation';
  if (g(0) === 0x3fff && (g(1) & 0xf000) === 0) return 'documentation';
  if (g(0) === 0x2001 && g(1) < 0x0200) return 'reserved'; // IETF protocol assignments, incl. Teredo
  if (g(0) === 0x2002) {
    // 6to4 carries an IPv4 address in groups 1 and 2.
    return classifyIPv4(embeddedV4(1, 2));
  }
  // Everything outside global unicast 2000::/3 (SRv6 5f00::/16, unassigned space) is not a web server.
  if ((g(0) & 0xe000) !== 0x2000) return 'reserved';
  return 'public';
}

function worst(a: AddressClass, b: AddressClass): AddressClass {
  return a === 'public' ? b : a;
}

/** Classify an address string in any spelling (IPv4 odd forms, IPv6 with brackets, zone or IPv4 tail). */
export function classifyAddress(address: string): AddressClass {
  const text = address.trim().toLowerCase();
  if (text.includes(':')) {
    const groups = parseIPv6(text);
    return groups === null ? 'invalid' : classifyIPv6(groups);
  }
  const value = parseIPv4(text);
  return value === null ? 'invalid' : classifyIPv4(value);
}

/** True only for addresses we may connect to. Unparseable input is refused. */
export function isPublicAddress(address: string): boolean {
  return classifyAddress(address) === 'public';
}

/** True when the text is an IP address in some spelling, rather than a host name. */
export function isIpLiteral(host: string): boolean {
  return classifyAddress(host) !== 'invalid';
}

/** A phrase for logs and error details. */
export function describeAddressClass(kind: AddressClass): string {
  switch (kind) {
    case 'public':
      return 'a public address';
    case 'unspecified':
      return 'an unspecified address';
    case 'loopback':
      return 'this machine (loopback)';
    case 'private':
      return 'a private network address';
    case 'link-local':
      return 'a link-local address';
    case 'shared':
      return 'a carrier-grade NAT address';
    case 'multicast':
      return 'a multicast address';
    case 'documentation':
      return 'a documentation-only address';
    case 'reserved':
      return 'a reserved address';
    case 'invalid':
      return 'an invalid address';
  }
}

// Ports browsers refuse to fetch (the Fetch standard's "bad port" list): mail, IRC, printers and the like.
// A page never lives there, and reaching them lets an attacker talk other protocols through us.
const BAD_PORTS = new Set([
  1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69, 77, 79, 87, 95, 101, 102, 103, 104,
  109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139, 143, 161, 179, 389, 427, 465, 512, 513, 514, 515,
  526, 530, 531, 532, 540, 548, 554, 556, 563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049,
  3659, 4045, 4190, 5060, 5061, 6000, 6566, 6665, 6666, 6667, 6668, 6669, 6679, 6697, 10080,
]);

export function isBadPort(port: number): boolean {
  return BAD_PORTS.has(port);
}
