// Lines editors marked wrong on real sheets in session 43, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 43)', () => {
  it('gives a letter’s quoted word to its writer, not to the official it was written to', () => {
    const result = analyse([
      'Voters waited for five hours in the rain.',
      'Mayor Ann Gold wrote a letter to Attorney General Bo Lanz asking the department to look into the “mess.”',
      'Councillor Ed Pratt turned to Judge Ivy Moss, asking for a “full inquiry.”',
      'Ms. Gold later listened to Tom Bell saying “we cannot wait.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'mess. → Ann Gold',
      'full inquiry. → Ed Pratt',
      'we cannot wait. → Tom Bell',
    ]);
  });

  it('ends a report inside an opening "In a year in which …" phrase at its comma', () => {
    const result = analyse([
      'And in a year in which most voters say they do not trust Mr. Grant, even some allies asked why the fund had not stopped.',
      'At a meeting in which Ed Pratt said the gifts would stop at once, the critics of the plan cheered loudly.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they do not trust Mr. Grant → most voters',
      'the gifts would stop at once → Ed Pratt',
    ]);
  });

  it('keeps "Some" of "Some Democrats say": a part of the party is not the party', () => {
    const result = analyse([
      'Some Democrats say Mr. Lopez would help the party win back young voters.',
      'Many Republicans called the plan “a gift to the rich.”',
      'The Democrats said the vote would be close.',
      'A few Republicans said the levy was fair, and not many Democrats said it would last.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Mr. Lopez would help the party win back young voters → some Democrats',
      'the vote would be close → Democrats',
      'the levy was fair → a few Republicans',
      'it would last → not many Democrats',
    ]);
    expect(directQuotes(result)).toEqual(['a gift to the rich. → many Republicans']);
  });

  it('shows no report for "recalled what it was like to …": the topic, then the reporter’s history', () => {
    const result = analyse([
      'Professor Ivo Marsh teaches at the harbour college.',
      'At dinner Marsh recalled what it was like for a pupil when the junta seized the port and closed the schools.',
      'He recalled how it felt to leave, and he recalled that the ferry had stopped running.',
      'He said what it was like to grow up by the docks shaped his teaching.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry had stopped running → Ivo Marsh',
      'what it was like to grow up by the docks shaped his teaching → Ivo Marsh',
    ]);
  });

  it('never cuts "So did <name>" to "Did <name>", and leaves it out of the facts: it leans on the sentence before', () => {
    const result = analyse([
      'Mayor Ann Gold spoke to the harbour workers’ union on Friday, pledging 4,000 new jobs.',
      'So did another candidate, Councillor Ed Pratt, who promised $3 million for the docks.',
      'So Mayor Gold now counts 12 allies on the council.',
    ]);
    const facts = result.facts.map((fact) => fact.statement);
    expect(facts.some((fact) => fact.startsWith('Did '))).toBe(false);
    expect(facts.some((fact) => fact.includes('$3 million'))).toBe(false);
    expect(result.summary).not.toContain('Did another');
    // A "so" of consequence still goes: "So Mayor Gold now counts …" reads without it.
    expect(result.summary).toContain(' Mayor Gold now counts 12 allies on the council.');
  });

  it('reads no imperative into a role: "Just ask former senator <name>" gives "former senator"', () => {
    const result = analyse([
      'Just ask former senator Evan Marsh, twice passed over for the post.',
      '“The usual rules do not apply,” Marsh said.',
    ]);
    expect(result.quotes.map((quote) => `${quote.speaker} (${quote.role})`)).toEqual([
      'Evan Marsh (former senator)',
    ]);
  });

  it('keeps "Councillors opposed it because …" out of the facts: the "it" is the sentence before’s', () => {
    const result = analyse([
      'The council passed a $12 million plan for the docks on Monday.',
      'A second plan offered $4 million for the ferry.',
      'Councillors opposed it because it fell short of the $9 million the port had asked for.',
      'The Harbour Trust said it would give $2 million to the docks.',
    ]);
    const facts = result.facts.map((fact) => fact.statement);
    expect(facts.some((fact) => fact.startsWith('Councillors opposed it'))).toBe(false);
    expect(facts).toContain('The Harbour Trust said it would give $2 million to the docks.');
    // The summary keeps such a sentence after the one that names what it means.
    const summary = analyse([
      'The council put a $12 million ferry levy on the ballot in June. Voters rejected it in November by 4,000 votes, ending the plan.',
    ]).summary;
    expect(summary).toContain('Voters rejected it in November');
  });

  it('shows no report cut from a relative clause that needs its preposition: "the rules under which …"', () => {
    const result = analyse([
      'The agency published the rules under which officials said the firms would operate.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});
