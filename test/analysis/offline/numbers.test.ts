import { describe, expect, it } from 'vitest';
import { analyse } from './article.ts';

function numberFacts(paragraphs: string[]) {
  return analyse(paragraphs)
    .facts.filter((f) => f.kind === 'number')
    .map((f) => ({ statement: f.statement, value: f.value }));
}

describe('offline number facts', () => {
  it('pairs a figure with what it counts, and the event when one follows', () => {
    expect(numberFacts(['Militants killed 1,400 Israelis in the attack, officials said.'])).toEqual([
      { statement: '1,400 Israelis', value: '1400' },
    ]);
    expect(
      numberFacts(['Seven workers were killed and 23 injured when fire tore through the plant.']),
    ).toEqual([
      { statement: '7 workers killed', value: '7' },
      { statement: '23 injured', value: '23' },
    ]);
  });

  it('keeps qualifiers and normalises written numbers', () => {
    expect(
      numberFacts(['Twenty-three hostages were freed in a war that has killed more than 9,000 people.']),
    ).toEqual([
      { statement: '23 hostages freed', value: '23' },
      { statement: 'more than 9,000 people', value: '9000' },
    ]);
  });

  it('reads percentages with what they measure, and vote splits', () => {
    expect(
      numberFacts(['The krona fell 0.6% against the euro. The committee voted 5-2 for the cut.']),
    ).toEqual([
      { statement: 'The krona fell 0.6%', value: '0.6' },
      { statement: 'vote 5-2', value: '5-2' },
    ]);
  });

  it('skips years, dates, times, ages and figures inside quotes', () => {
    expect(
      numberFacts([
        'Mira Dov, 19, was freed at 2 a.m. on March 9 after being seized in 2024.',
        '“We counted 40 trucks,” she said.',
      ]),
    ).toEqual([]);
  });

  it('gives evidence that is an exact clause of the text', () => {
    const text =
      'The deal, brokered over six weeks by mediators, provides for the release of 310 prisoners from Lestrian jails.';
    const fact = analyse([text]).facts.find((f) => f.value === '310');
    expect(fact?.evidence).toBe('provides for the release of 310 prisoners from Lestrian jails.');
    expect(text.includes(fact?.evidence ?? '∅')).toBe(true);
  });
});
