import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../../src/render/blocks/render-blocks.ts';
import type { FactSheet } from '../../../src/types.ts';
import { nameFormsItem } from '../../support/sheets.ts';
import { expectEscaped, expectWithinLimits, mrkdwnTexts } from '../../support/slack-limits.ts';
import { makeSheet, sourceSheet } from '../../support/slack-sheets.ts';

function allUrls(sheet: FactSheet): string[] {
  return sheet.sources.flatMap((source) => (source.url ? [source.url] : []));
}

function joined(blocks: Parameters<typeof mrkdwnTexts>[0]): string {
  return mrkdwnTexts(blocks).join('\n');
}

describe('renderBlocks: one source', () => {
  const sheet = makeSheet(1);
  const message = renderBlocks(sheet);
  const text = joined(message.blocks);

  it('has a header, the linked source, the summary and a fallback text', () => {
    expect(message.blocks[0]).toMatchObject({
      type: 'header',
      text: { type: 'plain_text', text: 'Fact sheet' },
    });
    expect(text).toContain(
      '<https://harbourgazette.example/news/bridge-closure?ref=home&amp;utm=x|Bridge closure',
    );
    expect(text).toContain('*Summary*');
    expect(message.text).toMatch(/^Fact sheet for Bridge closure/);
    expect(message.details).toEqual([]);
  });

  it('shows the source text of quotes, marks altered ones and leaves out those not found', () => {
    expect(text).toContain('“We will reopen the bridge by June, and not a day later”');
    expect(text).toContain('It’s a disaster for the shops on the quay &lt;@U123&gt;');
    expect(text).not.toContain('It is a disaster');
    expect(text).toMatch(/altered/);
    expect(text).not.toContain('Invented words');
    expect(text).toContain('1 quote could not be found in the source and was left out.');
    expect(text).toContain("*Reported speech* _(the outlet's paraphrase, not the speaker's words)_");
  });

  it('never shows a fact whose evidence was not found, and names the model and usage', () => {
    expect(text).not.toContain('Ferries run every 20 minutes');
    expect(text).toContain('gpt-4.1-mini');
    expect(text).toContain('12k in / 2,100 out tokens');
  });

  it('escapes everything from the article and model, in blocks and fallback', () => {
    expectEscaped(mrkdwnTexts(message.blocks), allUrls(sheet));
    expectEscaped([message.text]);
    expect(text).toContain('&lt;!channel&gt; &amp; more');
    expectWithinLimits(message.blocks);
  });
});

describe('renderBlocks: five sources', () => {
  const sheet = makeSheet(5, { disagreements: 4, failed: 1 });
  const message = renderBlocks(sheet);
  const text = joined(message.blocks);

  it('puts disagreements first, by severity, with each source side by side', () => {
    const order = [
      '*Summary*',
      '*Where sources disagree*',
      '*Quoted differently*',
      '*Quotes*',
      '*Key facts*',
    ];
    const positions = order.map((needle) => text.indexOf(needle));
    expect(positions.every((position) => position >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const disagreements = message.blocks.filter(
      (block) =>
        block.type === 'section' && block.fields !== undefined && block.text?.text.includes('Repair cost'),
    );
    expect(
      disagreements.map((block) => (block.type === 'section' ? block.text?.text.slice(0, 14) : '')),
    ).toEqual(
      [':red_circle: *', ':large_orange_c', ':white_circle: ', ':white_circle: '].map((prefix) =>
        prefix.slice(0, 14),
      ),
    );
    const first = disagreements[0];
    expect(first?.type === 'section' ? first.fields?.length : 0).toBe(5);
  });

  it('names failed sources with their reason and counts sources per fact', () => {
    expect(text).toContain(':warning: *S6*');
    expect(text).toContain('was not found (404)');
    expect(text).toContain('The bridge stays closed until June _(5 of 5 sources: S1, S2, S3, S4, S5)_');
    expect(text).toContain('_(only S2)_');
    expect(message.text).toBe('Fact sheet comparing 5 sources: 4 disagreements (1 source could not be read)');
  });

  it('shows a word diff of a quote worded differently', () => {
    expect(text).toContain('We will reopen the bridge ~by~ *in early* June');
  });

  it('shows a source’s ellipsis in the word diff, not the words it left out struck through', () => {
    const cut = makeSheet(2);
    const variant = cut.comparison?.quoteVariants[0];
    if (variant)
      variant.diff = [
        { op: 'same', text: 'We will reopen the bridge' },
        { op: 'elided', text: 'whatever it costs,' },
        { op: 'same', text: 'by June' },
      ];
    expect(joined(renderBlocks(cut).blocks)).toContain('We will reopen the bridge … by June');
  });

  it('shows a quote that several sources carry once, naming each of them', () => {
    const line = text.split('\n').find((candidate) => candidate.startsWith('— *Maria Lopez*'));
    expect(line).toContain('*S1* · Harbour Gazette, *S2* · citywire.example, *S3* · Radio North');
    expect(text.match(/We will reopen the bridge by June, and not a day later/g)).toHaveLength(1);
  });

  it('stays within limits, moving the rest of the disagreements to a details reply', () => {
    const big = makeSheet(5, { disagreements: 10, failed: 1 });
    const long = renderBlocks(big);
    expectWithinLimits(long.blocks);
    expectEscaped(mrkdwnTexts(long.blocks), allUrls(big));
    expect(joined(long.blocks)).toMatch(/…and 6 more disagreements in the reply below/);
    expect(long.details.length).toBeGreaterThan(0);
    for (const detail of long.details) {
      expectWithinLimits(detail.blocks);
      expectEscaped(mrkdwnTexts(detail.blocks), allUrls(big));
      expect(detail.text).toMatch(/^Fact sheet details/);
    }
  });
});

describe('renderBlocks: overflow', () => {
  it('keeps a sheet with 60 disagreements within limits and loses none of them', () => {
    const sheet = makeSheet(5, { disagreements: 60 });
    const message = renderBlocks(sheet);
    expectWithinLimits(message.blocks);
    const everything = [message.blocks, ...message.details.map((detail) => detail.blocks)];
    for (const blocks of everything) expectWithinLimits(blocks);
    const topics = everything.flatMap((blocks) => joined(blocks).match(/\*Repair cost \d+\*/g) ?? []);
    expect(new Set(topics).size).toBe(60);
    expect(joined(message.blocks)).toContain('…and 56 more disagreements in the reply below.');
  });

  it('keeps room for the details header when many small items fill the replies to the block limit', () => {
    const base = makeSheet(2, { disagreements: 1 });
    const tiny = Array.from({ length: 150 }, (_, index) => ({
      topic: `T${index}`,
      kind: 'number' as const,
      severity: 'low' as const,
      note: 'n',
      versions: [
        { source: 'S1', text: 'a', ref: null },
        { source: 'S2', text: 'b', ref: null },
      ],
      foundBy: 'rule' as const,
    }));
    const comparison = base.comparison as NonNullable<FactSheet['comparison']>;
    const message = renderBlocks({ ...base, comparison: { ...comparison, disagreements: tiny } });
    expect(Math.max(...message.details.map((detail) => detail.blocks.length))).toBe(50);
    for (const detail of message.details) expectWithinLimits(detail.blocks);
  });

  it('cuts a huge pasted summary and quote without breaking an entity', () => {
    const long = `${'A & B <x> '.repeat(2000)}end`;
    const sheet: FactSheet = {
      ...makeSheet(1),
      sources: [sourceSheet(0, { summary: long, title: long })],
    };
    const message = renderBlocks(sheet);
    expectWithinLimits(message.blocks);
    expectEscaped(mrkdwnTexts(message.blocks), allUrls(sheet));
    expect(message.text.length).toBeLessThanOrEqual(600);
  });

  it('sends a short sheet whole, without cutting parts to their caps', () => {
    const sheet = makeSheet(1);
    const quotes = Array.from({ length: 8 }, (_, index) => ({
      ...(sheet.sources[0]?.quotes[0] as FactSheet['sources'][number]['quotes'][number]),
      id: `S1.Q${index + 1}`,
      sourceText: `Short quote number ${index + 1}`,
    }));
    const message = renderBlocks({ ...sheet, sources: [sourceSheet(0, { quotes })] });
    expect(message.details).toEqual([]);
    expect(joined(message.blocks)).toContain('Short quote number 8');
  });

  it('renders a sheet where every source failed', () => {
    const sheet: FactSheet = { ...makeSheet(0, { failed: 2 }), comparison: null };
    const message = renderBlocks(sheet);
    expectWithinLimits(message.blocks);
    expect(joined(message.blocks)).toContain('*Could not read 2 sources*');
    expect(message.text).toBe('copydesk could not read any of the sources (2 sources could not be read).');
  });

  it('shows the same names written two ways as one house-style line, never counted as a disagreement', () => {
    const sheet = makeSheet(3, { disagreements: 0 });
    sheet.comparison?.disagreements.push(nameFormsItem());
    const message = renderBlocks(sheet);
    expectWithinLimits(message.blocks);
    expect(message.text).toContain('0 disagreements');
    expect(joined(message.blocks)).toContain('_No disagreements found between the sources._');
    expect(joined(message.blocks)).toContain('_House style:_ The same people, written differently');
  });
});
