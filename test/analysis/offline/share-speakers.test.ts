// Who speaks when a poll's share of a group does: "nearly half of voters said", "32% of farmers say", "a third
// of those surveyed". The share is the speaker, whole: never the group it is taken from (a tenth of a party is
// not the party), and never a share a verb takes as its object. Also groups whose verb is progressive ("were
// saying") and bodies and roles the lexicon lacked. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a share of a group', () => {
  it('speaks as written, with its figure and its hedge', () => {
    const result = analyse([
      'Nearly half of voters said the ferry tax had gone too far.',
      '32% of farmers say the river levy is unfair.',
      'In the Ledger’s survey, more than 40 percent of dockers said the port would close.',
      'A third of those surveyed said the mayor had lost touch.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry tax had gone too far → Nearly half of voters',
      'the river levy is unfair → 32% of farmers',
      'the port would close → more than 40 percent of dockers',
      'the mayor had lost touch → a third of those surveyed',
    ]);
  });

  it('is never the named group it is a share of', () => {
    const result = analyse([
      'Only 12 percent of Harbour Party voters said “the mayor deserves a second term.”',
      'Half of the Harbour Party members said they would sit out the vote.',
    ]);
    expect(directQuotes(result)).toEqual([
      'the mayor deserves a second term. → Only 12 percent of Harbour Party voters',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they would sit out the vote → half of the Harbour Party members',
    ]);
  });

  it('speaks standing alone, the group named before it', () => {
    const result = analyse([
      'Among harbour voters, 74 percent said they would back the levy, while 22 percent said they might not.',
      'Almost half said they wanted a mayor from outside the council.',
      'About four in 10 said the ferry board had let them down.',
      'The mayor won 52 percent, aides said.',
      'On the levy, 38% say the harbour board should decide.',
      'The mayor won 52%, aides said.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they would back the levy → 74 percent',
      'they might not → 22 percent',
      'they wanted a mayor from outside the council → Almost half',
      'the ferry board had let them down → About four in 10',
      'The mayor won 52 percent → aides',
      'the harbour board should decide → 38%',
      'The mayor won 52% → aides',
    ]);
  });

  it('keeps "six in 10" before the group it counts: the share speaks, never the whole group', () => {
    const result = analyse([
      'Six in 10 Ostland harbour voters said the levy was fair, and a third said it was not.',
      'More than 4 in 10 ferry workers said the board had let them down.',
      'Nearly seven in ten nurses say the pier should stay open.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy was fair → Six in 10 Ostland harbour voters',
      'it was not → a third',
      'the board had let them down → More than 4 in 10 ferry workers',
      'the pier should stay open → Nearly seven in ten nurses',
    ]);
  });

  it('keeps a group "in ten <places>" or "in 10 of the <places>": no share there', () => {
    const result = analyse([
      'Voters in ten districts said the lines were long.',
      'Parents in 10 of the schools said classes were too big.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the lines were long → Voters in ten districts',
      'classes were too big → Parents in 10 of the schools',
    ]);
  });

  it('is no speaker as a verb’s object', () => {
    const result = analyse([
      'The flood left 62 percent of growers wanting the dike levy scrapped, saying it failed.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('groups and bodies the lexicon lacked', () => {
  it('reads a progressive "were saying", an airline and a speechwriter', () => {
    const result = analyse([
      'Dock critics were saying the ferry budget is a stunt.',
      'The pilot had flown the route for years, the airline said.',
      'The campaign speechwriter said the pledge was dead.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry budget is a stunt → Dock critics',
      'The pilot had flown the route for years → the airline',
      'the pledge was dead → the campaign speechwriter',
    ]);
  });

  it('leaves "are confirming" with an object alone', () => {
    const result = analyse(['The clerks are confirming harbour permits faster this spring.']);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('a share read after the editor’s review', () => {
  it('keeps its figure when reached back over a preposition, and its hedge', () => {
    const result = analyse([
      'Some 15 percent of dockers in the Ledger’s survey said the cranes were unsafe.',
      'As many as 30 percent of Varga’s backers said they will stay home.',
      'A growing number of guild members are suggesting the strike should end.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the cranes were unsafe → some 15 percent of dockers in the Ledger’s survey',
      'they will stay home → As many as 30 percent of Varga’s backers',
      'the strike should end → a growing number of guild members',
    ]);
  });

  it('is no speaker for the reader: "many of you"', () => {
    const result = analyse(['Many of you have noted the gap between the two ferry plans.']);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('gives a second quote in its sentence to the share with its own verb', () => {
    const result = analyse([
      'In the Ledger poll, 41 percent of dockers say the plan is “bold” and 30 percent say it is “reckless.”',
    ]);
    expect(directQuotes(result)).toEqual(['bold → 41 percent of dockers', 'reckless. → 30 percent']);
  });

  it('ends before the reporter’s comparison and before another share’s answer, which is that share’s', () => {
    const result = analyse([
      'Just 28 percent of dockers said they trusted the board, compared with 35 percent in May.',
      'Of those asked, 79 percent of growers said they were happy with the levy and 60 percent said they would pay more.',
      'On the ferries, 38% of dockers say the board failed them, 41% call the levy fair.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they trusted the board → Just 28 percent of dockers',
      'they were happy with the levy → 79 percent of growers',
      'they would pay more → 60 percent',
      'the board failed them → 38% of dockers',
    ]);
  });
});
