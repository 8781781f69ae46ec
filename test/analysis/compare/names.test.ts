import { describe, expect, it } from 'vitest';
import { findNameForms } from '../../../src/analysis/compare/name-forms.ts';
import { findNameVariants } from '../../../src/analysis/compare/name-variants.ts';
import { makeSources } from './sources.ts';

const texts = (...text: string[]) => makeSources(...text.map((t) => ({ text: t })));

describe('name spelling variants', () => {
  it('ignores the apostrophe glyph and clause openers', () => {
    const sources = texts(
      'But Petra Halvorsen’s plan failed in Vellmar County.',
      "But Petra Halvorsen's plan failed in Vellmar County.",
    );
    expect(findNameVariants(sources)).toEqual([]);
  });

  it('matches a short form against a full name on the surname', () => {
    const sources = texts(
      'The talks were led by Abu Tarik in the morning.',
      'The talks were led by Samir Hadi Abu Tariq in the morning.',
    );
    const [item] = findNameVariants(sources);
    expect(item?.versions.map((v) => v.text)).toEqual(['Abu Tarik', 'Samir Hadi Abu Tariq']);
  });

  it('flags two letters swapped in a surname as a spelling, and two different surnames as none', () => {
    const swapped = texts(
      'Party chairman Otto Riebold spoke first.',
      'Party chairman Otto Reibold spoke first.',
    );
    expect(findNameVariants(swapped)).toMatchObject([
      { topic: 'Spelling of Otto Riebold', severity: 'medium' },
    ]);
    const different = texts(
      'Party chairman Otto Riebold spoke first.',
      'Party chairman Otto Brandt spoke first.',
    );
    expect(findNameVariants(different)).toEqual([]);
  });

  it('shows accents one outlet drops as house style, apart from the disagreements', () => {
    const sources = texts('Senator Raúl Ibáñez spoke in Vellmar.', 'Senator Raul Ibanez spoke in Vellmar.');
    expect(findNameVariants(sources)).toMatchObject([
      { topic: 'Accents in Raúl Ibáñez', severity: 'low', style: true },
    ]);
    const short = texts('Minister Tomas Peña Roca spoke in Vellmar.', 'Mr. Pena Roca spoke in Vellmar.');
    expect(findNameVariants(short)).toMatchObject([{ severity: 'low' }]);
  });

  it('does not take a plural or a possessive for a spelling', () => {
    expect(findNameVariants(texts('The Dorrance family met.', 'The Dorrances met Anna Dorrance.'))).toEqual(
      [],
    );
  });
});

describe('name forms', () => {
  it('gathers middle initials and nicknames into one low item', () => {
    const sources = texts(
      'Council leader Tom Brannigan spoke, and Greta Holm agreed.',
      'Council leader Thomas R. Brannigan spoke, and Greta L. Holm agreed.',
    );
    const items = findNameForms(sources);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'name', severity: 'low' });
    expect(items[0]?.versions.map((v) => v.text)).toEqual([
      'Tom Brannigan',
      'Thomas R. Brannigan',
      'Greta Holm',
      'Greta L. Holm',
    ]);
  });

  it('reads a middle name after a known given name as another form, not another given name', () => {
    const sources = texts(
      'Press secretary Sarah Okafor Brannigan spoke first.',
      'Press secretary Sarah Brannigan spoke first.',
    );
    const items = findNameForms(sources);
    expect(items).toHaveLength(1);
    expect(items[0]?.style).toBe(true);
    expect(items[0]?.versions.map((v) => v.text)).toEqual(['Sarah Okafor Brannigan', 'Sarah Brannigan']);
  });

  it('reads each person of one surname on their own when two are in the story', () => {
    const sources = texts(
      'Senator Sarah Okafor Brannigan spoke first, and her husband Paul Brannigan sat behind her.',
      'Senator Sarah Brannigan spoke first, and Paul Brannigan sat behind her.',
    );
    const items = findNameForms(sources);
    expect(items).toHaveLength(1);
    expect(items[0]?.versions.map((v) => v.text)).toEqual(['Sarah Okafor Brannigan', 'Sarah Brannigan']);
  });

  it('reads no house style from a name inside a quotation', () => {
    const sources = texts(
      '“The harbour was sold by Greta L. Holm,” a councillor said. Ms. Holm did not answer.',
      'Council leader Greta Holm sold the harbour, a councillor said.',
    );
    expect(findNameForms(sources)).toEqual([]);
  });

  it('never takes a son for his father on a suffix alone', () => {
    expect(findNameForms(texts('Aldo Brenn Jr. testified.', 'Aldo Brenn testified.'))).toEqual([]);
  });

  it('flags a different given name in the same part of the story, accents aside', () => {
    for (const surname of ['Quell', 'Quéll']) {
      const sources = texts(
        'Rep. Marta Quell won the vote for caucus vice chair, defeating fellow Ostland congresswoman Ida Penn.',
        `Representative Lena T. ${surname} of Ostland defeated another Ostland member, Ida Penn, to become caucus vice chair.`,
      );
      expect(findNameForms(sources)).toMatchObject([{ kind: 'name', severity: 'medium' }]);
    }
  });

  it('does not flag two people of one surname in different parts of the story', () => {
    const sources = texts(
      'Rep. Marta Quell opened the fair.',
      'Senator Lena Quell voted on the budget bill.',
    );
    expect(findNameForms(sources)).toEqual([]);
  });
});
