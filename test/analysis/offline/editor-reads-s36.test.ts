// Lines editors marked wrong on real sheets in session 36, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 36)', () => {
  it('gives no credit to the one asked when "he asked the <office> whether he “…”" reads back to him', () => {
    const result = analyse([
      'Rep. Hollis Marden lost his temper on a pavement this weekend, when he grabbed a pupil once he asked the congressman whether he “fully backed the ferry plan.”',
      'Rep. Hollis Marden met Jon Pell on the pier. He asked him if he “would sign the harbour pledge.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('keeps the asker’s words when the one asked holds another office or is a woman', () => {
    const result = analyse([
      'Rep. Hollis Marden was angry on Friday after he asked the senator if she “fully backed the ferry plan.”',
      'Rep. Hollis Marden met Lena Pell on the pier. He asked her if she “would sign the harbour pledge.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'fully backed the ferry plan. → Hollis Marden',
      'would sign the harbour pledge. → Hollis Marden',
    ]);
  });
});
