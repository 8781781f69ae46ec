// "According to a count by the Ledger, …": a document's source runs on past its noun to the comma that closes
// it, so the report opening the sentence is found and the sheet says whose count it is.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('a document credited with its provenance', () => {
  it('finds a report opened by "according to" a document "by" or "from" someone', () => {
    const result = analyse([
      'According to a count by the Harbor Wire, Ortiz leads Bell by 140 pledged delegates.',
      'According to early results of a survey conducted by Delta Research for two networks, turnout fell in every ward.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Ortiz leads Bell by 140 pledged delegates → a count by the Harbor Wire',
      'turnout fell in every ward → early results of a survey conducted by Delta Research for two networks',
    ]);
  });

  it('names the source in full when the report comes first', () => {
    const result = analyse([
      'Ortiz now holds 520 delegates, according to a weekly tally by the party board.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Ortiz now holds 520 delegates → a weekly tally by the party board',
    ]);
  });

  it('starts the report after a description of the source, not after the subject', () => {
    const result = analyse([
      'According to a study by the Vale Institute, a research group, the fund would run dry by 2050.',
      'According to an analysis from Dorn Keller, the ratings firm, the economy shrank by 2 percent.',
      'According to the poll, a majority of renters back the levy.',
      'According to the survey, the governor, a Democrat, leads by four points.',
      'According to a clerk, the permits, signed by the mayor, cover three piers.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the fund would run dry by 2050 → a study by the Vale Institute',
      'the economy shrank by 2 percent → an analysis from Dorn Keller',
      'a majority of renters back the levy → the poll',
      'the governor, a Democrat, leads by four points → the survey',
      'the permits, signed by the mayor, cover three piers → a clerk',
    ]);
  });

  it('keeps the short source when the run-on part would not read as one', () => {
    const result = analyse([
      'Ortiz has lost ground, according to a poll of 612 tenants released on Friday by Vale Decisions.',
      'According to a report by the Ledger that cited two aides, the mayor will stand down.',
    ]);
    expect(indirectQuotes(result)).toEqual(['Ortiz has lost ground → a poll']);
  });

  it('reads two words joined before one noun as one source', () => {
    const result = analyse([
      'Ortiz needs to win Oregon, according to Democratic and independent analysts.',
      'According to state and federal officials, the ferry deal is close.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Ortiz needs to win Oregon → Democratic and independent analysts',
      'the ferry deal is close → state and federal officials',
    ]);
  });
});
