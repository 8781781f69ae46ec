import { describe, expect, it } from 'vitest';
import type { Engine } from '../src/analysis/engine.ts';
import { createOfflineEngine } from '../src/analysis/offline/offline-engine.ts';
import { articleFromPaste } from '../src/ingest/ingest.ts';
import { silentLogger } from '../src/logger.ts';
import { buildFactSheet, type PipelineDeps } from '../src/pipeline.ts';
import { openStore } from '../src/store/store.ts';
import type { Article } from '../src/types.ts';

const STORY = [
  'Crews in Harrowgate cleared the last of the flood debris on Tuesday, the county said.',
  'About 40 homes were damaged when the Lune burst its banks, county officer Tamsin Vale said.',
  '“We expect every road to be open by Friday,” Vale said.',
].join('\n\n');

function fetchedPage(url: string): Article {
  return {
    ...articleFromPaste(STORY, url),
    title: 'Harrowgate clears flood debris',
    outlet: 'Northwind Wire',
    url,
    byline: 'Ines Marlow',
    publishedAt: '2031-04-02',
  };
}

function deps(engine: Engine): PipelineDeps {
  return {
    engine,
    store: openStore('memory'),
    readUrl: async (url) => fetchedPage(url),
    logger: silentLogger(),
    concurrency: 1,
    maxWords: 6000,
  };
}

describe('analysis cache', () => {
  it('labels a paste served from the cache with its own metadata, not the fetched copy’s', async () => {
    const shared = deps(createOfflineEngine());
    const page = await buildFactSheet([{ kind: 'url', url: 'https://wire.example/flood' }], shared);
    expect(page.sources[0]).toMatchObject({
      outlet: 'Northwind Wire',
      title: 'Harrowgate clears flood debris',
    });

    const paste = await buildFactSheet([{ kind: 'text', text: STORY, label: 'paste.txt' }], shared);
    expect(paste.usage.cached).toBe(1);
    expect(paste.sources[0]).toMatchObject({
      label: 'paste.txt',
      outlet: null,
      title: null,
      url: null,
      byline: null,
      publishedAt: null,
    });
    expect(paste.sources[0]?.facts).toEqual(page.sources[0]?.facts);
  });

  it('keeps what an engine read from the text itself when it was handed no metadata', async () => {
    const reading: Engine = {
      ...createOfflineEngine(),
      extract: async () => ({
        value: {
          headline: 'Read from the text',
          outlet: 'Credit line',
          summary: 'S.',
          facts: [],
          quotes: [],
        },
        usage: { llmCalls: 1, inputTokens: 1, outputTokens: 1, cached: 0 },
      }),
    };
    const shared = deps(reading);
    await buildFactSheet([{ kind: 'text', text: STORY, label: 'a.txt' }], shared);
    const again = await buildFactSheet([{ kind: 'text', text: STORY, label: 'b.txt' }], shared);
    expect(again.usage.cached).toBe(1);
    expect(again.sources[0]).toMatchObject({ title: 'Read from the text', outlet: 'Credit line' });
  });
});
