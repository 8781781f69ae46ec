// Where a long sentence is cut to make a key fact: never before "according to", which names what the fact
// rests on; never at a dash that spells out a count before it ("has four main parts — …"); never inside a
// bracket; never before the verb of a "that" clause; never at a semicolon inside a dash aside. Every text here
// is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse } from './article.ts';

const statements = (paragraphs: string[]) => analyse(paragraphs).facts.map((fact) => fact.statement);

describe('a key fact cut from a long sentence', () => {
  it('keeps its "according to" source, or is not a key fact', () => {
    const facts = statements([
      'Judge Orla Crane has been outspoken about the county election in recent weeks.',
      'Under state rules, judges must withdraw from cases where their fairness could be doubted, and they did so in 212 cases during the last session, according to a new tally by Open Ledger, a watchdog that campaigns for tighter ethics rules in the state courts.',
    ]);
    expect(facts.some((fact) => fact.includes('212 cases') && !fact.includes('according to'))).toBe(false);
  });

  it('is not cut at a semicolon inside a dash aside, which leaves the sentence without its verb', () => {
    const facts = statements([
      "Most mayors stayed quiet, though a few — among them Mayor Lena Ortis of Dover, the departing head of the transit board; Mayor Paul Vance of Kent, who is ill; and Mayor Rita Cole of Avon, a frequent critic of the governor — pressed the governor to use the audit against the unions at Monday's talks.",
    ]);
    expect(facts.filter((fact) => fact.endsWith('transit board.'))).toEqual([]);
  });

  it('does not end on a count the dash after it spells out', () => {
    const facts = statements([
      'Senator Rhea Vance will set out her trade plan on Thursday in Corwen.',
      'The Vance plan, according to notes handed out by her staff on Wednesday, has four main parts — making ferry travel cheaper for island families; rebuilding the old docks along the northern coast; and protecting the fleet.',
    ]);
    expect(facts.filter((fact) => fact.endsWith('four main parts.'))).toEqual([]);
  });

  it('does not leave a "that" clause without its verb', () => {
    const facts = statements([
      'Councillor Oren Faldt, the Liberal chair of the harbour finance panel, has been scolded by several ferry captains ever since he claimed last week that his levy plan, which trims the pilots fund, was drawn from old harbour law.',
      'The harbour board meets again on Friday to vote on the levy.',
    ]);
    expect(facts.some((fact) => fact.endsWith('that his levy plan.'))).toBe(false);
  });

  it('does not leave a bracket open', () => {
    const facts = statements([
      'The harbour board met on Tuesday in Tarsa to settle the ferry budget for the coming winter.',
      'In Tarsa, a hotbed of dock activism in recent years, the union won 54 percent of the ballots to the board’s 46 percent on Tuesday night, according to the clerk (a wide lead, though one that is smaller than the union’s win last year).',
    ]);
    expect(facts.filter((fact) => fact.includes('(') && !fact.includes(')'))).toEqual([]);
  });
});
