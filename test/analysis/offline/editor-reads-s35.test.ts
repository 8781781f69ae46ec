// Lines editors marked wrong on real sheets in session 35, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 35)', () => {
  it('gives the participle after "As <outlet> reported, <group> …," to the group, not the outlet', () => {
    const result = analyse([
      'The mayor’s offer was not new.',
      'As the Harbour Ledger reported on Thursday, several port historians have met the news with shrugs, noting that such offers are common in city halls.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'several port historians have met the news with shrugs → Harbour Ledger',
      'such offers are common in city halls → several port historians',
    ]);
  });
});
