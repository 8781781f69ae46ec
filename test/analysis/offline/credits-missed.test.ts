// Credits an editor found the sheets missing: "summarized Pell" after a quote, remarks a speaker "is expected to
// say", a body's statement announced by a colon, and "put it bluntly:". Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('credits the sheets had missed', () => {
  it('reads "summarized X" and "X is expected to say" after a quote', () => {
    const result = analyse([
      'Dan Pell criticized the plan. “It is wholly at odds with her latest remarks,” summarized Pell.',
      'Gov. Ana Ruiz will speak on Wednesday. “This matters even in good years,” Ms. Ruiz is expected to say.',
    ]);
    expect(directQuotes(result)).toEqual([
      'It is wholly at odds with her latest remarks, → Dan Pell',
      'This matters even in good years, → Ana Ruiz',
    ]);
  });

  it('reads a body’s statement and "put it bluntly" announced by a colon', () => {
    const result = analyse([
      'The Green Party issued a short statement after the speech:',
      '“So here is the new health plan. More clinics. No new money.”',
      'Ada Kiel put it bluntly in an email to the Ledger: “There could hardly be a worse moment.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'So here is the new health plan. More clinics. No new money. → Green Party',
      'There could hardly be a worse moment. → Ada Kiel',
    ]);
  });
});
