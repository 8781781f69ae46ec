// The address classifier over IPv4 and IPv6 spellings. Pure functions: nothing here connects anywhere.
import { describe, expect, it } from 'vitest';
import { classifyAddress, isBadPort, isPublicAddress } from '../../src/ingest/web/address-policy.ts';
import { canonicalHost, createAllowList } from '../../src/ingest/web/allow-list.ts';
import { parseIPv4, parseIPv6 } from '../../src/ingest/web/ip-parse.ts';

describe('classifyAddress: IPv4', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['127.255.255.254', 'loopback'],
    ['10.0.0.1', 'private'],
    ['10.255.255.255', 'private'],
    ['172.16.0.1', 'private'],
    ['172.31.255.255', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'link-local'],
    ['100.64.0.1', 'shared'],
    ['100.127.255.255', 'shared'],
    ['0.0.0.0', 'unspecified'],
    ['0.1.2.3', 'reserved'],
    ['224.0.0.1', 'multicast'],
    ['239.255.255.250', 'multicast'],
    ['240.0.0.1', 'reserved'],
    ['255.255.255.255', 'reserved'],
    ['192.0.0.8', 'reserved'],
    ['192.0.2.10', 'documentation'],
    ['198.51.100.7', 'documentation'],
    ['203.0.113.99', 'documentation'],
    ['198.18.0.1', 'reserved'],
    ['192.88.99.1', 'reserved'],
    // Odd spellings of loopback and private addresses.
    ['2130706433', 'loopback'],
    ['0x7f000001', 'loopback'],
    ['0177.0.0.1', 'loopback'],
    ['0x7f.1', 'loopback'],
    ['127.1', 'loopback'],
    ['127.0.1', 'loopback'],
    ['0x7F.0.0.0x1', 'loopback'],
    ['017700000001', 'loopback'],
    ['127.0.0.1.', 'loopback'],
    ['0', 'unspecified'],
    ['167772161', 'private'],
    ['0xa9.0xfe.0xa9.0xfe', 'link-local'],
    ['0251.0376.0251.0376', 'link-local'],
    ['2852039166', 'link-local'],
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    '8.8.8.8',
    '1.1.1.1',
    '93.184.216.34',
    '172.15.255.255',
    '172.32.0.0',
    '100.63.255.255',
    '100.128.0.0',
    '11.0.0.1',
    '223.255.255.255',
    '134744072',
  ])('%s is public', (address) => {
    expect(classifyAddress(address)).toBe('public');
  });

  it.each([
    '256.0.0.1',
    '1.2.3.4.5',
    '08.0.0.1',
    '0x1g.0.0.1',
    '1..2.3',
    'example.com',
    'localhost',
    '',
    '1.2.3.-4',
    '4294967296',
  ])('%j is not an address (and so never "public")', (text) => {
    expect(classifyAddress(text)).toBe('invalid');
    expect(isPublicAddress(text)).toBe(false);
  });
});

describe('classifyAddress: IPv6', () => {
  it.each([
    ['::', 'unspecified'],
    ['::1', 'loopback'],
    ['[::1]', 'loopback'],
    ['0:0:0:0:0:0:0:1', 'loopback'],
    // IPv4-mapped, in both the dotted form and the hex form Node's URL parser produces.
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:7f00:1', 'loopback'],
    ['[::ffff:7f00:1]', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['::ffff:a9fe:a9fe', 'link-local'],
    ['::ffff:0:127.0.0.1', 'loopback'],
    // IPv4-compatible (deprecated) is never allowed.
    ['::127.0.0.1', 'loopback'],
    ['::8.8.8.8', 'reserved'],
    // NAT64 reaches the embedded IPv4 address.
    ['64:ff9b::10.1.2.3', 'private'],
    ['64:ff9b::7f00:1', 'loopback'],
    ['64:ff9b:1::1', 'reserved'],
    // 6to4 carries an IPv4 address too.
    ['2002:7f00:1::1', 'loopback'],
    ['2002:c0a8:101::1', 'private'],
    ['fe80::1', 'link-local'],
    ['fe80::1%eth0', 'link-local'],
    ['febf::1', 'link-local'],
    ['fec0::1', 'private'],
    ['fc00::1', 'private'],
    ['fd12:3456:789a::1', 'private'],
    ['ff02::1', 'multicast'],
    ['ff05::1:3', 'multicast'],
    ['2001:db8::1', 'documentation'],
    ['3fff::1', 'documentation'],
    ['2001::1', 'reserved'], // Teredo
    ['2001:10::1', 'reserved'], // ORCHID
    ['100::1', 'reserved'], // discard-only
    ['5f00::1', 'reserved'], // SRv6
    ['4000::1', 'reserved'], // unassigned, outside global unicast
  ])('%s is %s', (address, kind) => {
    expect(classifyAddress(address)).toBe(kind);
  });

  it.each([
    '2606:4700:4700::1111',
    '2001:4860:4860::8888',
    '::ffff:8.8.8.8',
    '64:ff9b::8.8.8.8',
    '2a00:1450:4001:80b::200e',
    '2002:0808:0808::1',
  ])('%s is public', (address) => {
    expect(classifyAddress(address)).toBe('public');
  });

  it.each([
    ':::1',
    '1:2:3:4:5:6:7:8:9',
    '::ffff:127.0.0.256',
    '1::2::3',
    'gggg::1',
    '::ffff:1.2.3',
    '12345::1',
  ])('%j is not an address', (text) => {
    expect(classifyAddress(text)).toBe('invalid');
  });
});

describe('parsers', () => {
  it('reads every IPv4 spelling the URL standard accepts', () => {
    expect(parseIPv4('1.2.3.4')).toBe(0x01020304);
    expect(parseIPv4('1.2.772')).toBe(0x01020304);
    expect(parseIPv4('1.131844')).toBe(0x01020304);
    expect(parseIPv4('0x1.0x2.0x3.0x4')).toBe(0x01020304);
    expect(parseIPv4('01.02.03.04')).toBe(0x01020304);
    expect(parseIPv4('1.2.3.256')).toBeNull();
    expect(parseIPv4('1.2.65536')).toBeNull();
  });

  it('expands IPv6 with :: and dotted tails', () => {
    expect(parseIPv6('1::8')).toEqual([1, 0, 0, 0, 0, 0, 0, 8]);
    expect(parseIPv6('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0xffff, 0x0102, 0x0304]);
    expect(parseIPv6('1:2:3:4:5:6:1.2.3.4')).toEqual([1, 2, 3, 4, 5, 6, 0x0102, 0x0304]);
    expect(parseIPv6('1:2:3:4:5:6:7::')).toEqual([1, 2, 3, 4, 5, 6, 7, 0]);
    expect(parseIPv6('1:2:3:4:5:6:7:8::')).toBeNull();
  });
});

describe('ports and the allow list', () => {
  it('refuses the Fetch standard bad ports and accepts web ports', () => {
    for (const port of [25, 22, 6667, 10080]) expect(isBadPort(port)).toBe(true);
    for (const port of [80, 443, 8080, 8443, 3000]) expect(isBadPort(port)).toBe(false);
  });

  it('matches host:port in canonical form only', () => {
    const allow = createAllowList(['127.0.0.1:8080', 'Intranet.Example:443', '[::1]:9000']);
    expect(allow.has('127.0.0.1', 8080)).toBe(true);
    expect(allow.has('0x7f.1', 8080)).toBe(true);
    expect(allow.has('127.0.0.1', 8081)).toBe(false);
    expect(allow.has('127.0.0.2', 8080)).toBe(false);
    expect(allow.has('intranet.example.', 443)).toBe(true);
    expect(allow.has('[0:0:0:0:0:0:0:1]', 9000)).toBe(true);
    expect(allow.has('::1', 9000)).toBe(true);
    expect(createAllowList([]).has('127.0.0.1', 80)).toBe(false);
    expect(canonicalHost('[::FFFF:7F00:1]')).toBe('[0:0:0:0:0:ffff:7f00:1]');
  });
});
