import { describe, expect, it } from 'vitest';
import { isSpeakerName } from '../../../src/analysis/offline/speaker-check.ts';
import { usableRole } from '../../../src/analysis/offline/usable-role.ts';
import { analyse, directQuotes } from './article.ts';

describe('a speaker is a person, a body or a description of one', () => {
  it.each([
    'Thursday',
    'on Friday',
    'Rev',
    'Mr',
    'an',
    'which',
    'MOSCOW',
    'Tel Aviv',
    'United States',
    'Gaza',
    'California Democrat spoke briefly',
    '9',
  ])('refuses %j', (speaker) => {
    expect(isSpeakerName(speaker)).toBe(false);
  });

  it.each([
    'Dmitry Voss',
    'state officials',
    'court',
    'a White House official',
    'Indiana governor',
    'Jordan Pike',
    'FBI',
    'the Kremlin',
    'aides',
  ])('accepts %j', (speaker) => {
    expect(isSpeakerName(speaker)).toBe(true);
  });

  it('reads past a weekday between the subject and the verb instead of taking the day', () => {
    const result = analyse([
      'KORVIN — Anton Peskar on Thursday insisted: “There are no contacts with the council.”',
    ]);
    expect(directQuotes(result)).toEqual(['There are no contacts with the council. → Anton Peskar']);
  });

  it('drops a quote whose only candidate speaker is a place', () => {
    const result = analyse(['“We will not wait,” Tel Aviv said in a note to the envoys.']);
    expect(directQuotes(result)).toEqual([]);
  });
});

describe('speakers that real copy offers and a sheet must not show', () => {
  it('refuses a lone word that is never a noun, an initial, a time after a preposition and clause pieces', () => {
    for (const speaker of [
      'Trying',
      'Then',
      'Minor',
      'A.G',
      'around Dec',
      'on Friday',
      'some Harbour Democrats for',
    ]) {
      expect(isSpeakerName(speaker)).toBe(false);
    }
    expect(isSpeakerName('those arguments didn’t sway councillors')).toBe(false);
  });

  it('refuses an epithet that opens on a superlative, and keeps names that end like one', () => {
    for (const speaker of ['Toughest Sheriff', 'Kindest Baker', 'Greatest Living Poet'])
      expect(isSpeakerName(speaker)).toBe(false);
    for (const speaker of ['Best Buy', 'West Point', 'Forrest Hale'])
      expect(isSpeakerName(speaker)).toBe(true);
    const result = analyse([
      'Greta Lund runs a bakery in Dayton.',
      'The self-proclaimed Ohio’s Kindest Baker, who reopened a rye mill in 2002, said that the mayor had done more for bakers than any official.',
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).not.toContain('Kindest Baker');
  });

  it('keeps groups, surnames that are also words, and documents dated in passing', () => {
    for (const speaker of ['Police', 'Republicans', 'Price', 'an agency statement released Thursday']) {
      expect(isSpeakerName(speaker)).toBe(true);
    }
  });

  it('refuses party labels, month abbreviations, headline verbs and unnamed owners', () => {
    for (const speaker of ['R-Ohio', 'D-N.Y.', 'Dec', 'Harbour Chief Tells Council', 'their lawyers']) {
      expect(isSpeakerName(speaker)).toBe(false);
    }
  });

  it('names the owner of "his lawyer" and never shows the scene of an event as a speaker', () => {
    const result = analyse([
      'Mayor Tomas Reyes was charged on Friday.',
      '“The case is political,” his lawyer said.',
      'Councillors at the scene of the flood described themselves as “sitting ducks.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The case is political, → Reyes’s lawyer',
      'sitting ducks. → Councillors at the scene of the flood',
    ]);
  });

  it('names a son by his whole name, suffix and all, as the owner of "his father"', () => {
    const result = analyse([
      'Martin Hale Jr. traded notes with the club all summer.',
      'Mr. Hale never answered. An hour later, his father posted: “Give generously!”',
    ]);
    expect(directQuotes(result)).toEqual(['Give generously! → Martin Hale Jr.’s father']);
  });

  it('gives a bare surname to the family member the story is about', () => {
    const result = analyse([
      'Governor Lena Marsh signed the order, with her husband Paul Marsh beside her.',
      'Lena Marsh later met the unions.',
      '“We will not back down,” Marsh said.',
    ]);
    expect(directQuotes(result)).toEqual(['We will not back down, → Lena Marsh']);
  });
});

describe('roles shown next to a speaker', () => {
  it('drops a role that is a clause piece, a bare honorific or another person’s byline', () => {
    expect(usableRole('questioned Ms')).toBeNull();
    expect(usableRole('sought to broadly distance Mr')).toBeNull();
    expect(usableRole('adviser to Mr')).toBeNull();
    expect(usableRole('Harbour Weekly writer Yasmin Adler')).toBeNull();
    expect(usableRole('As the official')).toBeNull();
    expect(usableRole('one of ex-Governor')).toBeNull();
    expect(usableRole('billion')).toBeNull();
    expect(usableRole('report by the harbour auditor')).toBeNull();
    expect(usableRole('exit polls')).toBeNull();
    expect(usableRole('Kremlin spokesman')).toBe('Kremlin spokesman');
    expect(usableRole('head of the Norland Chamber of Commerce')).toBe(
      'head of the Norland Chamber of Commerce',
    );
  });
});

describe('subjects, not objects', () => {
  it('never takes the object of a preposition for the subject of a verb of saying', () => {
    const result = analyse(['The council rated 32% of Harbour Party claims as “false” last year.']);
    expect(directQuotes(result)).toEqual([]);
  });

  it('keeps a source introduced by "from": a response from the party said', () => {
    const result = analyse(['A terse response from the Harbour Party only said: “No deal.”']);
    expect(directQuotes(result)).toEqual(['No deal. → Harbour Party']);
  });
});
