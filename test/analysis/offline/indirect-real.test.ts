// Reported speech as real outlets write it (text written for the test).
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('offline reported speech on real layouts', () => {
  it('hears groups and plurals of roles: "experts say", "lawmakers said"', () => {
    const result = analyse([
      'Though the figures are hard to check, experts say the harbour levy would barely cover the dredging.',
      'Lawmakers said the bridge tolls had been set too low for a decade.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the harbour levy would barely cover the dredging → experts',
      'the bridge tolls had been set too low for a decade → Lawmakers',
    ]);
  });

  it('ends the report where a concession starts: "…, though she admitted …" is a report of its own', () => {
    const result = analyse([
      'Councillor Ada Brenner said the ferry would run all winter, though she admitted the budget was tight.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry would run all winter → Ada Brenner',
      'the budget was tight → Ada Brenner',
    ]);
  });

  it('reads a source named at length after "according to"', () => {
    const result = analyse([
      'Tailored training can cut the risk sharply, according to Mara Quist, head of the Dunmore clinic, and other doctors.',
    ]);
    expect(indirectQuotes(result)).toEqual(['Tailored training can cut the risk sharply → Mara Quist']);
  });

  it('never reports a noun phrase or words in double apostrophes as a paraphrase', () => {
    const result = analyse([
      'Mayor Tomas Reyes announced the closures during a Friday press conference.',
      "Mayor Tomas Reyes said ''the port is not for sale,'' and left.",
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('narration is never shown as reported speech', () => {
  it('drops what follows a verb of saying when it is narration, keeps what follows "adding that"', () => {
    const result = analyse([
      'Councillor Ada Brenner said, interrupting reporters at the press conference.',
      'Mayor Tomas Reyes said the port would reopen, adding that the results would be made public.',
      '“We lost the river towns,” aides said Mr. Reyes told his colleagues before the vote.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port would reopen → Tomas Reyes',
      'the results would be made public → Tomas Reyes',
    ]);
  });
});

describe('the circumstances of a quote are not a report', () => {
  it('drops what follows “…,” X said in …, and keeps “…,” X said, adding that …', () => {
    const result = analyse([
      '“I am honoured,” Councillor Ada Brenner said at a second, evening briefing the mayor led.',
      '“We will reopen,” Mayor Tomas Reyes said, adding that the results would be made public.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the results would be made public → Tomas Reyes']);
  });
});

describe('"they said"', () => {
  it('names the group the sentence before named, and no one after two people', () => {
    const result = analyse([
      'Harbour councillors met the unions on Monday. The port has lost money for a decade, they said.',
      'Mayor Tomas Reyes and Councillor Ada Brenner toured the pier. The dredging must wait, they said.',
    ]);
    expect(indirectQuotes(result)).toEqual(['The port has lost money for a decade → Harbour councillors']);
  });
});
