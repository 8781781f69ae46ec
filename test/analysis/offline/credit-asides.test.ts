// Reports whose credit real copy dresses up: an aside between the verb and its "that" (in dashes, or a relative
// clause on the place it was said), a credit whose participle carries the quote that follows, a sentence opening
// on "But", and a group described by how it was asked ("voters interviewed at the rally").
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('asides and dressings around a credit', () => {
  it('starts the report after an aside between the verb and its "that"', () => {
    const result = analyse([
      'Tomas Reyes spoke in Dover.',
      'His campaign chief Ada Roe said — on the radio, as it happens — that the port raised $4 million that day.',
      'Lina Kiel, a rival whom Reyes fired, said on the radio, where she is now a paid host, that the mayor should resign.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port raised $4 million that day → Ada Roe',
      'the mayor should resign → Lina Kiel',
    ]);
  });

  it('reads the clause before a credit whose participle carries the quote', () => {
    const result = analyse([
      'Tomas Reyes spoke in Dover.',
      'The two will meet sometime next week, Roe said, adding, “They need to talk.”',
    ]);
    expect(indirectQuotes(result)).toEqual(['The two will meet sometime next week → Roe']);
  });

  it('finds the subject of a joined verb after an opening "But"', () => {
    const result = analyse([
      'Tomas Reyes spoke in Dover.',
      'But the harbour court overruled and said the city already provided more berths than most ports.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the city already provided more berths than most ports → the harbour court',
    ]);
  });

  it('takes a group described by how it was asked as the speaker, and no one an outlet interviewed', () => {
    const result = analyse([
      'Tomas Reyes spoke in Dover.',
      'Dock workers interviewed at the rally said they had no problem with the plan.',
      'Residents reached by phone said the water was brown.',
      'Harbour officials interviewed by the Courier expressed concern over the plan, saying it was a breach of trust.',
      'Many of the chairs that the COURIER interviewed predicted Reyes will win the port vote.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they had no problem with the plan → Dock workers interviewed at the rally',
      'the water was brown → Residents reached by phone',
      'it was a breach of trust → Harbour officials',
    ]);
  });
});

describe('a semicolon after the credit', () => {
  it('leaves the clause after "analysts say;" to the reporter and credits the one before', () => {
    const result = analyse([
      'Tomas Reyes spoke in Dover.',
      'A mayor probably needs about 40 percent of the dock vote, local analysts say; in 2012, Otto Hale won 27 percent.',
      'The ferries were not late by accident, Brenner noted; the board had cut the crews in May.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'A mayor probably needs about 40 percent of the dock vote → local analysts',
      'The ferries were not late by accident → Brenner',
    ]);
  });
});
