import { brotliCompressSync, deflateRawSync, deflateSync, gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { charsetFromContentType, decodeBody } from '../../src/ingest/web/decode-body.ts';
import { decompress, TooLargeError, UnsupportedEncodingError } from '../../src/ingest/web/decompress.ts';

const cp1252 = (text: string) =>
  Buffer.from(
    [...text].map((char) => ({ '€': 0x80, '“': 0x93, '”': 0x94, '’': 0x92 })[char] ?? char.charCodeAt(0)),
  );

describe('decodeBody', () => {
  it('uses the charset in the Content-Type header first', () => {
    const body = cp1252('<p>“Caf\u00e9” costs 5 €</p>');
    const decoded = decodeBody(body, 'windows-1252', true);
    expect(decoded).toMatchObject({
      text: '<p>“Café” costs 5 €</p>',
      encoding: 'windows-1252',
      source: 'header',
    });
  });

  it('treats the latin1 label as windows-1252, as browsers do', () => {
    expect(decodeBody(cp1252('“x”'), 'ISO-8859-1', false).text).toBe('“x”');
  });

  it('finds <meta charset> and <meta http-equiv> declarations', () => {
    const meta = cp1252('<html><head><meta charset="windows-1252"></head><body>Caf\u00e9 ’</body></html>');
    expect(decodeBody(meta, null, true)).toMatchObject({ encoding: 'windows-1252', source: 'meta' });
    const equiv = Buffer.concat([
      Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=koi8-r"><p>'),
      Buffer.from([0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4]),
    ]);
    expect(decodeBody(equiv, null, true).text).toContain('<p>Привет');
  });

  it('ignores a declaration inside a comment, and reads an XML declaration', () => {
    const commented = Buffer.from('<!-- <meta charset="koi8-r"> --><p>plain</p>');
    expect(decodeBody(commented, null, true).source).toBe('guess');
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><p>'), cp1252('’')]);
    expect(decodeBody(xml, null, true).text).toContain('<p>’');
  });

  it('lets a byte order mark win over everything', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>é</p>', 'utf16le')]);
    expect(decodeBody(utf16, 'windows-1252', true)).toMatchObject({ text: '<p>é</p>', source: 'bom' });
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('é')]);
    expect(decodeBody(utf8, null, true).text).toBe('é');
  });

  it('decodes Shift_JIS', () => {
    const shiftJis = Buffer.from([0x93, 0xfa, 0x96, 0x7b]); // 日本
    expect(decodeBody(shiftJis, 'shift_jis', true).text).toBe('日本');
  });

  it('guesses UTF-8 when it is valid, windows-1252 otherwise, and survives unknown labels', () => {
    expect(decodeBody(Buffer.from('Café “x”'), null, true)).toMatchObject({
      text: 'Café “x”',
      source: 'guess',
    });
    expect(decodeBody(cp1252('Caf\u00e9 “x”'), null, true)).toMatchObject({
      text: 'Café “x”',
      encoding: 'windows-1252',
    });
    expect(decodeBody(Buffer.from('ok'), 'x-no-such-charset', true).text).toBe('ok');
  });

  it('reads the charset parameter of a Content-Type', () => {
    expect(charsetFromContentType('text/html; charset="ISO-8859-1"')).toBe('ISO-8859-1');
    expect(charsetFromContentType('text/html;charset=utf-8')).toBe('utf-8');
    expect(charsetFromContentType('text/html')).toBeNull();
    expect(charsetFromContentType(null)).toBeNull();
  });
});

describe('decompress', () => {
  const page = Buffer.from('<p>Dockworkers rejected the deal.</p>'.repeat(50));

  it.each([
    ['gzip', gzipSync(page)],
    ['x-gzip', gzipSync(page)],
    ['deflate', deflateSync(page)],
    ['deflate', deflateRawSync(page)],
    ['br', brotliCompressSync(page)],
    ['identity', page],
    [null, page],
  ])('undoes %s', async (encoding, body) => {
    expect((await decompress(body, encoding, 1_000_000)).equals(page)).toBe(true);
  });

  it('undoes stacked encodings in reverse order', async () => {
    expect((await decompress(brotliCompressSync(gzipSync(page)), 'gzip, br', 1_000_000)).equals(page)).toBe(
      true,
    );
  });

  it('stops a gzip bomb at the cap', async () => {
    const bomb = gzipSync(Buffer.alloc(50 * 1_048_576), { level: 9 });
    expect(bomb.length).toBeLessThan(100_000);
    await expect(decompress(bomb, 'gzip', 1_048_576)).rejects.toBeInstanceOf(TooLargeError);
    await expect(
      decompress(brotliCompressSync(Buffer.alloc(4 * 1_048_576)), 'br', 1_048_576),
    ).rejects.toBeInstanceOf(TooLargeError);
  });

  it('refuses an identity body over the cap and an unknown encoding', async () => {
    await expect(decompress(Buffer.alloc(11), null, 10)).rejects.toBeInstanceOf(TooLargeError);
    await expect(decompress(page, 'compress', 1_000_000)).rejects.toBeInstanceOf(UnsupportedEncodingError);
  });
});
