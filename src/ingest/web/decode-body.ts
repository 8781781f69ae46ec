// Bytes → text, in the encoding the page declares. Plenty of news sites still serve windows-1252,
// ISO-8859-x, Shift_JIS or KOI8-R; reading those as UTF-8 turns every accent into "�" and breaks quote
// matching later. Order follows the HTML standard's sniffing: BOM, then the HTTP header, then a <meta>
// (or XML declaration) near the top, then a guess.

export interface DecodedBody {
  text: string;
  /** The WHATWG name of the encoding used ("utf-8", "windows-1252", …). */
  encoding: string;
  /** Where the encoding came from, for the log. */
  source: 'bom' | 'header' | 'meta' | 'guess';
}

/** How far into the document a <meta charset> is looked for. The standard says 1024; real pages overshoot. */
const PRESCAN_BYTES = 4096;

export function decodeBody(body: Uint8Array, headerCharset: string | null, markup: boolean): DecodedBody {
  const bom = bomEncoding(body);
  if (bom)
    return {
      text: decodeWith(bom.encoding, body.subarray(bom.length)),
      encoding: bom.encoding,
      source: 'bom',
    };

  const fromHeader = headerCharset ? encodingFor(headerCharset) : null;
  if (fromHeader) return { text: decodeWith(fromHeader, body), encoding: fromHeader, source: 'header' };

  if (markup) {
    const declared = prescanCharset(body);
    const fromMeta = declared ? encodingFor(declared) : null;
    if (fromMeta) return { text: decodeWith(fromMeta, body), encoding: fromMeta, source: 'meta' };
  }

  // Undeclared: modern pages are UTF-8; if the bytes are not valid UTF-8, the old web default is windows-1252.
  try {
    return {
      text: new TextDecoder('utf-8', { fatal: true }).decode(body),
      encoding: 'utf-8',
      source: 'guess',
    };
  } catch {
    return { text: decodeWith('windows-1252', body), encoding: 'windows-1252', source: 'guess' };
  }
}

/** Pull the charset parameter out of a Content-Type header value. */
export function charsetFromContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*("?)([^";\s]+)\1/i.exec(contentType ?? '');
  return match?.[2] ?? null;
}

function bomEncoding(body: Uint8Array): { encoding: string; length: number } | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (body[0] === 0xfe && body[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  if (body[0] === 0xff && body[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  return null;
}

/** The decoder's canonical name for a label, or null when the label is unknown. */
function encodingFor(label: string): string | null {
  try {
    return new TextDecoder(label.trim().toLowerCase()).encoding;
  } catch {
    return null;
  }
}

function decodeWith(encoding: string, body: Uint8Array): string {
  return new TextDecoder(encoding).decode(body);
}

/**
 * Look for <meta charset="…">, <meta http-equiv="Content-Type" content="…; charset=…"> or an XML declaration
 * in the first bytes. The prescan reads them as latin1: every encoding a page can declare this way is
 * ASCII-compatible there. A page that declares UTF-16 in a meta tag is really UTF-8 (the standard says so).
 */
function prescanCharset(body: Uint8Array): string | null {
  const head = Buffer.from(body.buffer, body.byteOffset, Math.min(body.length, PRESCAN_BYTES))
    .toString('latin1')
    .replace(/<!--[\s\S]*?-->/g, '');
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i.exec(head);
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([^"'\s/>;]+)/i.exec(tag);
    if (direct?.[1]) return fixUtf16(direct[1]);
  }
  return xml?.[1] ? fixUtf16(xml[1]) : null;
}

function fixUtf16(label: string): string {
  return /^utf-?16/i.test(label) ? 'utf-8' : label;
}
