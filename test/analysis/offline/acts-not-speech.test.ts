// Verbs of saying that also name an act: "announced the charges", "agreed on Friday to reopen the port". What
// follows is what was done, not what was said, and is no report. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('acts, not speech', () => {
  it('reads no report in an announced thing, and one in an announced clause', () => {
    const result = analyse([
      'Deputy Mayor Ilse Varga announced the indictments at a Monday briefing.',
      'Ada Brenner, who has all but formally announced her bid for the council seat, spoke on Monday.',
      'The harbour board announced it added 900 jobs in July.',
      'The ministry announced the ferry had been sold.',
      'The campaign announced new support from dockers who have lost work to the strike.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'it added 900 jobs in July → the harbour board',
      'the ferry had been sold → the ministry',
    ]);
  });

  it('reads no report after "agreed on Friday to"', () => {
    const result = analyse([
      'Mayor Reyes agreed on Friday to reopen the port for three weeks, backing down after a long standoff failed.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('reads no report in the reporter’s reading of someone ("appeared to suggest") or in what a pledge promises', () => {
    const result = analyse([
      'Ada Brenner appeared to suggest that as mayor she might reopen the pier.',
      'Reyes once put his name to a pledge sponsored by the Harbour League promising to back a new levy on tankers.',
      'Otto Vance continues to insist the pier is safe.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the pier is safe → Otto Vance']);
  });

  it('reads no report in an object joined by "and" to another deed of the subject', () => {
    const result = analyse([
      'Walter Pike advised the mayor for years before she ran for governor.',
      'He quit her campaign in March 2012, yet maintained close ties with and openly backed it all through the 2014 race.',
      'Ada Ruiz was poised to win, but the council denied her group the win and jailed her.',
      'Officials warned that rain and unsettled skies might linger into Friday.',
      'While Tomas Ortega maintains the title harbour master and travels with the mayor, his deputy runs the docks.',
      'Ilse Brandt fired at an intruder in May, but claimed self-defence and was cleared of wrongdoing.',
      'Dock officials said wages and costs rose in March.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'rain and unsettled skies might linger into Friday → Officials',
      'wages and costs rose in March → Dock officials',
    ]);
  });

  it('reads no report after a thing written ("wrote a dissent, …"), and one after a letter saying or a reader told', () => {
    const result = analyse([
      'Justice Ada Marsh wrote a sharp dissent, grounded in the fears of the tenants’ union, in a case on evictions.',
      'The ferry owner wrote a $9,000 cheque to a fund backing Tomas Reyes, a councillor seeking a second term.',
      'Mayor Ilse Varga wrote a letter to the board saying the pier would close in May.',
      'Dock chief Otto Vance wrote a friend that he feared for the harbour.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the pier would close in May → Ilse Varga',
      'he feared for the harbour → Otto Vance',
    ]);
  });
});
