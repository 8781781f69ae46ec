// A quote of a word or two is shown with the source's words that frame it. Every text here is written for
// the test.
import { describe, expect, it } from 'vitest';
import { fragmentLeadIn } from '../../../src/analysis/ground/fragment-lead-in.ts';

function leadIn(sentence: string, quoted: string): string | null {
  const start = sentence.indexOf(quoted);
  return fragmentLeadIn(sentence, { start, end: start + quoted.length });
}

describe('the frame of a quoted fragment', () => {
  it('runs back to the verb that frames it, saying or naming', () => {
    expect(leadIn('Selma Park on Friday called Tamm “capable.”', 'capable.')).toBe('called Tamm');
    expect(leadIn('Reyes attacked the mayor for pushing a “reckless plan” on tolls.', 'reckless plan')).toBe(
      'attacked the mayor for pushing a',
    );
    expect(leadIn('The board described the audit as “thorough.”', 'thorough.')).toBe(
      'described the audit as',
    );
  });

  it('leaves a longer quote, one set off by a colon or a comma, and one no verb frames as they are', () => {
    expect(leadIn('Park called the levy “a tax on every crew.”', 'a tax on every crew.')).toBeNull();
    expect(leadIn('Park said: “Gone.”', 'Gone.')).toBeNull();
    expect(leadIn('Asked about the ferry, Park said, “Never.”', 'Never.')).toBeNull();
    expect(leadIn('The harbour is now a “ghost town” by night.', 'ghost town')).toBeNull();
  });

  it('never reaches back past the clause the quote is in', () => {
    expect(leadIn('Reyes said the port was closed; its crews were “furious.”', 'furious.')).toBeNull();
  });
});
