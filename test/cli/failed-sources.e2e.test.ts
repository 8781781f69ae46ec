// A source that cannot be read (PDF, binary, image, missing file, dead link) is listed with its reason in a
// multi-source run and the others go on; the command exits 1 only when nothing at all could be read.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { examplePath } from '../support/fixtures.ts';
import { copydesk } from './run-copydesk.ts';

const dir = mkdtempSync(join(tmpdir(), 'copydesk-failed-'));
const pdf = join(dir, 'doc.pdf');
const png = join(dir, 'photo.png');
const binary = join(dir, 'data.bin');
const missing = join(dir, 'missing.txt');
writeFileSync(pdf, '%PDF-1.7\n1 0 obj\n<<>>\nendobj\n');
writeFileSync(
  png,
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]),
);
writeFileSync(binary, Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));

let server: Server;
let deadLink: string;
let env: Record<string, string>;
beforeAll(async () => {
  server = createServer((_request, response) => response.writeHead(404).end('Not Found'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  deadLink = `http://127.0.0.1:${port}/gone`;
  env = { COPYDESK_FETCH_ALLOW: `127.0.0.1:${port}` };
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

const json = (args: string[]) => copydesk(['--offline', '--format', 'json', ...args], env);

describe('copydesk with sources that cannot be read', () => {
  it('lists a PDF with its reason and compares the two text files', async () => {
    const run = await json([pdf, examplePath('daily-ledger'), examplePath('coastline-wire')]);
    expect(run.code).toBe(0);
    const sheet = JSON.parse(run.stdout);
    expect(sheet.sources.map((source: { id: string }) => source.id)).toEqual(['S2', 'S3']);
    expect(sheet.comparison).not.toBeNull();
    expect(sheet.failed).toEqual([
      {
        id: 'S1',
        label: pdf,
        code: 'input_unreadable',
        reason: `${pdf} is a PDF. PDFs aren't supported yet; paste the text.`,
      },
    ]);
    expect(run.stderr).toContain(`copydesk: S1 skipped: ${pdf} is a PDF.`);
  });

  it('goes on past a PNG, a binary file, a missing file and a dead link, each with its reason', async () => {
    const run = await json([png, binary, missing, deadLink, examplePath('daily-ledger')]);
    expect(run.code).toBe(0);
    const sheet = JSON.parse(run.stdout);
    expect(sheet.sources.map((source: { id: string }) => source.id)).toEqual(['S5']);
    const failed = sheet.failed as { id: string; label: string; code: string; reason: string }[];
    expect(failed.map((source) => [source.id, source.label, source.code])).toEqual([
      ['S1', png, 'input_unreadable'],
      ['S2', binary, 'input_unreadable'],
      ['S3', missing, 'usage'],
      ['S4', deadLink, 'fetch_not_found'],
    ]);
    expect(failed[0]?.reason).toBe(`${png} is not a text file.`);
    expect(failed[2]?.reason).toBe(`Cannot read ${missing}: no such file.`);
    for (const source of failed)
      expect(run.stderr).toContain(`copydesk: ${source.id} skipped: ${source.reason}`);
  });

  it('prints the Markdown sheet with the unread source listed in its place', async () => {
    const run = await copydesk(['--offline', pdf, examplePath('daily-ledger')], env);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`- **S1** ${pdf} — not read: ${pdf} is a PDF.`);
  });

  it('exits 1 with every reason on one line when nothing could be read', async () => {
    const run = await json([pdf, png, deadLink]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const lines = run.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^copydesk: .*doc\.pdf is a PDF\..*photo\.png is not a text file\./);
  });

  it('exits 2 when every source is a path that is not there', async () => {
    const run = await json([missing, join(dir, 'also-missing.txt')]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toContain(`Cannot read ${missing}: no such file.`);
  });
});
