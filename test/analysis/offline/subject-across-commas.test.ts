// The speaker is the subject of the clause, whatever its commas hold: a role whose closing comma is missing,
// a paper in apposition to the role, a relative clause naming a firm, and a participle after an object who
// is someone else, and a clause of someone else's before "and". Each of these gave the quote to the wrong name before. Every text here is written for
// the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('the subject across commas', () => {
  it('credits the name before a role whose closing comma is missing, not the body the role names', () => {
    const result = analyse([
      'Ilse Brandt, the spokeswoman for the Lestria Ferry Company said on the quay. “No spare ferry can be sent.”',
      'Tomas Reyes, the treasurer of the Harbour Workers Union said the levy was “a tax on the poor.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'No spare ferry can be sent. → Ilse Brandt',
      'a tax on the poor. → Tomas Reyes',
    ]);
  });

  it('credits the person a description stands beside, before ", who told"', () => {
    const result = analyse([
      'He is also close to Harbour Master Ada Brenner, a former senator, who has told aides that Mr. Hallam would easily win the vote.',
    ]);
    expect(indirectQuotes(result)).toEqual(['Mr. Hallam would easily win the vote → Ada Brenner']);
  });

  it('credits the person a description stands beside past the place they are from ("X of Korvin, a …, who")', () => {
    const result = analyse([
      'The mayor’s team wants voters to compare her with former Gov. Tomas Reyes of Korvin, a leading Liberal contender, who says the ferries ran better under him.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the ferries ran better under him → Tomas Reyes']);
  });

  it('credits the subject that "and" opens after a clause of someone else’s', () => {
    const result = analyse([
      'Mayor Tomas Reyes has not named a harbour master, and two deputies, together with several pilots, have suggested that he choose one from the port’s own crews.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he choose one from the port’s own crews → two deputies']);
  });

  it('still credits the role when the reporting clause is an aside: "X, the mayor said, …"', () => {
    const result = analyse(['Ilse Brandt, the mayor said, had been “a builder, not a talker.”']);
    expect(directQuotes(result)).toEqual(['a builder, not a talker. → the mayor']);
  });

  it('credits the person, not the paper in apposition to their role', () => {
    const result = analyse([
      'Tomas Reyes, the editor of the evening paper, the Lestria Courier, said the levy was “a tax on the poor.”',
    ]);
    expect(directQuotes(result)).toEqual(['a tax on the poor. → Tomas Reyes']);
  });

  it('keeps a body that stands alone in apposition: "The ferry’s owner, Harbourlight, said"', () => {
    const result = analyse(['The ferry’s owner, Harbourlight, said the crossing was “perfectly safe.”']);
    expect(directQuotes(result)).toEqual(['perfectly safe. → Harbourlight']);
  });

  it('skips a relative clause with names of its own, but not one that ended before the subject', () => {
    const result = analyse([
      'Ada Brenner, whose latest venture, Harbourlight, builds ferries, said the mayor was a builder: “He likes to start things.”',
      'At the launch, which was filmed, Tomas Reyes, smiling, says “we won.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'He likes to start things. → Ada Brenner',
      'we won. → Tomas Reyes',
    ]);
  });

  it('gives a participle’s quote to the clause’s subject, not to the person it acted on', () => {
    const result = analyse([
      'Mrs. Brandt backed Tomas Reyes for mayor on Tuesday, calling him a man with “a steady hand” who would fix “what the harbour lacks.”',
    ]);
    expect(directQuotes(result)).toEqual(['a steady hand → Brandt', 'what the harbour lacks. → Brandt']);
  });

  it('credits a credit set off by commas inside the sentence, but not a listener or what a verb names', () => {
    const result = analyse([
      'The trouble with the levy, says Ada Brenner, a historian at the harbour museum, is that it was “never meant to last.”',
      'Tomas Reyes, who sits on the ferry board, told Radio Lestria, “We will vote against it.”',
      'Ilse Brandt, the mayor, called the fire in Kessel, a harbour town, an “act of cruelty.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'never meant to last. → Ada Brenner',
      'We will vote against it. → Tomas Reyes',
      'act of cruelty. → Ilse Brandt',
    ]);
  });

  it('credits the one who cites words, and the subject of "in what X called"', () => {
    const result = analyse([
      'On Tuesday, Gov. Ada Brenner endorsed him, citing his “long record” and his patience.',
      'Tomas Reyes saved the ferry in 1996, in what Ilse Brandt, treasurer of the harbour board, called “a small miracle.”',
    ]);
    expect(directQuotes(result)).toEqual(['long record → Ada Brenner', 'a small miracle. → Ilse Brandt']);
  });

  it('credits a question to the one who repeats it right after', () => {
    const result = analyse(['“The ferry will run every day,” Brandt said. “Every day?” Reyes repeated.']);
    expect(directQuotes(result)).toEqual(['The ferry will run every day, → Brandt', 'Every day? → Reyes']);
  });

  it('reads a name through its "Jr." and keeps the answered words with the one answered', () => {
    const result = analyse([
      'Tomas Reyes Jr. replied, “The levy is a tax.”',
      'Ilse Brandt responded to a critic’s jibe that the levy had made her “a rich woman.”',
    ]);
    expect(directQuotes(result)).toEqual(['The levy is a tax. → Tomas Reyes Jr.']);
  });

  it('credits the one whose role names another person, not that person', () => {
    const result = analyse([
      'In posts on Sunday, Mr. Reyes, a former speechwriter for Ilse Brandt, wrote: “The big question is whether the board can cope.”',
    ]);
    expect(directQuotes(result)).toEqual(['The big question is whether the board can cope. → Reyes']);
  });

  it('credits the subject of the clause a "when" or an "as" opens, not the sentence’s', () => {
    const result = analyse([
      'Some members said they feared a repeat of 1992, when Mr. Reyes, who had lost the vote, called for a “harbour war” against the banks.',
      'It was a strong night for the two, as Mrs. Brandt echoed the attack, saying the mayor “reminds us every day that he is not in it for the crews.”',
      'The first trouble came at the quay, when Reyes supporters interrupted her, shouting “she wins, we lose!”',
    ]);
    expect(directQuotes(result)).toEqual([
      'harbour war → Reyes',
      'reminds us every day that he is not in it for the crews. → Brandt',
      // The supporters, not the name that describes them (relative-doer.ts).
      'she wins, we lose! → Reyes supporters',
    ]);
  });

  it('credits the verb right before a quote over a verb after it with another meaning', () => {
    const result = analyse([
      'In 2009, under what Ms. Brenner called “the old ferry model,” the Lestria Rowing Club, a private club, charged a large fee.',
    ]);
    expect(directQuotes(result)).toEqual(['the old ferry model, → Brenner']);
  });

  it('keeps a quote with the cue before it when the credit after it opens a clause of its own', () => {
    const result = analyse([
      'But even as Reyes claimed on Tuesday that “Brandt got off for far less,” one of the lawyers for the port said the two files had little in common.',
      'After Brenner said that small ferries might do better at “quieter harbours,” Reyes said: “I do not like what she said.”',
      'Her friends have mocked the mayor, calling him “a harbour clown,” Brandt said as she turned around to leave.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Brandt got off for far less, → Reyes',
      'quieter harbours, → Brenner',
      'I do not like what she said. → Reyes',
      'a harbour clown, → Brandt',
    ]);
  });

  it('credits the speaker named after "according to" a source, a report a relative pronoun stands for, and a long credit after a question', () => {
    const result = analyse([
      'According to harbour pool reports, Reyes said “there is hope” in Kessel after the storm.',
      'The release linked to a Courier report, which notes, “More than half of the people who met her gave money.”',
      '“Who can remember how many votes I have lost?” Brandt asks as a porter walks in front of her.',
    ]);
    expect(directQuotes(result)).toEqual([
      'there is hope → Reyes',
      'More than half of the people who met her gave money. → a Courier report',
      'Who can remember how many votes I have lost? → Brandt',
    ]);
  });

  it('credits a quote to a long credit after it: a name, its place and a role between commas, then the verb', () => {
    const result = analyse([
      'The opposition bloc ignored that nuance.',
      '“Is this how the new council will govern?” Councilwoman Dana Pruitt of Eastfield, the minority whip, asked at a briefing.',
      '“We will not wait.” Tomas Reyes of Kessel, a harbour pilot, said on the quay on Monday.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Is this how the new council will govern? → Dana Pruitt',
      'We will not wait. → Tomas Reyes',
    ]);
    expect(result.summary).not.toContain('asked at a briefing');
  });

  it('reads a quote right after "told" as who was told', () => {
    const result = analyse([
      'Between June and July, Mr. Reyes told “senior harbour officials” about the plan.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('credits "calls" to a named person only, and reads "said she does not …" as a report, not a credit', () => {
    const result = analyse([
      'Tomas Reyes, a harbour historian, calls the levy “a tax on the poor.”',
      'The ferry company is fighting what it calls “the worst attack in its history.”',
      'Ilse Brandt spoke on Monday. Brenner, who doubts the mayor is “fit to serve,” said she does not believe the vote will pass.',
    ]);
    expect(directQuotes(result)).toEqual(['a tax on the poor. → Tomas Reyes']);
  });

  it('credits the asker of a passive "was asked by", reads past "Back in 1999," and never gives a participle’s quote to comments it answers', () => {
    const result = analyse([
      'Tomas Reyes met Ilse Brandt.',
      'Reyes was asked by harbour moderator Ilse Brandt whether the levy would risk “adding another burden to the port.”',
      'Back in 1999, Mr. Reyes praised the mayor’s skills, telling the Courier: “I would love to run a port that well. I never could.”',
      'Reyes’s campaign shrugged off Ilse Brandt’s comments, telling reporters, “Her backing was never sought by the crew.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'adding another burden to the port. → Ilse Brandt',
      'I would love to run a port that well. I never could. → Tomas Reyes',
      'Her backing was never sought by the crew. → Reyes’s campaign',
    ]);
  });

  it('keeps the sentence’s named subject over a later clause’s, an aside with an adverbial, and "according to" ending at its comma', () => {
    const result = analyse([
      'Ilse Brandt voted against the levy, because Tomas Reyes had proposed it, saying it was “a tax on the poor.”',
      'Tomas Reyes, the mayor said on Tuesday, is “a builder, not a talker.”',
      'According to the Lestria Courier, Ilse Brandt told Tomas Reyes that the levy was “a tax on the crews.”',
      'The mayor, blasted Ada Brenner, and called the levy “a disgrace.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'a tax on the poor. → Ilse Brandt',
      'a builder, not a talker. → the mayor',
      'a tax on the crews. → Ilse Brandt',
      'a disgrace. → the mayor',
    ]);
  });

  it('reads a participle’s subject past two opening adverbials, not the name inside the second', () => {
    const result = analyse([
      'In June, after Ilse Brandt suffered a fall on the quay, Tomas Reyes emailed her his regrets, telling her, “you are the best we have!”',
    ]);
    expect(directQuotes(result)).toEqual(['you are the best we have! → Tomas Reyes']);
  });

  it('credits the one who said "that when …", not the subject of the "when" clause', () => {
    const result = analyse([
      'Mrs. Brandt also said that when Ms. Reyes railed against the harbour board from her seat in the council, “she is speaking for all the dockers.”',
      'When Brandt noted the levy, Reyes boasted, “I cut it.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'she is speaking for all the dockers. → Brandt',
      'I cut it. → Reyes',
    ]);
  });
  it('reads a participle’s subject past an opening participle phrase, a phrase of time or a lone adverb', () => {
    const result = analyse([
      'Minutes later, Tomas Reyes thanked the pilots, telling Korvin Radio, “Ilse and I owe these crews a dinner.”',
      'Then Ilse Brandt turned on the harbour board, saying, “Will the board ever say sorry?”',
      'Standing on the quay in the rain, Ada Brenner waved to the crews, shouting, “Home by Friday!”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Ilse and I owe these crews a dinner. → Tomas Reyes',
      'Will the board ever say sorry? → Ilse Brandt',
      'Home by Friday! → Ada Brenner',
    ]);
  });
  it('reads a participle’s subject past "And then" and a longer phrase of time', () => {
    const result = analyse([
      'And then Ilse Brandt turned on the ferry board, saying, “Who will pay for the new hulls?”',
      'A few winters ago, Tomas Reyes backed the levy and said, “Every dock in Tarsa will thank us.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Who will pay for the new hulls? → Ilse Brandt',
      'Every dock in Tarsa will thank us. → Tomas Reyes',
    ]);
  });

  it('gives a verb joined inside a ", who" clause to the clause’s antecedent, not to a name the clause mentions', () => {
    const result = analyse([
      'Reyes was asked by host Ada Brenner, who backs Reyes, but has long dismissed the story about the ferry contracts, “Now, you said you were tired of hearing about the contracts. Has that story moved, or has it not?”',
      'Ortiz met Ilse Varga, who trusts Reyes and has called him “a builder, not a talker.”',
    ]);
    expect(result.quotes.map((quote) => quote.speaker)).toEqual(['Ada Brenner', 'Ilse Varga']);
  });

  it('gives a verb joined inside a "who" clause after an inverted credit to that credit’s speaker', () => {
    const result = analyse([
      'Harbour master Ilse Varga was fined on Monday.',
      'Varga “was let off far too lightly for what she did,” said a former port inspector who oversaw customs audits and described the fine as “a slap on the wrist.”',
      'Tomas Reyes met dockers who had waited all night and said the deal was “done.”',
      // A verb before its object is no inverted credit: the one who criticized speaks, not those criticized.
      'The mayor, Ada Brenner, criticized officials who ignored the warnings and said the port was “a disaster in waiting.”',
    ]);
    expect(result.quotes.map((quote) => [quote.speaker, quote.text])).toEqual([
      ['a former port inspector', 'was let off far too lightly for what she did,'],
      ['a former port inspector', 'a slap on the wrist.'],
      ['Tomas Reyes', 'done.'],
      ['Ada Brenner', 'a disaster in waiting.'],
    ]);
  });

  it('gives the words after "for saying" and the like to the one faulted, not to the one who faulted them', () => {
    const result = analyse([
      'In 2008, Ada Brenner slammed Tomas Reyes as aloof for suggesting that dockers “cling to their nets.”',
      'Ilse Varga was criticized for claiming that the levy was “a gift to the rich.”',
      'Otto Vance mocked Ada Brenner for calling herself the “queen of the pier.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'cling to their nets. → Tomas Reyes',
      'a gift to the rich. → Ilse Varga',
      'queen of the pier. → Ada Brenner',
    ]);
  });
});
