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

describe('lines editors marked wrong in round 18 (session 47)', () => {
  it('keeps a related story’s headline, in title case and ending with a dot, out of the summary', () => {
    const result = analyse([
      'Mayor Ana Ruiz defended her plan to widen the harbour on Monday, saying the port would grow.',
      'Her rival, Dale Vance, said the plan would cost too much.',
      '"Related:"',
      'Vance Put On The Defensive Over His Own Port Plan.',
      'The Faces of the Harbour Strike, in Pictures.',
    ]);
    expect(result.summary).not.toMatch(/Defensive|Faces/);
  });

  it('still reads a title-case first line for its names, and prose with capitalised names as prose', () => {
    const result = analyse([
      'Ana Ruiz Says The Harbour Plan Is Dead.',
      '“We are done with it,” Ruiz said on Monday.',
      'Dale Vance and the Harbour Board of Korvin backed the plan in a vote last year.',
    ]);
    expect(directQuotes(result)).toEqual(['We are done with it, → Ana Ruiz']);
    expect(result.summary).toMatch(/Harbour Board of Korvin/);
  });

  it('gives no one the words a sentence names as someone else’s remarks', () => {
    expect(
      directQuotes(
        analyse([
          'State Sen. Lee Dorn, another early supporter, suggested that Vance was vulnerable on the “free ferries for all” quotes.',
        ]),
      ),
    ).toEqual([]);
    expect(
      directQuotes(
        analyse([
          'Mr. Dorn said over the weekend that the port was “a lost cause,” comments that drew wide criticism.',
        ]),
      ),
    ).toEqual(['a lost cause, → Dorn']);
  });
});
