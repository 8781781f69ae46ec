// A group named before a list of people ("aides to Gov. Ada Roe and Gov. Tom Vale") speaks as the group, with
// the people it names, never as the last person listed. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('a group before a list of names', () => {
  it('gives the aides’ words to the aides when the names carry appositions and a relative clause', () => {
    const result = analyse([
      'And aides to Gov. Ada Brenner of Lestria, a former judge, and Gov. Tomas Reyes of Tarsa, who served on the council, said their speeches would turn even more to the harbour.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'their speeches would turn even more to the harbour → aides to Ada Brenner and Tomas Reyes',
    ]);
  });

  it('gives them to the group with an apposition and no comma before the verb', () => {
    const result = analyse([
      'Supporters of Ada Brenner, the judge, and Tomas Reyes say the ferry deal will hold.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry deal will hold → Supporters of Ada Brenner and Tomas Reyes',
    ]);
  });

  it('keeps the titles of a plain list inside the group’s phrase', () => {
    const result = analyse([
      'Aides to Gov. Ada Brenner and Gov. Tomas Reyes said the ferry deal would hold.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry deal would hold → Aides to Gov. Ada Brenner and Gov. Tomas Reyes',
    ]);
  });

  it('leaves a clause of its own after "and" to its subject', () => {
    const result = analyse([
      'Reyes met the judge on Monday, and Tomas Vale, who chairs the board, said the ferry deal would hold.',
      'Supporters of Ada Brenner marched on Monday, and Otto Hallam said the levy was unfair.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry deal would hold → Tomas Vale',
      'the levy was unfair → Otto Hallam',
    ]);
  });

  it('reads a list whose group names a place, or which opens on a person, as a list of speakers', () => {
    const result = analyse([
      'Residents of Tarsa, Ada Brenner, and Tomas Reyes said the levy was unfair.',
      'Otto Hallam, aides to Ada Brenner, and Tomas Vale said the pier would close.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy was unfair → Tomas Reyes',
      'the pier would close → Tomas Vale',
    ]);
  });
});
