// Lines editors marked wrong on real sheets in session 44, each rebuilt from invented text. Every text here is
// written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('lines editors marked wrong (session 44)', () => {
  it('gives "he claimed" to the main clause’s subject past "Soon after the killing of Father …"', () => {
    const result = analyse([
      'Dale Corbin spoke in Varna on Monday.',
      'Soon after the brutal killing of Father Tomas Berg in Lyon, Corbin asserted that Lestria had lost its way: “Lestria is no longer Lestria,” he claimed.',
      'Not long after the death of Father Piet Lind, Ana Ruiz wrote to the bishop: “We grieve with you,” she said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Lestria is no longer Lestria, → Dale Corbin',
      'We grieve with you, → Ana Ruiz',
    ]);
  });

  it('gives a participle to the subject that opens the sentence, not to the object after a plain verb', () => {
    const result = analyse([
      'Tomas Reyes has gained in the polls.',
      'Party leaders see Reyes as a threat, arguing that his attacks have hurt the nominee.',
    ]);
    expect(indirectQuotes(result)).toEqual(['his attacks have hurt the nominee → Party leaders']);
  });

  it('ends a report before the reporter’s aside after a hyphen typed as a dash', () => {
    const result = analyse([
      'The clerk told agents that he had not made the changes the mayor requested - though he told differing accounts of the night.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he had not made the changes the mayor requested → the clerk']);
  });

  it('credits a finding to the poll a body ran, not to the body', () => {
    const result = analyse([
      'According to an online University of Lestria/Varna Courier poll out Thursday, the senator and the mogul each have 27 percent.',
      'The mayor leads by nine points, according to a Varna Courier poll.',
      'The port lost money in May, according to the Bureau of Harbour Statistics.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the senator and the mogul each have 27 percent → an online University of Lestria/Varna Courier poll',
      'The mayor leads by nine points → a Varna Courier poll',
      'The port lost money in May → Bureau of Harbour Statistics',
    ]);
  });

  it('keeps the abbreviation’s dot inside a role: "the father of a fallen U.S. sailor"', () => {
    const result = analyse([
      'Tomas Reyes, the father of a fallen U.S. sailor, spoke at the convention.',
      'Reyes said the war had cost “everything we had.”',
    ]);
    expect(result.quotes.map((quote) => quote.role)).toContain('father of a fallen U.S. sailor');
  });

  it('shows no source’s report where the outlet cites records for its own reporting', () => {
    const result = analyse([
      'As this reporter revealed, Tomas Reyes is not even a member of the board he leads, according to county documents.',
      'Ana Ruiz is not a member of the board she leads, according to county documents.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Ana Ruiz is not a member of the board she leads → county documents',
    ]);
  });
});
