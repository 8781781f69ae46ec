// "Several rural operatives said …": a counted plural speaks whatever its noun, which no list of roles holds;
// and one member of a group that speaks ("a voter", "another protester") speaks as well.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('counted groups of speakers', () => {
  it('credits one member of a speaking group: "a voter", "another protester"', () => {
    const result = analyse([
      'The county has picked the winner in every race since 1956.',
      'A voter said, “Reyes is in a five-way fight with Brandt and Kiel.”',
      '“Brandt has no chance at all,” another protester said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Reyes is in a five-way fight with Brandt and Kiel. → a voter',
      'Brandt has no chance at all, → another protester',
    ]);
  });

  it('reads a counted plural before a verb of saying as its speakers', () => {
    const result = analyse([
      'Several rural operatives said they expect forged letters before the vote.',
      'Many bundlers say the campaign has stopped calling them.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they expect forged letters before the vote → several rural operatives',
      'the campaign has stopped calling them → many bundlers',
    ]);
  });

  it('leaves counted times and documents alone', () => {
    const result = analyse([
      'Some days say more about the mayor than others do.',
      'Some reports said the mayor had resigned.',
      'Nobody is arguing, since other emails suggest the levy was never audited.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});
