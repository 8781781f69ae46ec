// From an editor's read of the reports this session's rules added: a second source's "according to" is not the
// first one's words; a verb after a dash aside is the sentence subject's; a claim reported on is its owner's;
// and semicolons that part a list's items go on with the report.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('report bounds and owners', () => {
  it('ends a report before another source’s "according to", and reads no listener as a speaker', () => {
    const result = analyse([
      'Ivo Lenz called the plan “reckless” and said the ministry held no files on the accounts, according to an audit.',
      'Ada Brenner, who called the audit “unfair,” told a watchdog group that the ministry would appeal.',
    ]);
    expect(indirectQuotes(result)[0]).toBe('the ministry held no files on the accounts → Ivo Lenz');
    expect(directQuotes(result)).toEqual(['reckless → Ivo Lenz', 'unfair, → Ada Brenner']);
  });

  it('gives a verb after a dash aside to the sentence’s subject, not the aside’s last noun', () => {
    const result = analyse([
      'Mayor Ada Ruiz - who once said she would "blow the dust off" ferry piers held by the Harbor Guard - said at a rally that the town should also close its port to tankers.',
    ]);
    expect(directQuotes(result)).toEqual(['blow the dust off → Ada Ruiz']);
    expect(indirectQuotes(result)).toEqual(['the town should also close its port to tankers → Ada Ruiz']);
  });

  it('credits the claims a paper reported on to their owner, not the paper', () => {
    const result = analyse([
      'The Courier reported on a nurse’s claims that the judge had harassed her in 1979.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the judge had harassed her in 1979 → a nurse']);
  });

  it('keeps the items of a list parted by semicolons in the report', () => {
    const result = analyse([
      'Some conservatives say the package would include bills on border security; a curb on hiring; and a path to citizenship for children.',
      'Tomas Reyes said the ferry was late; they only learned of it on Friday.',
      'Ana Ruiz said the clerk took her files; copied them at the council office; and burned them.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the package would include bills on border security; a curb on hiring; and a path to citizenship for children → some conservatives',
      'the ferry was late → Tomas Reyes',
      'the clerk took her files; copied them at the council office; and burned them → Ana Ruiz',
    ]);
  });
});
