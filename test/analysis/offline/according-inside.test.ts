// "according to X" standing inside the clause it credits: "The firm earns, according to one filing, $40 million a
// year". The report is the whole clause with the credit where it stands (as a medial "Reyes said" is shown), not
// the words before the credit. A credit that closes the clause, or is followed by its own relative clause, still
// ends the report there; and words that are themselves a credit ("The Ledger reported, according to …, that")
// are no one's report. After "and" or "but" the credit vouches for what follows it alone. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('"according to" inside a clause', () => {
  it('gives the whole clause when the words before it end on its verb or a preposition', () => {
    const result = analyse([
      'The ferry line earns, according to one filing, $40 million a year from the port.',
      'The first step the board agreed on, according to an aide close to the talks, is to raise the fares.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The ferry line earns, according to one filing, $40 million a year from the port → one filing',
      'The first step the board agreed on, according to an aide close to the talks, is to raise the fares → an aide close to the talks',
    ]);
  });

  it('ends at the credit when the clause before it is whole', () => {
    const result = analyse([
      'The levy has not hurt the harbour, according to one index, which tracks 40 towns.',
      'Her ratings have been falling and now trail her rivals by 24 points, according to the Ledger poll.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The levy has not hurt the harbour → one index',
      'Her ratings have been falling and now trail her rivals by 24 points → the Ledger poll',
    ]);
  });

  it('gives only what follows when the credit stands after "and", never the reporter’s words before it', () => {
    const result = analyse([
      'WESTON — The harbour levy has alarmed the ferry board so much that it has replaced two directors and, according to port officials, set up a fresh plan to cut fares.',
      'The council has met twice but, according to aides, failed to agree on the vote.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'set up a fresh plan to cut fares → port officials',
      'failed to agree on the vote → aides',
    ]);
  });

  it('gives no report of a credit read as a clause', () => {
    const result = analyse([
      'The Ledger reported, according to two sources, that Ada Kiel tried to calm the owners.',
    ]);
    expect(indirectQuotes(result).filter((line) => line.endsWith('two sources'))).toEqual([]);
  });
});

describe('a whole clause around "according to"', () => {
  it('stops before a relative clause and keeps a case name’s "v."', () => {
    const result = analyse([
      'The ferry line earns, according to one filing, $40 million a year, which pays for the docks.',
      'Among the rulings at risk, according to Ms. Lund, are 16 cases, including Harbour Co. v. Dukes, which limited suits.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The ferry line earns, according to one filing, $40 million a year → one filing',
      'Among the rulings at risk, according to Ms. Lund, are 16 cases, including Harbour Co. v. Dukes → Lund',
    ]);
  });

  it('is not read across a clause whose verb is contracted', () => {
    const result = analyse(['That’s bad news, according to Varga, because, well, the mayor.']);
    expect(indirectQuotes(result).filter((line) => line.includes('because'))).toEqual([]);
  });

  it('gives a cleft whole: "It was the largest fine in years, according to X, that …"', () => {
    const result = analyse([
      'It was the largest fine in a decade, according to inspectors, that the city has levied on a bakery.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'It was the largest fine in a decade, according to inspectors, that the city has levied on a bakery → inspectors',
    ]);
  });
});
