// Undoes Content-Encoding with a hard cap on the *decompressed* size: a 50 KB gzip bomb that inflates to
// gigabytes stops at the cap instead of taking the process down. zlib's maxOutputLength aborts inflation
// as soon as the output would pass the cap.
import { promisify } from 'node:util';
import * as zlib from 'node:zlib';

export class TooLargeError extends Error {
  constructor() {
    super('decompressed body exceeds the cap');
    this.name = 'TooLargeError';
  }
}

export class UnsupportedEncodingError extends Error {
  readonly encoding: string;
  constructor(encoding: string) {
    super(`unsupported content-encoding ${encoding}`);
    this.name = 'UnsupportedEncodingError';
    this.encoding = encoding;
  }
}

type Inflate = (input: Buffer, options: { maxOutputLength: number }) => Promise<Buffer>;

const gunzip = promisify(zlib.gunzip) as Inflate;
const inflate = promisify(zlib.inflate) as Inflate;
const inflateRaw = promisify(zlib.inflateRaw) as Inflate;
const brotli = promisify(zlib.brotliDecompress) as Inflate;
const zstd: Inflate | null =
  typeof zlib.zstdDecompress === 'function' ? (promisify(zlib.zstdDecompress) as Inflate) : null;

/** The encodings we advertise in Accept-Encoding: ones every Node 24 can undo. */
export const ACCEPT_ENCODING = 'gzip, deflate, br';

export async function decompress(
  body: Buffer,
  contentEncoding: string | null,
  maxBytes: number,
): Promise<Buffer> {
  // "gzip, br" means gzip was applied first: undo them in reverse.
  const encodings = (contentEncoding ?? '')
    .toLowerCase()
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '' && part !== 'identity')
    .reverse();
  if (encodings.length > 2) throw new UnsupportedEncodingError(encodings.join(','));
  let data = body;
  for (const encoding of encodings) {
    data = await undo(encoding, data, maxBytes);
  }
  if (data.length > maxBytes) throw new TooLargeError();
  return data;
}

async function undo(encoding: string, data: Buffer, maxBytes: number): Promise<Buffer> {
  const options = { maxOutputLength: maxBytes };
  try {
    switch (encoding) {
      case 'gzip':
      case 'x-gzip':
        return await gunzip(data, options);
      case 'deflate':
        // Some servers send raw deflate without the zlib header the standard asks for.
        return await inflate(data, options).catch((error: unknown) => {
          if (isOutputTooLarge(error)) throw error;
          return inflateRaw(data, options);
        });
      case 'br':
        return await brotli(data, options);
      case 'zstd':
        if (zstd) return await zstd(data, options);
        break;
    }
  } catch (error) {
    if (isOutputTooLarge(error)) throw new TooLargeError();
    throw error;
  }
  throw new UnsupportedEncodingError(encoding);
}

function isOutputTooLarge(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError;
}
