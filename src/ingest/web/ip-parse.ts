// Parses IP addresses in every spelling an attacker might use, into numbers we can range-check.
// String prefix checks are not enough: "2130706433", "0177.0.0.1", "0x7f.1" and "127.1" all mean 127.0.0.1,
// and Node's URL parser rewrites "[::ffff:127.0.0.1]" to "[::ffff:7f00:1]".

/**
 * IPv4 in the WHATWG/inet_aton forms: 1 to 4 parts, each decimal, octal (leading 0) or hex (0x);
 * the last part fills the remaining bytes. Returns the 32-bit value, or null when it is not an IPv4 address.
 */
export function parseIPv4(text: string): number | null {
  const parts = text.split('.');
  // A single trailing dot is allowed by the URL standard ("127.0.0.1.").
  if (parts.length > 1 && parts.at(-1) === '') parts.pop();
  if (parts.length === 0 || parts.length > 4) return null;
  const values: number[] = [];
  for (const part of parts) {
    const value = parseIPv4Part(part);
    if (value === null) return null;
    values.push(value);
  }
  const last = values.pop() ?? 0;
  if (values.some((value) => value > 255)) return null;
  if (last >= 256 ** (4 - values.length)) return null;
  let address = 0;
  for (const value of values) address = address * 256 + value;
  return address * 256 ** (4 - values.length) + last;
}

function parseIPv4Part(part: string): number | null {
  let digits = part;
  let radix = 10;
  if (/^0x/i.test(digits)) {
    digits = digits.slice(2);
    radix = 16;
    if (digits === '') return 0; // "0x" alone is zero in inet_aton and WHATWG.
  } else if (digits.length > 1 && digits.startsWith('0')) {
    digits = digits.slice(1);
    radix = 8;
  }
  const pattern = radix === 16 ? /^[0-9a-f]+$/i : radix === 8 ? /^[0-7]+$/ : /^[0-9]+$/;
  if (!pattern.test(digits)) return null;
  const value = Number.parseInt(digits, radix);
  return Number.isSafeInteger(value) ? value : null;
}

/** IPv6 (with optional brackets, zone id and dotted IPv4 tail) → eight 16-bit groups, or null. */
export function parseIPv6(text: string): number[] | null {
  let body = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1) : text;
  const zone = body.indexOf('%');
  if (zone !== -1) body = body.slice(0, zone);
  if (!body.includes(':')) return null;

  // A dotted IPv4 tail ("::ffff:127.0.0.1") is rewritten as its two hex groups, then parsed like the rest.
  const lastColon = body.lastIndexOf(':');
  const lastPart = body.slice(lastColon + 1);
  if (lastPart.includes('.')) {
    // Only the strict dotted-quad form is legal inside IPv6.
    if (!/^\d{1,3}(\.\d{1,3}){3}$/.test(lastPart)) return null;
    const [a = 0, b = 0, c = 0, d = 0] = lastPart.split('.').map(Number);
    if ([a, b, c, d].some((byte) => byte > 255)) return null;
    body = `${body.slice(0, lastColon + 1)}${(a * 256 + b).toString(16)}:${(c * 256 + d).toString(16)}`;
  }

  const halves = body.split('::');
  if (halves.length > 2) return null;
  const parseGroups = (half: string | undefined): number[] | null => {
    if (half === undefined || half === '') return [];
    const groups: number[] = [];
    for (const group of half.split(':')) {
      if (!/^[0-9a-f]{1,4}$/i.test(group)) return null;
      groups.push(Number.parseInt(group, 16));
    }
    return groups;
  };
  const head = parseGroups(halves[0]);
  const rest = parseGroups(halves[1]);
  if (head === null || rest === null) return null;
  const explicit = head.length + rest.length;
  if (halves.length === 2) {
    if (explicit > 7) return null;
    return [...head, ...new Array<number>(8 - explicit).fill(0), ...rest];
  }
  return explicit === 8 ? head : null;
}
