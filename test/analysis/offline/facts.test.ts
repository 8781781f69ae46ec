import { describe, expect, it } from 'vitest';
import { MAX_FACTS } from '../../../src/analysis/offline/facts.ts';
import { analyse } from './article.ts';

describe('offline key facts: dates and people', () => {
  it('reads explicit dates into ISO values and skips weekday-only references', () => {
    const facts = analyse([
      'The second exchange of prisoners is due on March 16, and talks resume on Monday.',
      'The agreement between the two governments was signed on 9 March 2025.',
    ])
      .facts.filter((f) => f.kind === 'date')
      .map((f) => f.value);
    expect(facts).toEqual(['--03-16', '2025-03-09']);
  });

  it('lists a person once, in a sentence that gives their title, the name as spelled for comparison', () => {
    const facts = analyse([
      '“We warned them,” said the union’s regional secretary, Kath Morley.',
      'Regional secretary Kath Morley met the port authority on Tuesday to discuss the closure.',
      'Kath Morley, the union’s regional secretary, later left the talks in Brennock without comment.',
    ]).facts.filter((f) => f.kind === 'name' || f.kind === 'title');
    expect(facts).toEqual([
      {
        statement: 'Regional secretary Kath Morley met the port authority on Tuesday to discuss the closure.',
        kind: 'name',
        value: 'Kath Morley',
        evidence: 'Regional secretary Kath Morley met the port authority on Tuesday to discuss the closure.',
      },
    ]);
  });

  it('keeps spelling variants as written, so sources can be compared', () => {
    const facts = analyse([
      'Qadiri mediator Khalid al-Mansuri arrived in Tarsa on Sunday for a second round of talks.',
    ]).facts;
    expect(facts.find((f) => f.kind === 'name')?.value).toBe('Khalid al-Mansuri');
  });

  it('never states a fact about a name cut at its initial, or a place taken for a person', () => {
    const facts = analyse([
      'Representative Ilsa M. Varga of Brennock said on Monday that the levy would be repealed by spring.',
      'Other Democrats in the chamber voted against the repeal of the harbour levy on Monday.',
    ]).facts;
    expect(facts.map((f) => f.value)).not.toContain('Ilsa M');
    expect(facts.map((f) => f.value)).not.toContain('Other Democrats');
  });
});

describe('offline key facts stand on their own', () => {
  it('never a fragment: every statement is a sentence with its own evidence, and none is repeated', () => {
    const paragraphs = [
      'Twelve Lestrian customs officers were charged on Friday with taking bribes at the Tarsa crossing.',
      'Twelve Lestrian customs officers were charged on Friday with taking bribes at the Tarsa crossing.',
      'The minister will travel to Korvin on the last stop of a four-nation regional tour.',
      'The two discussed the charges at a meeting in the capital on Saturday morning.',
    ];
    const facts = analyse(paragraphs).facts;
    const text = paragraphs.join('\n\n');
    for (const fact of facts) {
      expect(fact.statement).toMatch(/^\p{Lu}.*[.!]["”’]?$/u);
      expect(fact.statement.split(/\s+/).length).toBeGreaterThanOrEqual(6);
      expect(text.includes(fact.evidence)).toBe(true);
    }
    expect(new Set(facts.map((f) => f.statement)).size).toBe(facts.length);
    expect(facts.map((f) => f.statement)).toContain(
      'Twelve Lestrian customs officers were charged on Friday with taking bribes at the Tarsa crossing.',
    );
    // "four-nation" describes a tour and "The two" refers back: neither is a figure to state.
    expect(facts.some((f) => f.value === '4' || f.value === '2')).toBe(false);
  });

  it('leaves out a sentence that leans on a pronoun or a reference from outside it', () => {
    const facts = analyse([
      'Mayor Petra Lind of Brennock announced the new budget at a council meeting on Monday.',
      'She said 40 new teachers would be hired across the district by September.',
      'Of that, $3 million would go to school repairs in the older districts of the city.',
      'Some say they are not convinced that 12 new buses will be enough for the district.',
    ]).facts;
    expect(facts.map((f) => f.value)).not.toContain('40');
    expect(facts.map((f) => f.value)).not.toContain('3000000');
    expect(facts.map((f) => f.value)).not.toContain('12');
  });

  it('leaves out page furniture that reads like a sentence', () => {
    const facts = analyse([
      'Crews in Brennock restored power to 8,000 homes on Sunday after the storm, the utility said.',
      'UPDATE - May 30, 10 p.m.: The utility said a further 2,000 homes were reconnected overnight.',
      'A version of this article appears in print on May 31, 2031, on page A16 of the city edition.',
    ]).facts;
    expect(facts.map((f) => f.value)).toEqual(['8000']);
  });

  it('reads nothing past a correction note at the foot of a blog post, where the next posts begin', () => {
    const result = analyse([
      'Crews in Brennock restored power to 8,000 homes on Sunday after the storm, the utility said.',
      'This story has been updated to reflect the following corrections:',
      'Correction: May 31, 2031',
      'An earlier version of this post gave the wrong county for Brennock.',
      'Mayor Tomas Reyes will tour the flooded quarter of Tarsa with 40 volunteers on Tuesday, an aide said on Friday.',
    ]);
    expect(result.facts.map((f) => f.value)).toEqual(['8000']);
    expect(result.quotes).toEqual([]);
  });

  it('caps the facts, every evidence an exact slice of the text', () => {
    const paragraphs = Array.from(
      { length: 20 },
      (_, i) =>
        `Officials said ${i + 2} trucks and ${i + 30} volunteers reached Korvin on March ${i + 1} with supplies.`,
    );
    const result = analyse(paragraphs);
    expect(result.facts.length).toBe(MAX_FACTS);
    const text = paragraphs.join('\n\n');
    for (const fact of result.facts) expect(text.includes(fact.evidence)).toBe(true);
  });
});

describe('key facts past what a sheet shows', () => {
  it('lists a titled person whose sentence also holds a figure the sheet has no room for', () => {
    // Fourteen sentences with figures: a sheet shows twelve facts at most, so a figure past the twelfth can never
    // be shown, and the person in the last sentence must not lose that sentence to one.
    const paragraphs = Array.from(
      { length: 13 },
      (_, i) => `The ferry crossed the bay with ${i + 12} crates of grain on its run number ${i + 40}.`,
    );
    paragraphs.push('Transport Minister Ilse Varga counted 310 crates left on the quay after the last run.');
    const facts = analyse(paragraphs).facts;
    expect(facts.length).toBe(MAX_FACTS);
    expect(facts.find((f) => f.kind === 'name')?.value).toBe('Ilse Varga');
  });
});

describe('key facts on real layouts', () => {
  it('never cuts a long sentence where "and" joins two describing words, nor keeps a caption with no verb', () => {
    const result = analyse([
      'A more cautious Mayor Tomas Reyes doubled down on several controversial, and politically costly, remarks about the harbour levy in an interview with Channel 4 on Sunday morning, telling viewers that the port could not survive another year without it and that the unions would come round.',
      'Councillor Ada Brenner and Mayor Tomas Reyes banning council-funded travel to Dunmore.',
    ]);
    const statements = result.facts.map((f) => f.statement);
    expect(statements.some((s) => s.endsWith('several controversial.'))).toBe(false);
    expect(statements.some((s) => s.includes('banning council-funded travel'))).toBe(false);
  });

  it('never cuts at a "but" that joins two describing words', () => {
    const result = analyse([
      'Mayor Tomas Reyes used a former governor as an intermediary to see if Councillor Ada Brenner would drop out of the race for the ferry seat if offered a senior, but unpaid, seat on the harbour board, the council said on Friday.',
    ]);
    const statements = result.facts.map((f) => f.statement);
    expect(statements.some((s) => s.endsWith('a senior.'))).toBe(false);
  });

  it('never states a subordinate clause with no main clause, nor a sentence about "all three men"', () => {
    const result = analyse([
      'While Sen. Ada Brenner (D-Ore.), in an interview with the Harbour Ledger, called the possible nomination of the mayor “shocking.”',
      'All three men are under consideration for the ferry board post, the harbour officials said on Monday in Dunmore.',
      'Although the council voted for the levy, Mayor Tomas Reyes refused to sign it on Monday in Dunmore.',
    ]);
    expect(result.facts.map((f) => f.statement)).toEqual([
      'Although the council voted for the levy, Mayor Tomas Reyes refused to sign it on Monday in Dunmore.',
    ]);
  });

  it('never cuts a long sentence before a "but" with no subject of its own, nor inside a dash aside', () => {
    const result = analyse([
      'KORVIN — The harbour board met on Monday.',
      'Ilse Brandt was headed to the council chamber on May 3 to vote on the 2025 harbour levy after a long and bitter fight over the ferry rates and the tolls — but turned back at the door and went home to her flat in Tarsa instead.',
      'Two of Brandt’s former aides on the harbour board of the city of Korvin, in Tarsa — Ada Brenner, named by the mayor in 2019, and Tomas Reyes, named by the council — praised her grasp of the budget in long meetings.',
      'The council raised the ferry fare to 4 euros on Monday after a long and bitter fight over the harbour levy and the rates for trucks, but the board of the port said it would appeal the decision in the courts of Lestria.',
    ]);
    expect(result.facts.map((f) => f.statement)).toEqual([
      'The council raised the ferry fare to 4 euros on Monday after a long and bitter fight over the harbour levy and the rates for trucks.',
    ]);
  });

  it('never lets the first item of a list after a colon stand for the list, and keeps a clause after one', () => {
    const facts = analyse([
      'The harbour board met on Monday in Tarsa to choose a new master for the port.',
      'The board interviewed four candidates on Tuesday: acting master Otto Hallam; Ada Brenner, a former pilot who ran the Korvin docks for nine years before moving to the ferry service in Tarsa; and Tomas Reyes, who has served on the board since 2014 and led its audit of the harbour fund last spring.',
      'The audit had one clear result: the fund lost 40,000 krona in 2023, most of it on repairs.',
    ]).facts.map((fact) => fact.statement);
    expect(facts.join(' ')).not.toContain('candidates on Tuesday: acting master Otto Hallam.');
    expect(facts).toContain('The board interviewed four candidates on Tuesday.');
  });
});
