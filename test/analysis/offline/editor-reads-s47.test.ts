// Wrong speakers and cut roles found on real sheets or named in earlier notes (session 47), each rebuilt from
// invented text. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

function speakersAndRoles(paragraphs: string[]): string[] {
  return analyse(paragraphs).quotes.map((quote) => `${quote.speaker} | ${quote.role}`);
}

describe('a town and its state before an office holder (session 47)', () => {
  it('credits the office holder, not the town, whose word is also a given name', () => {
    expect(
      speakersAndRoles(['“We have never seen water like this,” said Charlotte, N.C., Mayor Ana Ruiz.']),
    ).toEqual(['Ana Ruiz | Charlotte, N.C., Mayor']);
    expect(
      speakersAndRoles(['“The river is still rising,” said Carmel, Indiana, Police Chief Dale Marsh.']),
    ).toEqual(['Dale Marsh | Carmel, Indiana, Police Chief']);
    expect(speakersAndRoles(['“It came in an hour,” said Charlotte, N.C. Mayor Ana Ruiz.'])).toEqual([
      'Ana Ruiz | Charlotte, N.C. Mayor',
    ]);
  });

  it('keeps a town after a preposition out of the role, and a person named Charlotte a person', () => {
    expect(
      speakersAndRoles([
        'In Marion, Iowa, Pastor Joel Brandt plans to recruit volunteers. “We have the people,” Mr. Brandt said.',
      ]),
    ).toEqual(['Joel Brandt | Pastor']);
    expect(directQuotes(analyse(['“We are ready,” said Charlotte, a nurse from the ward.']))).toEqual([
      'We are ready, → Charlotte',
    ]);
  });
});

describe('a university and its campus (session 47)', () => {
  it('keeps the campus in the role', () => {
    expect(
      speakersAndRoles([
        '“It will not add up,” said Paul Oden, an economist at the University of California, Davis.',
      ]),
    ).toEqual(['Paul Oden | economist at the University of California, Davis']);
    expect(
      speakersAndRoles([
        '“It will not add up,” said Paul Oden, a professor at Coastal State University, Long Bay.',
      ]),
    ).toEqual(['Paul Oden | professor at Coastal State University, Long Bay']);
  });

  it('never takes the campus for the speaker of a report', () => {
    expect(
      indirectQuotes(
        analyse([
          'Ines Marr and Paul Oden of the University of California, Davis argue that the tax was a mistake.',
        ]),
      ),
    ).toEqual(['the tax was a mistake → Ines Marr and Paul Oden']);
    expect(
      indirectQuotes(
        analyse(['Paul Oden of the University of California, Davis, said the plan would not add up.']),
      ),
    ).toEqual(['the plan would not add up → Paul Oden']);
  });

  it('does not run a role on into a person named after the comma', () => {
    expect(
      speakersAndRoles([
        '“It will not add up,” said Paul Oden, a professor at Lakeside University, Anna Berg and others.',
      ])[0],
    ).toBe('Paul Oden | professor at Lakeside University');
  });
});
