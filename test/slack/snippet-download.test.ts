import nock from 'nock';
import { afterEach, describe, expect, it } from 'vitest';
import { CopydeskError } from '../../src/errors.ts';
import { silentLogger } from '../../src/logger.ts';
import { createSnippetDownloader } from '../../src/slack/gather/snippet-download.ts';
import { snippetFile } from '../support/slack-events.ts';

const download = createSnippetDownloader({
  token: 'xoxb-secret',
  allowedOrigins: ['https://files.slack.com'],
  timeoutMs: 2_000,
  maxBytes: 10_000,
  logger: silentLogger(),
});

afterEach(() => {
  nock.cleanAll();
});

describe('snippet download', () => {
  it('downloads with the bot token and returns the text', async () => {
    const scope = nock('https://files.slack.com', { reqheaders: { authorization: 'Bearer xoxb-secret' } })
      .get('/files-pri/T1-F1/download/wire.txt')
      .reply(200, 'Fourteen people died.', { 'content-type': 'text/plain; charset=utf-8' });
    const text = await download(
      snippetFile('wire', 'https://files.slack.com/files-pri/T1-F1/download/wire.txt'),
    );
    expect(text).toBe('Fourteen people died.');
    scope.done();
  });

  it('recognises Slack’s sign-in page and says what to fix', async () => {
    nock('https://files.slack.com')
      .get('/files-pri/T1-F2/download/memo.txt')
      .reply(200, '<!DOCTYPE html><title>Slack</title>', { 'content-type': 'text/html' });
    const error = await download(
      snippetFile('memo', 'https://files.slack.com/files-pri/T1-F2/download/memo.txt'),
    ).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CopydeskError);
    expect((error as Error).message).toContain('files:read');
  });

  it('never sends the token to another host, even by redirect', async () => {
    const elsewhere = nock('https://evil.example').get('/steal').reply(200, 'x');
    await expect(download(snippetFile('a', 'https://evil.example/steal'))).rejects.toThrow(
      'does not point at Slack',
    );
    nock('https://files.slack.com')
      .get('/files-pri/a')
      .reply(302, '', { location: 'https://evil.example/steal' });
    await expect(download(snippetFile('a', 'https://files.slack.com/files-pri/a'))).rejects.toThrow(
      'does not point at Slack',
    );
    expect(elsewhere.isDone()).toBe(false);
  });

  it('refuses files over the size cap', async () => {
    nock('https://files.slack.com')
      .get('/files-pri/big')
      .reply(200, 'x'.repeat(20_000), { 'content-type': 'text/plain' });
    await expect(download(snippetFile('big', 'https://files.slack.com/files-pri/big'))).rejects.toThrow(
      'too large',
    );
  });
});
