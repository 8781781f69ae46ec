// Who reports: a share of a group, a group named in the plural, and a subject set apart from its verb by an
// aside in dashes. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a group that reports', () => {
  it('speaks through a share of it, but "none of them" says nothing', () => {
    const result = analyse([
      'Mayor Ada Brenner toured the terminal.',
      'Most of the ferry captains said they would back a cap on tolls.',
      'During the debate, both candidates said the ferry was no big issue.',
      'None of the pilots said the runway was safe.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they would back a cap on tolls → most of the ferry captains',
      'the ferry was no big issue → both candidates',
    ]);
  });

  it('is not named by a place adverb after it', () => {
    const result = analyse([
      'The strike entered its third week.',
      'Union organisers here said they had walked the docks every night since March.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they had walked the docks every night since March → Union organisers here',
    ]);
  });
});

describe('a subject before an aside in dashes', () => {
  it('reports past an aside about it', () => {
    const result = analyse([
      'Mayor Ada Brenner toured the terminal.',
      'The port director -- who has clashed with the mayor for weeks -- said she regretted her remarks.',
      'Some ferry economists - including a few on the port’s own board - warn that the tolls could slow trade.',
      'The three harbour experts — Mr. Reyes, Ms. Brandt and Mr. Ortiz — agreed there are better pilots available.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she regretted her remarks → the port director',
      'the tolls could slow trade → some ferry economists',
      'there are better pilots available → the three harbour experts',
    ]);
  });

  it('is the person the aside names, not the one it names as an owner', () => {
    const result = analyse([
      'The ferry tolls rose again on Monday.',
      'A former harbour candidate -- Tomas Reyes, who lost the 2008 vote -- said the mayor "offered no fix for the tolls."',
      'In an interview, Ilse Brandt - Reyes’s deputy and co-host - told the Courier that the tolls were unfair.',
    ]);
    expect(directQuotes(result)).toEqual(['offered no fix for the tolls. → Tomas Reyes']);
    expect(indirectQuotes(result)).toEqual(['the tolls were unfair → Ilse Brandt']);
  });

  it('is no one when the aside is about a thing or a place', () => {
    const result = analyse([
      'The ferry tolls rose again on Monday.',
      'Ilse Brandt, director of the ferry group Harbour First, or HF - which was founded by Reyes - said the mayor has several options.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('a subject read past the words around it', () => {
  it('is the noun a relative clause with a preposition belongs to', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Current and former harbour pilots who talked with The Harbour Weekly said the board had lost its way.',
      'Deckhands who complained to the council said the new buoys were misplaced.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the board had lost its way → current and former harbour pilots who talked with The Harbour Weekly',
      'the new buoys were misplaced → Deckhands who complained to the council',
    ]);
  });

  it('takes in both words joined by "and" before the one noun of a group', () => {
    const result = analyse([
      'Harbour and Treasury officials said the ferry fund would last until 2040.',
      'State and federal inspectors said the pier was safe.',
      'Reyes thanked dockers and port officials said the levy would stay.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry fund would last until 2040 → Harbour and Treasury officials',
      'the pier was safe → State and federal inspectors',
      'the levy would stay → port officials',
    ]);
  });

  it('shares the subject after an opening phrase of time or place', () => {
    const result = analyse([
      'The ferry season opened late.',
      'In April, Kessel Air reported flat bookings and lower revenue, and said it was still losing money.',
      'In his speech, Tomas Reyes praised the crews and said his deputy would finish the pier.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'it was still losing money → Kessel Air',
      'his deputy would finish the pier → Tomas Reyes',
    ]);
  });

  it('is the people a poll asked', () => {
    const result = analyse([
      'A poll of 900 ferry users was published on Monday.',
      'Again, those surveyed said Reyes was best placed to cut the tolls.',
      'Most respondents said the night crossings were too expensive.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Reyes was best placed to cut the tolls → those surveyed',
      'the night crossings were too expensive → most respondents',
    ]);
  });
});

describe('a subject read back to a relative "who" or a participle', () => {
  it('is the noun before "who say", never a name before the verb that took it', () => {
    const result = analyse([
      'The ferry vote went on.',
      'Tomas Reyes rebuked critics who say he should brand the smugglers pirates, saying giving them a ' +
        'harsher label would only help them.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he should brand the smugglers pirates → critics',
      'giving them a harsher label would only help them → Tomas Reyes',
    ]);
  });

  it("is not a figure's word before the speakers", () => {
    const result = analyse([
      'The ferry vote went on.',
      'That is a sliver of the minimum $9 million analysts say it takes to dredge the channel.',
    ]);
    expect(indirectQuotes(result)).toEqual(['it takes to dredge the channel → analysts']);
  });
});

describe('a subject after a colon', () => {
  it('is read after the colon, never before it', () => {
    const result = analyse([
      'The scene at the Harbour Hall was grimly familiar: the weary mayor, near the end of her term, walked ' +
        'to the podium, promised that the hall would reopen by spring and pleaded for calm.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the hall would reopen by spring → the weary mayor']);
  });
});

describe('a reported clause holding a list of names', () => {
  it('runs past the "and" that ends the list', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'A harbour aide said remarks from Reyes, Brandt, Ortiz and Kell matched their earlier statements.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'remarks from Reyes, Brandt, Ortiz and Kell matched their earlier statements → a harbour aide',
    ]);
  });
});

describe('a party tag between commas after a name', () => {
  it('belongs to the name: the person speaks, before a clause or a quote', () => {
    const result = analyse([
      'The harbour bill came up for a vote on Tuesday.',
      'Rep. Tomas Reyes, R-NY, said the bill would pass the House by spring.',
      'Sen. Ada Brenner, D-Calif., who chairs the panel, said Tuesday, “We will not wait for the port.”',
      'Rep. Ilse Brandt, R-TX, attacked the mayor for a “reckless plan” on the tolls.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the bill would pass the House by spring → Tomas Reyes']);
    expect(directQuotes(result)).toEqual([
      'We will not wait for the port. → Ada Brenner',
      'reckless plan → Ilse Brandt',
    ]);
  });
});
