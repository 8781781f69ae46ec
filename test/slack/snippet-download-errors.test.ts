// Snippet downloads that fail half-way must still surface as this file's CopydeskError, so the user reads
// which file could not be fetched instead of the generic "something went wrong".
import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { CopydeskError } from '../../src/errors.ts';
import { silentLogger } from '../../src/logger.ts';
import { createSnippetDownloader } from '../../src/slack/gather/snippet-download.ts';
import { type PageServer, startPageServer } from '../ingest/support/page-server.ts';
import { snippetFile } from '../support/slack-events.ts';

let server: PageServer | null = null;

afterEach(async () => {
  nock.cleanAll();
  await server?.close();
  server = null;
});

const downloader = (allowedOrigins: string[], timeoutMs = 2_000) =>
  createSnippetDownloader({
    token: 'xoxb-secret',
    allowedOrigins,
    timeoutMs,
    maxBytes: 10_000,
    logger: silentLogger(),
  });

describe('snippet download failures', () => {
  it('reports a body that stops arriving as this file timing out', async () => {
    server = await startPageServer({
      '/stall.txt': (_req, res) => {
        // Headers and the first bytes arrive, then nothing: only the timeout can end the read.
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('Fourteen people ');
      },
    });
    const download = downloader([`http://127.0.0.1:${server.port}`], 300);
    const error = await download(snippetFile('wire', server.url('/stall.txt'))).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as CopydeskError).code).toBe('input_unreadable');
    expect((error as Error).message).toBe("Couldn't download wire from Slack: Slack did not answer in time.");
  });

  it('reports a malformed redirect as this file failing', async () => {
    nock('https://files.slack.com')
      .get('/files-pri/T1-F3/a.txt')
      .reply(302, '', { location: 'http://[oops' });
    const error = await downloader(['https://files.slack.com'])(
      snippetFile('memo', 'https://files.slack.com/files-pri/T1-F3/a.txt'),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as Error).message).toBe("Couldn't download memo from Slack: Slack sent a broken redirect.");
  });
});
