// "“…,” the group wrote" after the story has described a group since the last body it named: the described
// group speaks, not a company named further back whose name holds "Group". Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('"the group" as a speaker', () => {
  it('is the group the story has just described, when it named no body since', () => {
    const result = analyse([
      'One of the lines, Harbour Shipping Group, has threatened to leave the port.',
      'While Harbour Shipping is a small player, other big lines are worried. On Monday, the trade group for the ferry lines set out its worries. “The tolls are out of balance,” the group wrote.',
    ]);
    expect(directQuotes(result)).toEqual(['The tolls are out of balance, → the trade group']);
  });

  it('is the company named just before, when no group is described after it', () => {
    const result = analyse([
      'One of the lines, Harbour Shipping Group, has threatened to leave the port.',
      '“The tolls are out of balance,” the group wrote.',
    ]);
    expect(directQuotes(result)).toEqual(['The tolls are out of balance, → Harbour Shipping Group']);
  });
});
