import { describe, expect, it } from 'vitest';
import { findNumberFacts } from '../../../src/analysis/offline/numbers.ts';
import { buildTextModel } from '../../../src/analysis/offline/sentences.ts';
import { analyse } from './article.ts';

/** The figures the engine reads, with what they count: the values key facts and comparisons are built on. */
function figures(paragraphs: string[]) {
  return findNumberFacts(buildTextModel(paragraphs.join('\n\n'), null)).map((f) => ({
    statement: f.statement,
    value: f.value,
  }));
}

describe('offline number facts', () => {
  it('pairs a figure with what it counts, and the event when one follows', () => {
    expect(figures(['Militants killed 1,400 Israelis in the attack, officials said.'])).toEqual([
      { statement: '1,400 Israelis', value: '1400' },
    ]);
    expect(figures(['Seven workers were killed and 23 injured when fire tore through the plant.'])).toEqual([
      { statement: '7 workers killed', value: '7' },
      { statement: '23 injured', value: '23' },
    ]);
  });

  it('reads a month only when its whole name or abbreviation follows, and counts the noun after an adjective', () => {
    expect(
      figures([
        'The plan lays out 12 separate actions for the port.',
        'Sales declined 5 percent after four decades of growth, and 10 mayors wrote to the board.',
        'The ferry sailed on 9 March and again on 4 Sept. this year.',
      ]),
    ).toEqual([
      { statement: '12 separate actions', value: '12' },
      { statement: 'Sales declined 5%', value: '5' },
      { statement: '10 mayors', value: '10' },
      { statement: '4 decades', value: '4' },
    ]);
  });

  it('keeps qualifiers and normalises written numbers', () => {
    expect(
      figures(['Twenty-three hostages were freed in a war that has killed more than 9,000 people.']),
    ).toEqual([
      { statement: '23 hostages freed', value: '23' },
      { statement: 'more than 9,000 people', value: '9000' },
    ]);
  });

  it('reads percentages with what they measure, and vote splits', () => {
    expect(figures(['The krona fell 0.6% against the euro. The committee voted 5-2 for the cut.'])).toEqual([
      { statement: 'The krona fell 0.6%', value: '0.6' },
      { statement: 'vote 5-2', value: '5-2' },
    ]);
  });

  it('skips years, dates, times, ages and figures inside quotes', () => {
    expect(
      figures([
        'Mira Dov, 19, was freed at 2 a.m. on March 9 after being seized in 2024.',
        '“We counted 40 trucks,” she said.',
      ]),
    ).toEqual([]);
  });

  it('skips numbers that count nothing: references back, ranks, names, fractions, descriptions, 9/11', () => {
    expect(
      figures([
        'Officials said the two men met on the pier at noon.',
        'Ossian Vale kept the No. 2 job of deputy harbourmaster in Brennock.',
        'Delegates from the Group of Seven gathered in Tarsa for the summit.',
        'The plan won two-thirds of the council vote in Korvin.',
        'Mr. Vale, a retired four-star admiral, was not consulted.',
        'The post-9/11 rebuilding of the quay took years to finish.',
      ]),
    ).toEqual([]);
  });
});

describe('offline key facts about figures', () => {
  it('states each figure in a complete sentence of the source, its evidence an exact slice', () => {
    const text =
      'The deal, brokered over six weeks by mediators, provides for the release of 310 prisoners from Lestrian jails.';
    const fact = analyse([text]).facts.find((f) => f.value === '310');
    expect(fact?.statement).toBe(text);
    expect(fact?.evidence).toBe(text);
  });

  it('gives a sentence with several figures one fact, not one per figure', () => {
    const facts = analyse([
      'Seven workers were killed and 23 injured when fire tore through the Brennock plant on Monday.',
    ]).facts.filter((f) => f.kind === 'number');
    expect(facts.map((f) => f.value)).toEqual(['7']);
  });

  it('cuts a long sentence at a clause break after the figure, never inside a number or a word', () => {
    const text =
      'Health officials in Korvin said at least 7,326 residents and 1,400 visitors were treated for smoke inhalation over the weekend, ' +
      'which made it the busiest period the regional hospital had recorded since it opened its new emergency wing in the spring.';
    const fact = analyse([text]).facts.find((f) => f.kind === 'number');
    expect(fact?.evidence).toBe(
      'Health officials in Korvin said at least 7,326 residents and 1,400 visitors were treated for smoke inhalation over the weekend',
    );
    expect(fact?.statement).toBe(`${fact?.evidence}.`);
  });
});

describe('figure evidence', () => {
  it('never cuts a clause at the comma inside a number', () => {
    const model = buildTextModel(
      'The toll, which officials in Korvin revised twice overnight, now stands at 7,326 residents and 1,400 visitors, the ministry said on Sunday.',
      null,
    );
    for (const fact of findNumberFacts(model)) expect(fact.evidence).not.toMatch(/\d,?$|\b\d{1,3},$/);
    expect(findNumberFacts(model).map((f) => f.evidence)).toContain(
      'now stands at 7,326 residents and 1,400 visitors',
    );
  });
});
