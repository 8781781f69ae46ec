// Agencies written with dotted initials, as some papers' style has it ("the F.B.I.", "the S.E.C.", "the U.N."):
// the tokeniser leaves the last dot apart, so the speaker phrase ended on it and the verb after it went unread.
// A state's or a country's initials stay no speaker. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { isSpeakerName } from '../../../src/analysis/offline/speaker-check.ts';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('agencies written with dotted initials', () => {
  it('credits a quote and a report to "the F.B.I." and "the S.E.C.", the last dot kept', () => {
    const result = analyse([
      'Ferries stayed in port on Monday.',
      '“We are looking into the fares,” the F.B.I. said in a statement.',
      'The S.E.C. has argued that the ferry fund misled its investors.',
    ]);
    expect(directQuotes(result)).toEqual(['We are looking into the fares, → F.B.I.']);
    expect(indirectQuotes(result)).toEqual(['the ferry fund misled its investors → S.E.C.']);
  });

  it('reads the verb after the dot in a closing credit and the agency inside a phrase', () => {
    const result = analyse([
      'The harbour jet was cleared to fly again, the F.A.A. said on Tuesday.',
      'Its pilot had logged 400 hours over the winter, F.A.A. officials said.',
      'The talks on the port would resume in March, according to the U.N.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The harbour jet was cleared to fly again → F.A.A.',
      'Its pilot had logged 400 hours over the winter → F.A.A. officials',
      'The talks on the port would resume in March → U.N.',
    ]);
  });

  it('keeps a place’s initials and a name’s initials from speaking', () => {
    const result = analyse([
      'At a rally in Dover, N.H., on Friday, Senator Ada Brenner praised the mayor, saying he would “make a fine governor.”',
    ]);
    expect(directQuotes(result)).toEqual(['make a fine governor. → Ada Brenner']);
    for (const name of ['N.H.', 'the U.S.', 'D.C.', 'A.G', 'the A.']) expect(isSpeakerName(name)).toBe(false);
    for (const name of ['F.B.I', 'the U.N.', 'S.E.C.']) expect(isSpeakerName(name)).toBe(true);
  });
});
