// Credits that close a sentence in more than one piece: two names joined by "and", a description before the
// name, "as one of them, X, reported", and "said about half of …" opening the words reported.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('closing credits in pieces', () => {
  it('credits two joined names together', () => {
    const result = analyse(['The paper is not only about ads, Ilse Varga and Tomas Reyl said.']);
    expect(indirectQuotes(result)).toEqual(['The paper is not only about ads → Ilse Varga and Tomas Reyl']);
  });

  it('leaves a description and a framing "as" before the name to the credit', () => {
    const result = analyse([
      'The port built the gate to stop floods, a spokeswoman, Dana Kiel, said.',
      'Reyes remains committed to the race, his top aide, Tad Devlin, told the Courier.',
      'He showed a clip of a gesture the mayor made, as one of them, the Courier’s Lisa Lark, reported.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The port built the gate to stop floods → Dana Kiel',
      'Reyes remains committed to the race → Tad Devlin',
      'He showed a clip of a gesture the mayor made → Lisa Lark',
    ]);
  });

  it('reads no credit in a description of a name inside the clause', () => {
    const result = analyse([
      'The indictment came after his associate Randy Cole, a radio host, testified to the jury.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('keeps a long "who" clause on the speaker of an inverted credit, unless a comma goes on past it', () => {
    const result = analyse([
      'Otto Hallam met Tomas Reyes in Varna on Monday.',
      'Mr. Hallam warned Mr. Reyes not to sell the ferry, said an aide who had read the notes of the whole meeting.',
      'The mayor’s former deputy, Ilse Varga, said the clerk who took her desk and cut her staff, Bo Lind, should resign.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Mr. Hallam warned Mr. Reyes not to sell the ferry → an aide',
      'the clerk who took her desk and cut her staff, Bo Lind, should resign → Ilse Varga',
    ]);
  });

  it('reads "said about half of …" as the start of a report', () => {
    const result = analyse(['The harbour treasurer said about half of the shortfall came from fuel costs.']);
    expect(indirectQuotes(result)).toEqual([
      'about half of the shortfall came from fuel costs → the harbour treasurer',
    ]);
  });

  it('names a school whose name holds a plural owner’s mark in full, not a person’s possession', () => {
    const result = analyse([
      'The couple were flying home after a month abroad, their school, Leaders’ College, confirmed on Friday.',
      'Ilse Varga backed Tomas Reyes’ College for All Act, her aides said on Monday.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The couple were flying home after a month abroad → Leaders’ College',
      'Ilse Varga backed Tomas Reyes’ College for All Act → Varga’s aides',
    ]);
  });

  it('reads a credit whose verb a clause of when follows, however long, and a report after it', () => {
    const result = analyse([
      'The Courier maintained that its story was accurate, its editor, Ada Brenner, said after the harbour office disputed the account.',
      'Tomas Reyes met the dockers on Monday.',
      'A deal is vital, he said after talks on Thursday with union aides, because he said the board wants to sell the pier.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The Courier maintained that its story was accurate → Ada Brenner',
      'A deal is vital → Tomas Reyes',
      'the board wants to sell the pier → Tomas Reyes',
    ]);
  });

  it('reads a party tag in brackets after the name as part of the credit', () => {
    const result = analyse([
      'The ferry levy never stirred such anger in the valley before, Sen. Tomas Reyes (R-Korv.) told the Courier.',
      'The hearing was a sham from the start, Rep. Ada Brenner (D-Lest.) said on Friday.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The ferry levy never stirred such anger in the valley before → Tomas Reyes',
      'The hearing was a sham from the start → Ada Brenner',
    ]);
  });
});
