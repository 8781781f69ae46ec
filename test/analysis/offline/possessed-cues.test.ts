// A verb of saying owned by a possessive is a noun: "Reyes’s claim that …" still credits Reyes, but "the
// minister’s claims, Reyes has …" and "his claim that …" read after "a source for" credit no one; "Reyes’s call
// to “…”" quotes Reyes.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('verbs of saying owned by a possessive', () => {
  it('credits no one when the owner is "his" or the noun is followed by a comma', () => {
    const result = analyse([
      'Tomas Reyes gave no witness for his claim last spring that Brandt wants to raise the harbour tax.',
      'However tempting it is to shrug at the minister’s claims, Reyes has led the ferry news for years.',
      'The vote fell on the tenth day of the dock strike about money for Brandt’s promised bridge, after the council met.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('still credits a name whose claim "that" opens', () => {
    const result = analyse(['Despite Reyes’s claims that the levy was fair, the farmers refused to pay it.']);
    expect(indirectQuotes(result).join('\n')).toMatch(/the levy was fair.* → Reyes$/);
  });

  it('gives the words of a call or a pledge "to …" to its owner, not to the one who speaks of it', () => {
    const result = analyse([
      'Tomas Hale mocked Ana Ruiz on Monday.',
      'He then said Ruiz’s call at the rally to “make the port whole again” was a weak line.',
    ]);
    expect(directQuotes(result)).toEqual(['make the port whole again → Ana Ruiz']);
  });

  it('gives what a call "for" names to the caller, not to the one who attacks the call', () => {
    const result = analyse([
      'Ilse Varga and Otto Hallam are running for mayor.',
      'The senator blasted Hallam’s call for a “harbour tax” on Wednesday, calling it “absurd.”',
      'Varga said Hallam’s call for a tax was “a folly.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'harbour tax → Otto Hallam',
      'absurd. → the senator',
      'a folly. → Ilse Varga',
    ]);
  });

  it('leaves a quote that only describes what is called for, or a call spoken of, to the sentence’s speaker', () => {
    const result = analyse([
      'Ilse Varga, Ada Brenner and Tomas Reyes are running for mayor.',
      'Tomas Reyes ridiculed Ada Brenner’s call for a “job-killing” harbour levy.',
      'Ilse Varga said Tomas Reyes’s call for a “harbour tax” was “pure fantasy”.',
    ]);
    expect(directQuotes(result)).toEqual([
      'job-killing → Tomas Reyes',
      'harbour tax → Ilse Varga',
      'pure fantasy → Ilse Varga',
    ]);
  });
});
