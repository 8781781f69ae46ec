import { describe, expect, it } from 'vitest';
import {
  countSources,
  gatherSources,
  MAX_SOURCES,
  MIN_PASTE_WORDS,
} from '../../src/slack/gather/message-sources.ts';
import { snippetFile } from '../support/slack-events.ts';

const article = Array.from({ length: MIN_PASTE_WORDS + 5 }, (_, index) => `word${index}`).join(' ');

describe('sources in Slack messages', () => {
  it('counts links, a pasted article and files; a short remark is not a source', () => {
    expect(
      countSources({
        ts: '1',
        text: '<@UCOPY> what do you make of <https://a.example/x|this> and <https://b.example/y>?',
      }),
    ).toBe(2);
    expect(countSources({ ts: '1', text: `<@UCOPY> ${article}` })).toBe(1);
    expect(countSources({ ts: '1', text: '<@UCOPY> hello there' })).toBe(0);
  });

  it('gathers in order, deduplicates links and identical pastes, and explains files it cannot read', async () => {
    const gathered = await gatherSources(
      [
        { ts: '1', text: `<https://a.example/x> ${article}` },
        {
          ts: '2',
          text: '<https://a.example/x|again>',
          files: [
            snippetFile('wire', 'https://files.slack.com/wire'),
            {
              name: 'photo.jpg',
              mimetype: 'image/jpeg',
              pretty_type: 'JPEG',
              url_private_download: 'https://files.slack.com/p',
            },
          ],
        },
        { ts: '3', text: article },
      ],
      async (file) => `downloaded ${file.title}`,
    );
    expect(gathered.inputs).toEqual([
      { kind: 'url', url: 'https://a.example/x' },
      { kind: 'text', text: article, label: 'Pasted text' },
      { kind: 'text', text: 'downloaded wire', label: 'wire' },
    ]);
    expect(gathered.skipped).toEqual([
      {
        label: 'photo.jpg',
        reason: 'photo.jpg is a JPEG file; copydesk reads links, pasted text and text snippets.',
      },
    ]);
  });

  it('reads at most MAX_SOURCES sources, downloads nothing past them, and lists the rest as not read', async () => {
    const links = Array.from(
      { length: MAX_SOURCES + 3 },
      (_, index) => `<https://news${index}.example/story>`,
    );
    const downloaded: string[] = [];
    const gathered = await gatherSources(
      [
        { ts: '1', text: links.join(' ') },
        { ts: '2', text: 'wire', files: [snippetFile('wire', 'https://files.slack.com/wire')] },
      ],
      async (file) => {
        downloaded.push(file.title ?? '');
        return 'never';
      },
    );
    expect(gathered.inputs).toHaveLength(MAX_SOURCES);
    expect(downloaded).toEqual([]);
    expect(gathered.skipped).toEqual([
      {
        label: '4 more sources',
        reason: `copydesk reads at most ${MAX_SOURCES} sources for one fact sheet; start a new thread for the rest.`,
      },
    ]);
  });
});
