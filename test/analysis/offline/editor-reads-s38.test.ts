// Lines editors marked wrong on real sheets in session 38, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 38)', () => {
  it('reads a counted or compound "reports" as the noun: "four police reports", not a speaker and a verb', () => {
    const result = analyse([
      'Her name turned toxic on Tuesday after the Courier ran a piece listing three harbour-theft police reports Lina Brenner filed against him.',
      'The Harbour Post reports that the mayor will resign.',
      'Tarsa News reports that the pier is closed.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the mayor will resign → Harbour Post',
      'the pier is closed → Tarsa News',
    ]);
  });

  it('credits a quote after an opening clause of time to the "according to" later in the sentence', () => {
    const result = analyse([
      'After the Courier’s Tomas Reyes raised it in an interview last week, the Brenners grew “agitated” once the lights went off, according to a producer at the station.',
      'When Mayor Ada Brenner arrived, she said the pier was “a disgrace,” according to the Courier.',
    ]);
    expect(directQuotes(result)).toEqual([
      'agitated → a producer at the station',
      'a disgrace, → Ada Brenner',
    ]);
  });

  it('leaves a clause that ", a point <name> also made" sums up to its own source, without that tail', () => {
    const result = analyse([
      'Aides told the Courier, however, that the mayor did speak up and the talks ran both ways, a point Brandt also conceded to the Herald.',
      'Ministers argued that the vote was binding, a contention the mayor’s lawyer disputed.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the mayor did speak up and the talks ran both ways → Aides',
      'the vote was binding → Ministers',
    ]);
  });

  it('reads the people before two prepositions joined by "and", not the body after the second', () => {
    const result = analyse([
      'Current and former officials at the port board and in the Harbour Ministry have said inspectors are checking whether the rules were broken.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'inspectors are checking whether the rules were broken → current and former officials at the port board and in the Harbour Ministry',
    ]);
  });

  it('keeps a role whose two fields "and" joins whole, up to where it works', () => {
    const result = analyse([
      'Ossian Vale, vice president for ferry and harbour policy studies at the Brennock Institute, said: “It is a mistake.”',
    ]);
    expect(result.quotes.map((quote) => `${quote.speaker} (${quote.role})`)).toEqual([
      'Ossian Vale (vice president for ferry and harbour policy studies at the Brennock Institute)',
    ]);
  });

  it('still credits a role after the comma whose first word could sum a clause up', () => {
    const result = analyse([
      'The ward had been short of staff all winter, a charge nurse at the hospital said.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The ward had been short of staff all winter → a charge nurse at the hospital',
    ]);
  });

  it('does not join two parties into one role: "a spokeswoman for the union and members of the board"', () => {
    const result = analyse([
      '“We will talk,” said Ada Roe, a spokeswoman for the union and members of the board at the port.',
    ]);
    expect(result.quotes.map((quote) => `${quote.speaker} (${quote.role})`)).toEqual([
      'Ada Roe (spokeswoman for the union)',
    ]);
  });

  it('gives "the PLA confirmed" to the PLA, not to "the PLA and Transport Ministry" named together earlier', () => {
    const result = analyse([
      'Spokesmen at the PLA and Transport Ministry would not discuss the inquiry.',
      'In a letter filed last month, the PLA confirmed that it was “reviewing the harbour contracts.”',
      'The PLA and Transport Ministry said in a joint statement that the port would reopen.',
    ]);
    expect(directQuotes(result)).toEqual(['reviewing the harbour contracts. → PLA']);
    expect(indirectQuotes(result)).toEqual(['the port would reopen → PLA and Transport Ministry']);
  });
});
