// Where a report stops and starts when the reporter's words surround it: a main clause after "While …", a
// comparison after "as did", a long phrase of time or place before its "that", a relative clause that only
// looks like one; and whose a participle after a "who" clause is.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('report bounds', () => {
  it('ends a report inside "While X claims …," where the main clause starts, however long its subject', () => {
    const result = analyse([
      'While the Pilots Guild claims its stand on the toll is firm, skippers outside the guild noticed a change.',
    ]);
    expect(indirectQuotes(result)).toEqual(['its stand on the toll is firm → Pilots Guild']);
  });

  it('reads past "Although …," to a report in the main clause, to its end', () => {
    const result = analyse([
      'Although Ortiz leads the count, Tomas Reyes has argued that early backing for Ortiz among party elders, the chairs and elected members who vote at the convention, settled the race.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'early backing for Ortiz among party elders, the chairs and elected members who vote at the convention, settled the race → Tomas Reyes',
    ]);
  });

  it('ends a report before the reporter\'s "as did X", but not at an aside before the "that"', () => {
    const result = analyse([
      'Tomas Reyes said he kept a private mail account at the harbour office, as did Ada Brenner when she ran the port.',
      'Several harbour pilots cautioned, as did the guild itself, that ferry fares could rise again after the vote.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he kept a private mail account at the harbour office → Tomas Reyes',
      'ferry fares could rise again after the vote → several harbour pilots',
    ]);
  });

  it('reads past a long phrase of time and place to its ", that", and past "one of several"', () => {
    const result = analyse([
      'Tomas Reyes argued on Thursday during the recording of a KTV harbour forum in Tarsa, Korvin, that the port is wrong to ban trawling.',
      'Ada Brenner wrote in one of several late posts that the barge held fuel when it hit the pier.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port is wrong to ban trawling → Tomas Reyes',
      'the barge held fuel when it hit the pier → Ada Brenner',
    ]);
  });

  it('finds no report in "testified after the release of a report that described …"', () => {
    const result = analyse([
      'Tomas Reyes lost his post last week.',
      'He testified in May after the publication of an audit memo that described his messages.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('finds no report after a "that" that is a determiner, but one after "said that" and a clause', () => {
    const result = analyse([
      'Tomas Reyes reiterated that approach in his radio interview on Monday.',
      'Otto Vance said that approval for the pier would come in June.',
    ]);
    expect(indirectQuotes(result)).toEqual(['approval for the pier would come in June → Otto Vance']);
  });

  it('starts the report at a name and its verb after a phrase of time, and at none after "why"', () => {
    const result = analyse([
      'Mayor Ilse Varga opened a ferry terminal on Friday.',
      'The Coastal Ledger reported in March 2019 Varga turned down a seat on the harbour board.',
      'The Ledger reported last spring Ilse Varga sold her boat.',
      'Her aide explained to the Ledger why Varga was chosen over the others.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Varga turned down a seat on the harbour board → Coastal Ledger',
      'Ilse Varga sold her boat → Coastal Ledger',
    ]);
  });

  it('gives a participle after a "who" clause on the object to no one, and after one on the subject to it', () => {
    const result = analyse([
      'Mayor Tomas Reyes sailed to Tarsa for a closed meeting with crews who oppose the plan, saying it costs the port dearly.',
      'Harbour chiefs who have long fought the toll have warmed to a joint fund, warning that the port could lose its ferries.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the port could lose its ferries → Harbour chiefs']);
  });

  it('ends a report in an opening "When …" clause at its comma, however short, and the outlet\'s "part of …" gloss', () => {
    const result = analyse([
      'When Mr. Tomas Ortiz said he had, Ms. Ada Reyes held up the ferry logs.',
      'The ministry said it was sending more than 900 sailors to the coast, part of a run of orders Ms. Reyes has signed this autumn.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'it was sending more than 900 sailors to the coast → the ministry',
    ]);
  });

  it('gives a bare "who said" after a body to the person the phrase describes, up to the main verb', () => {
    const result = analyse([
      'Tomas Reyes, a lawyer at the Kessel Institute’s Center for Harbour Law who said the toll rule has been misread, spoke first.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the toll rule has been misread → Tomas Reyes']);
  });

  it('ends a report before what the speaker did next, or while speaking, and before the outlet\'s "which" in the past', () => {
    const result = analyse([
      'The Harbour Board said Mr. Vance and his site had not broken its rules, later suspended the two accounts and then restored one.',
      'Tomas Reyes said the toll would stay, as he toured the harbour towns by boat.',
      'Ada Brenner said the toll would rise in May, which angered the pilots at the port.',
      'Ilse Varga said the port is safe, as she said at the outset.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Mr. Vance and his site had not broken its rules → Harbour Board',
      'the toll would stay → Tomas Reyes',
      'the toll would rise in May → Ada Brenner',
      'the port is safe, as she said at the outset → Ilse Varga',
    ]);
  });

  it('reads two names joined by "and" before a verb as one subject, not a new clause', () => {
    const result = analyse([
      'Attorney General Tomas Reyes said the challenge from Kessel and Lestria was without merit.',
      'Ada Brenner said that even when the fund runs dry, both Harbour Rail and Kessel Ferries would still have some income.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the challenge from Kessel and Lestria was without merit → Tomas Reyes',
      'even when the fund runs dry, both Harbour Rail and Kessel Ferries would still have some income → Ada Brenner',
    ]);
  });

  it('finds no report in a noun phrase whose only verb is its relative clause\'s, or before "said just that"', () => {
    const result = analyse([
      'The minister sat in a corner booth as pilots explained the faults that need to be fixed.',
      'In a reply soon after the memos came out on Monday, Tomas Reyes, spokesman for the mayor, said just that.',
      'Ada Brenner said the faults that she found were serious.',
      'Ilse Varga said the repair met that standard.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the faults that she found were serious → Ada Brenner',
      'the repair met that standard → Ilse Varga',
    ]);
  });

  it('ends a report before the reporter’s "where" about its place, "but as …" and the speaker’s next report', () => {
    const result = analyse([
      'Governor Ada Brenner said she would ban state travel to Kessel, where a new law could let shops turn away fishermen.',
      'Council members said they will accept the audit, but as Ms. Brenner’s speech showed they are set on a fight.',
      'Mayor Tomas Reyes said his order would be challenged before a judge and even predicted a hard road for his side.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she would ban state travel to Kessel → Ada Brenner',
      'they will accept the audit → Council members',
      'his order would be challenged before a judge → Tomas Reyes',
    ]);
  });

  it('ends a report in an opening "By the time …" or "While …" clause where the main clause starts', () => {
    const result = analyse([
      'By the time Reyes said on Monday that the council would soon vote to end the strike, his support had turned.',
      'While Mayor Ada Brenner said the pier would close by 2014, ferry crews remain there in a training role.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the council would soon vote to end the strike → Reyes',
      'the pier would close by 2014 → Ada Brenner',
    ]);
  });

  it('starts a report after a date with an abbreviated month, and gives an outlet’s "reported that" its own report, its sourcing cut', () => {
    const result = analyse([
      'Tomas Reyes told the council on Nov. 3, 2015, only hours before the vote, that the port had found new papers.',
      'The Ledger reported that Reyes will skip the race, according to two aides close to him.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port had found new papers → Tomas Reyes',
      'Reyes will skip the race → Ledger',
    ]);
  });

  it('ends a report before the reporter’s participle after its credit, not before a gerund that goes on with it', () => {
    const result = analyse([
      'The harbour board will call Tomas Reyes, the board’s senior member said on Wednesday, deepening his troubles with the council.',
      'Trade at the stall was brisk, Ada Brenner said, wiping salt off her hands.',
      'Though that move was fairly smooth, Otto Vance said, replacing the warden would be much harder.',
    ]);
    const reports = indirectQuotes(result);
    expect(reports.slice(0, 2)).toEqual([
      'The harbour board will call Tomas Reyes → the board’s senior member',
      'Trade at the stall was brisk → Ada Brenner',
    ]);
    expect(reports[2]).toMatch(/replacing the warden would be much harder → Otto Vance$/);
  });

  it('reads the subject a second verb shares past an object, and starts after "afterward that"', () => {
    const result = analyse([
      'Tomas Reyes met Ada Brenner on Monday and said afterward that he will back her in the race.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he will back her in the race → Tomas Reyes']);
  });
});
