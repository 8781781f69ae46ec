import { describe, expect, it } from 'vitest';
import type { FollowupAnswer } from '../../../src/followup/answer.ts';
import { renderFollowup } from '../../../src/render/blocks/followup-blocks.ts';
import { expectEscaped, expectWithinLimits, mrkdwnTexts } from '../../support/slack-limits.ts';

function answer(overrides: Partial<FollowupAnswer> = {}): FollowupAnswer {
  return {
    engine: 'llm',
    question: 'Who gave 60?',
    sentences: [
      {
        text: 'The Herald gives 60 <!channel>.',
        citations: [
          { source: 'S1', text: '60 firefighters & <@U1>', span: { start: 0, end: 10 }, match: 'verbatim' },
          { source: 'S2', text: 'About 45', span: { start: 0, end: 8 }, match: 'altered' },
        ],
      },
    ],
    cannotTell: false,
    gone: ['S3'],
    allGone: false,
    dropped: 1,
    keptDays: 7,
    usage: { llmCalls: 1, inputTokens: 10, outputTokens: 5 },
    ...overrides,
  };
}

describe('follow-up answer blocks', () => {
  it('shows each sentence with its sources’ own words, escaped, and what was left out', () => {
    const message = renderFollowup(answer());
    expectWithinLimits(message.blocks);
    const texts = mrkdwnTexts(message.blocks);
    expectEscaped([...texts, message.text]);
    const all = texts.join('\n');
    expect(all).toContain('> *S1* “60 firefighters &amp; &lt;@U1&gt;”');
    expect(all).toContain('worded it differently');
    expect(all).toContain('The text of S3 is no longer kept (sources are kept 7 days).');
    expect(all).toContain('1 citation not found in the sources left out');
  });

  it('says it cannot tell, or that the sources are gone', () => {
    const none = renderFollowup(answer({ sentences: [], cannotTell: true, gone: [] }));
    expect(mrkdwnTexts(none.blocks)[0]).toBe('I cannot tell from these sources.');
    const gone = renderFollowup(answer({ sentences: [], cannotTell: true, allGone: true, gone: ['S1'] }));
    expect(gone.text).toMatch(/^The sources of this sheet are no longer kept \(they are kept 7 days\)/);
  });
});
