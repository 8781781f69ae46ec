// Rendering never overstates: reported speech is never badged verbatim, and a quote shown once for several
// sources names each source's own speaker.
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../../src/render/blocks/render-blocks.ts';
import { renderMarkdown } from '../../src/render/markdown.ts';
import type { FactSheet } from '../../src/types.ts';
import { comparison, quote, sheet, source } from '../support/sheets.ts';
import { mrkdwnTexts } from '../support/slack-limits.ts';

const WORDS = 'The harbour will reopen before the storm season';

function twoSources(secondSpeaker: string): FactSheet {
  return sheet({
    sources: [
      source({ id: 'S1', quotes: [quote({ id: 'S1.Q1', text: WORDS, speaker: 'Ilse Maren', role: null })] }),
      source({
        id: 'S2',
        outlet: 'Valley Post',
        quotes: [quote({ id: 'S2.Q1', text: WORDS, speaker: secondSpeaker, role: null })],
      }),
    ],
    comparison: comparison({
      quoteVariants: [
        {
          speaker: 'Ilse Maren',
          versions: [
            { source: 'S1', text: WORDS, ref: 'S1.Q1' },
            { source: 'S2', text: `${WORDS} next year`, ref: 'S2.Q1' },
          ],
          diff: [],
        },
      ],
    }),
  });
}

function blocksText(input: FactSheet): string {
  return mrkdwnTexts(renderBlocks(input).blocks).join('\n');
}

describe('quote rendering', () => {
  it('lists reported speech under its own heading, after the quotes, never badged verbatim', () => {
    const input = sheet({
      sources: [
        source({
          id: 'S1',
          quotes: [
            quote({
              id: 'S1.Q1',
              kind: 'indirect',
              text: 'the harbour would reopen in spring',
              speaker: 'Ilse Maren',
              role: null,
            }),
            quote({ id: 'S1.Q2', text: WORDS, speaker: 'Ilse Maren', role: null }),
          ],
        }),
      ],
    });
    const slack = blocksText(input);
    const report = slack.indexOf('• *Ilse Maren*: the harbour would reopen in spring');
    expect(slack.indexOf('*Quotes*')).toBeLessThan(slack.indexOf(WORDS));
    expect(slack.indexOf(WORDS)).toBeLessThan(slack.indexOf('*Reported speech*'));
    expect(slack.indexOf('*Reported speech*')).toBeLessThan(report);
    expect(slack.slice(report).split('\n')[0]).not.toMatch(/verbatim|white_check_mark/);
    const md = renderMarkdown(input);
    const heading = md.indexOf("**Reported speech** _(the outlet's paraphrase, not the speaker's words)_");
    expect(md.indexOf(`“${WORDS}”`)).toBeLessThan(heading);
    expect(md.indexOf('- Ilse Maren: the harbour would reopen in spring\n')).toBeGreaterThan(heading);
    expect(md).not.toMatch(/verbatim/);
  });

  it('puts one- and two-word fragments after the quotes of substance, so the main message shows what was said', () => {
    const input = sheet({
      sources: [
        source({
          id: 'S1',
          quotes: [
            quote({ id: 'S1.Q1', text: 'toxic', speaker: 'Ilse Maren', role: null }),
            quote({ id: 'S1.Q2', text: WORDS, speaker: 'Ilse Maren', role: null }),
          ],
        }),
      ],
    });
    const slack = blocksText(input);
    expect(slack.indexOf(WORDS)).toBeLessThan(slack.indexOf('“toxic”'));
  });

  it('keeps a direct quote’s verbatim mark', () => {
    expect(blocksText(twoSources('Ilse Maren'))).toContain(':white_check_mark: _verbatim_');
  });

  it('names one speaker for a merged quote only when every source gives it to that speaker', () => {
    const same = blocksText(twoSources('Ilse Maren'));
    expect(same).toContain('— *Ilse Maren* · *S1* · Northern Courier, *S2* · Valley Post');
    const differ = blocksText(twoSources('Tomas Reyes'));
    expect(differ).toContain('*Ilse Maren* (*S1* · Northern Courier); *Tomas Reyes* (*S2* · Valley Post)');
  });

  it('shows each source’s speaker on a quote variant when they differ', () => {
    const slack = blocksText(twoSources('Tomas Reyes'));
    expect(slack).toContain(
      ':speech_balloon: *Ilse Maren* (S1); *Tomas Reyes* (S2), as each source quotes it',
    );
    const md = renderMarkdown(twoSources('Tomas Reyes'));
    expect(md).toContain('- **Ilse Maren** (S1 Northern Courier) · **Tomas Reyes** (S2 Valley Post)\n');
    expect(md).not.toContain('Attributed differently');
    expect(md).toContain('  - S2 Valley Post (Tomas Reyes): “');
    expect(renderMarkdown(twoSources('Ilse Maren'))).toContain('- **Ilse Maren**\n');
  });

  it('treats one person written two ways as one speaker: the spelling has a flag of its own', () => {
    expect(renderMarkdown(twoSources('Ilse Marren'))).toContain('- **Ilse Maren**\n');
    expect(renderMarkdown(twoSources('Ilse K. Maren'))).toContain('- **Ilse Maren**\n');
  });

  it('shows a condition before a quote whole, in Slack as in Markdown', () => {
    const condition = 'if the party loses the harbour seat by a wider margin than it did in 2010 or 2014,';
    const conditional = sheet({
      sources: [
        source({
          id: 'S1',
          quotes: [quote({ id: 'S1.Q1', text: WORDS, speaker: 'Ilse Maren', role: null, leadIn: condition })],
        }),
      ],
    });
    expect(blocksText(conditional)).toContain(`…${condition} “${WORDS}”`);
    expect(renderMarkdown(conditional)).toContain(`…${condition} “${WORDS}”`);
  });
});
