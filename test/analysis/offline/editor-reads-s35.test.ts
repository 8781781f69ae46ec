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

  it('shows no "he ought to resign" under a critic of the man he criticised, but keeps it under a woman', () => {
    const result = analyse([
      'Rep. Tomas Kiel of Idaho is running for whip.',
      'Kiel has long been blunt in criticizing Speaker Ivo Brenner, saying that he ought to resign unless he blocks the ferry bill.',
      'Rep. Lena Ruiz attacked Brenner, saying he would sink the ferry bill.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he would sink the ferry bill → Lena Ruiz']);
  });
});
