// "Several rural operatives said …": a counted plural speaks whatever its noun, which no list of roles holds.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('counted groups of speakers', () => {
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
