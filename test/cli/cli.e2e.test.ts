// The copydesk command as a user runs it: a spawned process, a local OpenAI-compatible server, real files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exampleResponder } from '../support/example-llm.ts';
import { type FakeOpenAI, startFakeOpenAI } from '../support/fake-openai-server.ts';
import { EXAMPLES, examplePath, exampleText } from '../support/fixtures.ts';
import { copydesk } from './run-copydesk.ts';

let llm: FakeOpenAI;
let llmEnv: Record<string, string>;
beforeAll(async () => {
  llm = await startFakeOpenAI(exampleResponder());
  llmEnv = { OPENAI_BASE_URL: llm.url, OPENAI_API_KEY: 'sk-test-cli' };
});
afterAll(async () => {
  await llm.close();
});

describe('copydesk CLI', () => {
  it('prints a Markdown fact sheet with its comparison for the examples', async () => {
    const run = await copydesk(EXAMPLES.map(examplePath), llmEnv);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    // Several sources: no one outlet's headline titles the sheet; the list under it gives each.
    expect(run.stdout).toMatch(/^# Fact sheet: \d sources compared\n/);
    expect(run.stdout).toContain(' — Ferry capsizes on Lake Varna, at least 12 dead');
    expect(run.stdout).toContain('## Where the sources disagree');
    expect(run.stdout).toContain('S2 spells it “Mirela Dragomyr”');
    expect(run.stdout).toContain('change: We will not rest until every **single** family has answers');
    expect(run.stdout).toContain('_1 quote could not be found in the text and was left out._');
    expect(run.stdout).not.toContain('This is the darkest day');
  });

  it('follows the JSON contract', async () => {
    const run = await copydesk(
      ['--format', 'json', examplePath('northern-courier'), examplePath('daily-ledger')],
      llmEnv,
    );
    expect(run.code).toBe(0);
    const sheet = JSON.parse(run.stdout);
    expect(sheet).toMatchObject({
      engine: 'llm',
      promptVersion: 'extract.v2+compare.v2',
      model: 'gpt-4.1-mini',
    });
    expect(Object.keys(sheet.sources[0])).toEqual(
      expect.arrayContaining([
        'id',
        'title',
        'outlet',
        'url',
        'byline',
        'publishedAt',
        'words',
        'truncated',
        'extractionNote',
        'summary',
        'quotes',
        'facts',
      ]),
    );
    expect(Object.keys(sheet.sources[0].quotes[0])).toEqual(
      expect.arrayContaining(['id', 'speaker', 'role', 'text', 'kind', 'match', 'span']),
    );
    expect(Object.keys(sheet.comparison)).toEqual(
      expect.arrayContaining(['consensus', 'disagreements', 'quoteVariants']),
    );
    expect(Object.keys(sheet.usage)).toEqual(['llmCalls', 'inputTokens', 'outputTokens', 'cached']);
  });

  it('reads standard input', async () => {
    const run = await copydesk(['--format', 'json', '-'], llmEnv, exampleText('daily-ledger'));
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout).sources[0].label).toBe('stdin');
  });

  it('serves a repeat run from the cache without calling the model', async () => {
    const cache = mkdtempSync(join(tmpdir(), 'copydesk-repeat-'));
    const env = { ...llmEnv, XDG_CACHE_HOME: cache };
    await copydesk(['--format', 'json', examplePath('coastline-wire')], env);
    const before = llm.requests.length;
    const again = await copydesk(['--format', 'json', examplePath('coastline-wire')], env);
    expect(llm.requests.length).toBe(before);
    expect(JSON.parse(again.stdout).usage).toEqual({
      llmCalls: 0,
      inputTokens: 0,
      outputTokens: 0,
      cached: 1,
    });
  });

  it('prints the Slack payload with --format blocks', async () => {
    const run = await copydesk(['--format', 'blocks', examplePath('northern-courier')], llmEnv);
    expect(run.code).toBe(0);
    const message = JSON.parse(run.stdout);
    expect(typeof message.text).toBe('string');
    expect(message.blocks.length).toBeGreaterThan(0);
    expect(message.blocks.length).toBeLessThanOrEqual(50);
  });

  it('exits 2 with a one-line reason on bad usage', async () => {
    const none = await copydesk([]);
    expect(none.code).toBe(2);
    expect(none.stderr.split('\n')[0]).toBe(
      'copydesk: Give at least one SOURCE: a file, a link, or - for standard input.',
    );
    const format = await copydesk(['--format', 'pdf', 'x.txt']);
    expect(format.code).toBe(2);
    expect(format.stderr).toContain('--format must be md, json or blocks, not "pdf".');
    const missing = await copydesk(['no-such-file.txt']);
    expect(missing.code).toBe(2);
    expect(missing.stderr.split('\n')[0]).toBe('copydesk: Cannot read no-such-file.txt: no such file.');
  });

  it('exits 1 with a one-line reason when nothing can be analysed', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'copydesk-pdf-'));
    writeFileSync(join(dir, 'report.pdf'), '%PDF-1.7\n...');
    const run = await copydesk([join(dir, 'report.pdf')], llmEnv);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      `copydesk: ${join(dir, 'report.pdf')} is a PDF. PDFs aren't supported yet; paste the text.\n`,
    );
  });

  it('says which model error happened, never a stack trace', async () => {
    const refusing = await startFakeOpenAI(() => ({
      status: 401,
      body: { error: { message: 'Incorrect API key provided: sk-bad', type: 'invalid_request_error' } },
    }));
    try {
      const run = await copydesk([examplePath('daily-ledger')], {
        OPENAI_BASE_URL: refusing.url,
        OPENAI_API_KEY: 'sk-bad',
      });
      expect(run.code).toBe(1);
      expect(run.stderr).toBe(
        `copydesk: The model server (${new URL(refusing.url).host}) refused our credentials: check OPENAI_API_KEY.\n`,
      );
    } finally {
      await refusing.close();
    }
  });

  it('uses the offline engine when no LLM is configured, and says so', async () => {
    const run = await copydesk(['--format', 'json', examplePath('daily-ledger')]);
    expect(run.stderr).toContain(
      'no LLM configured (set OPENAI_API_KEY, or OPENAI_BASE_URL for a local server); using the offline engine.',
    );
  });
});
