// Who speaks when a speaker phrase holds another name: a client, a body an unnamed source is close to, the place
// of an office, a person asked to agree, a person who leads "and other backers", a "Jr." inside a list of
// names; a show's name after "program" that is no one's words; the owner of a group one of whose members
// speaks; the object of a participle in the subject; and the body a chapter belongs to.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('speaker phrases holding another name', () => {
  it('keeps "lawyers for both X and Y" as the lawyers, not the clients named last', () => {
    const result = analyse([
      'Prosecutors and lawyers for both Tomas Reyes and Ada Reyes said they were willing to go ahead.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they were willing to go ahead → Prosecutors and lawyers for both Tomas Reyes and Ada Reyes',
    ]);
  });

  it('keeps "a source within" a named body as the source, not the body', () => {
    const result = analyse([
      'A source within the Harbour Pilots Committee told the Ledger that the board had already told Reyes to quit.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the board had already told Reyes to quit → a source within the Harbour Pilots Committee',
    ]);
  });

  it('reads "the Governor of Kessel" as the office, not the place after its "of"', () => {
    const result = analyse([
      'The Governor of Kessel said the ferry would run again in May.',
      'The Speaker of the Assembly said the vote would wait.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry would run again in May → the Governor of Kessel',
      'the vote would wait → the Speaker of the Assembly',
    ]);
  });

  it('reads "the chairman of the Joint Board" as the chairman, not the board', () => {
    const result = analyse([
      'After the chairman of the Joint Board of Pilots confirmed he knew about the memo, the council asked for a review.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he knew about the memo → the chairman of the Joint Board of Pilots',
    ]);
  });

  it('gives a word quoted in what someone is asked to agree to to the one who asked', () => {
    const result = analyse(['Tomas Ortiz asked that Ada Brenner agree to a “recorded” interview.']);
    expect(directQuotes(result)).toEqual(['recorded → Tomas Ortiz']);
  });

  it('never takes the name of a show after "program" for words said, even with a comma inside the marks', () => {
    const result = analyse([
      '“It is wrong. It is harmful,” Mr. Tomas Gibbs said on the KTV News program “This Week,” adding that the race had turned “nasty.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'It is wrong. It is harmful, → Tomas Gibbs',
      'nasty. → Tomas Gibbs',
    ]);
  });
});

describe('a group described by what side or place it is on', () => {
  it('keeps the group before "on" and "in both", and a partisan plural as people', () => {
    const result = analyse([
      'Critics on the left say the levy is a trap for renters.',
      'Officials in both states said the bridge would reopen.',
      'Partisans on both sides insist that the accord will fail.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy is a trap for renters → Critics on the left',
      'the bridge would reopen → Officials in both states',
      'the accord will fail → Partisans on both sides',
    ]);
  });

  it('leaves out the verb of an infinitive before the group', () => {
    const result = analyse([
      'The change is likely to soothe nervous farmers on the coast, who have argued that the levy hurts them.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the levy hurts them → nervous farmers on the coast']);
  });

  it('never credits a person named inside a relative clause of the apposition', () => {
    const result = analyse([
      'Tomas Brandt praised the plan before he left. “It will work,” he said.',
      'Ada Kiel, a surgeon who advised Brandt on the hospital plan, said the wards were full “every night since the spring.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'It will work, → Tomas Brandt',
      'every night since the spring. → Ada Kiel',
    ]);
  });

  it('credits the person who leads "and other backers", and keeps a "Jr." inside a list of those named', () => {
    const result = analyse([
      'Mayor Tova Brinn and other backers said the levy was modest.',
      'In the new filing, regulators and lawyers for both Marcus Delane Jr. and Priya Delane said they were ready to go on.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy was modest → Tova Brinn',
      'they were ready to go on → lawyers for both Marcus Delane Jr. and Priya Delane',
    ]);
  });

  it('never gives "One of X’s aides" to X when the clause opens the sentence', () => {
    const result = analyse([
      'Senator Jim Roe spoke first.',
      'One of Roe’s former aides, Pat Kessler, lives in the district and wrote in a letter that the plan was “a slow disaster.”',
      'One of Roe’s old friends moved away and wrote that the levy was “pure theft.”',
    ]);
    expect(directQuotes(result)).toEqual(['a slow disaster. → Pat Kessler']);
  });

  it('never gives the words to the name a participle in the subject takes as its object', () => {
    const result = analyse([
      'Mayor Jim Roe spoke at length on Monday.',
      'Critics blasting Roe said the ferry plan would fail within a year.',
      'Rep. Sander Kiel, a delegate supporting Roe, said he had spoken with many fellow delegates.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry plan would fail within a year → Critics blasting Roe',
      'he had spoken with many fellow delegates → Sander Kiel',
    ]);
  });

  it('gives a chapter’s words to the chapter, not to the national body it belongs to', () => {
    const result = analyse([
      '“Tell the council we stand with the crews,” posted the Varna chapter of Harbour Rising, a leader in the ferry campaign.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Tell the council we stand with the crews, → the Varna chapter of Harbour Rising',
    ]);
  });
});
