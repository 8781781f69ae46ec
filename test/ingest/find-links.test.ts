import { describe, expect, it } from 'vitest';
import {
  isHttpUrl,
  linksFromSlackBlocks,
  linksFromSlackText,
  splitSlackMessage,
} from '../../src/ingest/find-links.ts';

describe('linksFromSlackText', () => {
  it('reads <url> and <url|label>, unescapes &amp; and keeps order', () => {
    expect(
      linksFromSlackText(
        'see <https://b.example/x?a=1&amp;b=2|this story> and <https://a.example/y> then <http://c.example>',
      ),
    ).toEqual(['https://b.example/x?a=1&b=2', 'https://a.example/y', 'http://c.example/']);
  });

  it('ignores mentions, channels, special mentions, mailto and other schemes', () => {
    expect(
      linksFromSlackText(
        '<@U123ABC> <@U9|jane> <#C123|newsroom> <!here> <!channel> <!subteam^S1|@desk> <mailto:a@b.example|a@b.example> <tel:+123> <ftp://x.example/f>',
      ),
    ).toEqual([]);
  });

  it('deduplicates, ignoring the fragment and spelling differences the URL parser settles', () => {
    expect(
      linksFromSlackText(
        '<https://A.example/story#top> <https://a.example/story> <https://a.example:443/story|again>',
      ),
    ).toEqual(['https://a.example/story']);
  });

  it('finds bare links too, without the punctuation that ends a sentence', () => {
    expect(
      linksFromSlackText(
        'Read https://a.example/x. Also (https://b.example/y) and https://en.example/Foo_(bar)!',
      ),
    ).toEqual(['https://a.example/x', 'https://b.example/y', 'https://en.example/Foo_(bar)']);
  });

  it("skips Slack's own permalinks and files", () => {
    expect(
      linksFromSlackText('<https://team.slack.com/archives/C1/p123> <https://files.slack.com/x>'),
    ).toEqual([]);
  });
});

describe('linksFromSlackBlocks', () => {
  const blocks = [
    {
      type: 'rich_text',
      elements: [
        {
          type: 'rich_text_section',
          elements: [
            { type: 'text', text: 'compare ' },
            { type: 'link', url: 'https://a.example/one', text: 'one' },
            { type: 'link', url: 'mailto:desk@a.example' },
          ],
        },
        {
          type: 'rich_text_list',
          elements: [
            { type: 'rich_text_section', elements: [{ type: 'link', url: 'https://b.example/two' }] },
          ],
        },
        { type: 'rich_text_quote', elements: [{ type: 'link', url: 'https://a.example/one' }] },
      ],
    },
  ];

  it('finds link elements at any depth, once each', () => {
    expect(linksFromSlackBlocks(blocks)).toEqual(['https://a.example/one', 'https://b.example/two']);
  });

  it.each([
    undefined,
    null,
    42,
    'text',
    {},
    [null, 1, 'x'],
    { type: 'link' },
    { type: 'link', url: 7 },
    [{ elements: 'nope' }],
  ])('tolerates junk: %j', (junk) => {
    expect(linksFromSlackBlocks(junk)).toEqual([]);
  });

  it('survives cycles and absurd depth', () => {
    const cyclic: Record<string, unknown> = { type: 'rich_text', elements: [] };
    (cyclic.elements as unknown[]).push(cyclic, { type: 'link', url: 'https://c.example/' });
    expect(linksFromSlackBlocks(cyclic)).toEqual(['https://c.example/']);
    let deep: unknown = { type: 'link', url: 'https://deep.example/' };
    for (let i = 0; i < 1000; i++) deep = { elements: [deep] };
    expect(linksFromSlackBlocks(deep)).toEqual([]);
  });
});

describe('splitSlackMessage', () => {
  it('separates links from the remaining text and unescapes it', () => {
    const split = splitSlackMessage(
      '<@U1> can you compare <https://a.example/x?p=1&amp;q=2> and <https://b.example/y|https://b.example/y> &lt;3 &amp; thanks <!here>',
    );
    expect(split.urls).toEqual(['https://a.example/x?p=1&q=2', 'https://b.example/y']);
    expect(split.text).toBe('can you compare and <3 & thanks');
  });

  it('keeps a link label that is part of a pasted sentence', () => {
    const split = splitSlackMessage(
      'The minister cited <https://gov.example/report|the annual report> on Tuesday.',
    );
    expect(split.urls).toEqual(['https://gov.example/report']);
    expect(split.text).toBe('The minister cited the annual report on Tuesday.');
  });

  it('merges block links after text links without duplicates and keeps paragraphs', () => {
    const split = splitSlackMessage(
      '<https://a.example/1>\n\nFirst paragraph.\n\nSecond <#C1|desk> paragraph.',
      [
        {
          type: 'rich_text',
          elements: [
            {
              type: 'rich_text_section',
              elements: [
                { type: 'link', url: 'https://a.example/1' },
                { type: 'link', url: 'https://z.example/' },
              ],
            },
          ],
        },
      ],
    );
    expect(split.urls).toEqual(['https://a.example/1', 'https://z.example/']);
    expect(split.text).toBe('First paragraph.\n\nSecond paragraph.');
  });

  it('keeps mailto labels as text and drops the link', () => {
    expect(splitSlackMessage('Write to <mailto:desk@a.example|desk@a.example>').text).toBe(
      'Write to desk@a.example',
    );
  });
});

describe('isHttpUrl', () => {
  it.each([
    ['https://a.example/story', true],
    ['http://a.example', true],
    ['HTTPS://A.EXAMPLE/', true],
    ['a.example/story', false],
    ['story.txt', false],
    ['-', false],
    ['ftp://a.example', false],
    ['https://', false],
    ['https://a b.example', false],
    ['javascript:alert(1)', false],
  ])('%s → %s', (arg, expected) => {
    expect(isHttpUrl(arg)).toBe(expected);
  });
});
