import { describe, expect, it } from 'vitest';
import { FIRST_PERSON_NOTE, isFirstPerson } from '../../src/ingest/first-person-note.ts';
import { ingest } from '../../src/ingest/ingest.ts';

const COLUMN = [
  'I grew up on the quays of Brennock, where my father mended nets for forty years.',
  'When the council voted to close the old harbour on Tuesday, I thought of him at once.',
  'The vote was 31 to 9, and the mayor called it a hard but necessary choice.',
  'We were never asked what the harbour meant to the families who still live beside it.',
  'The council says the site will become a marina with 400 berths by 2028.',
  'I do not believe a marina will feed a single family on my street.',
  'Our town deserves better than a plan drawn up in a week.',
].join('\n\n');

const NEWS = [
  'The Brennock council voted 31 to 9 on Tuesday to close the old harbour to fishing boats.',
  '“I have fished here since I was a boy, and we were never asked,” said Ossian Vale, a net mender.',
  'The mayor told me after the vote that the site would become a marina with 400 berths.',
  'Work on the marina is due to begin in the spring and end by 2028, the council said.',
  '“Our town will be better for it,” the mayor said. “I stand by the vote.”',
  'Opponents said they would ask the regional court to block the closure.',
].join('\n\n');

describe('a piece written in the first person', () => {
  it('is told apart from a news story whose speakers say “I” inside quotes', () => {
    expect(isFirstPerson(COLUMN)).toBe(true);
    expect(isFirstPerson(NEWS)).toBe(false);
  });

  it('counts a quote left open to the paragraph’s end, or in doubled apostrophes, as someone else’s', () => {
    const speech = [
      'The mayor spoke for twenty minutes at the harbour on Tuesday evening.',
      '“I will not let this town die. We have a plan, and I mean to see it through.',
      '“My door is open to every family on the quays, and our plan has room for all of them.',
      "''We have waited long enough,'' she said. ''I will not wait any longer, and my council will not either.''",
      'The marina plan goes to a second vote in March.',
    ].join('\n\n');
    expect(isFirstPerson(speech)).toBe(false);
  });

  it('counts single quotation marks as quotes and an initial as no writer', () => {
    const british = [
      'The Brennock council voted 31 to 9 on Tuesday to close the old harbour to fishing boats.',
      '‘I have fished here since I was a boy, and we were never asked,’ said Ossian Vale, a net mender.',
      '‘We don’t want a marina,’ said his neighbour. ‘I want my boat back.’',
      '‘Our town will be better for it,’ the mayor said. ‘I stand by the vote.’',
      '‘My door is open,’ she added. ‘We will talk to every family.’',
      'Opponents said they would ask the regional court to block the closure.',
    ].join('\n\n');
    expect(isFirstPerson(british)).toBe(false);
    const initials = Array.from(
      { length: 5 },
      (_, n) => `The new ferry terminal number ${n + 1} was designed by I. M. Vell and opened this spring.`,
    ).join('\n\n');
    expect(isFirstPerson(initials)).toBe(false);
  });

  it('is noted on the article, after any note already there', async () => {
    const read = await ingest(
      { kind: 'text', text: COLUMN, label: 'letter.txt' },
      {
        readUrl: async () => {
          throw new Error('no links here');
        },
        maxWords: 95,
      },
    );
    expect(read.extractionNote?.endsWith(FIRST_PERSON_NOTE)).toBe(true);
    expect(read.extractionNote).toMatch(/^Long article: read the first \d+ of \d+ words\. Written largely/);
    const news = await ingest(
      { kind: 'text', text: NEWS, label: 'news.txt' },
      {
        readUrl: async () => {
          throw new Error('no links here');
        },
        maxWords: 5000,
      },
    );
    expect(news.extractionNote).toBeNull();
  });
});
