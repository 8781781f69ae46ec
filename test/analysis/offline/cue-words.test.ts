// When a word of saying is a verb whose subject speaks, and when it is a noun or a passive that credits no one.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('cue words', () => {
  it('reads "tweets" after a possessive or a preposition as a noun, and finds the real speaker', () => {
    const result = analyse([
      'Mayor Ilse Brandt says Omar Reyes’s tweets were “reckless, even for him.”',
      'Ilse Brandt says the flurry of tweets was “a distraction.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'reckless, even for him. → Ilse Brandt',
      'a distraction. → Ilse Brandt',
    ]);
  });

  it('gives a participle’s words to the person named right before it', () => {
    const result = analyse(['The new ad shows footage of Omar Reyes asking, “Why is the ferry still late?”']);
    expect(directQuotes(result)).toEqual(['Why is the ferry still late? → Omar Reyes']);
  });

  it('reads "He’s claiming" and "tweeting" as verbs of saying', () => {
    const result = analyse([
      'Councillor Omar Reyes spoke in Dunmore on Monday.',
      'He’s claiming that the ferry is “a money pit” and that “nobody dares to say it.”',
      'Ilse Brandt poked at the councillor’s record, tweeting, “Ask him about the harbour.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'a money pit → Omar Reyes',
      'nobody dares to say it. → Omar Reyes',
      'Ask him about the harbour. → Ilse Brandt',
    ]);
  });

  it('credits no one for a comparison made of the subject', () => {
    const result = analyse([
      'Ferry fares rise again; Talk compared to “shouting at the tide” at the harbour.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('gives "…, X said, noting “…”" to X, not to the sentence’s first name', () => {
    const result = analyse([
      'Reyes’s “promises” are empty, Ilse Brandt said on Tuesday in Dunmore, noting the councillor “never reads the budget.”',
    ]);
    expect(directQuotes(result)).toContain('never reads the budget. → Ilse Brandt');
  });

  it('does not credit a demand’s maker, nor a pronoun after a participle, with the quote', () => {
    const result = analyse([
      'Ilse Brandt claimed that posts by Councillor Omar Reyes calling for a ferry strike make him “the harbour’s worst enemy.”',
      'Mayor Tomas Dace spoke first. Brandt welcomed the news that Reyes would resign, saying the councillor was “doing the decent thing,” suggesting he might run again.',
    ]);
    const quotes = directQuotes(result);
    expect(quotes).toContain('the harbour’s worst enemy. → Ilse Brandt');
    expect(quotes.filter((q) => q.includes('Tomas Dace'))).toEqual([]);
  });

  it('reads "the United States, saying" with "States" as part of a name', () => {
    const result = analyse([
      'Ilse Brandt told the audience that she wants policies for the United States, saying that “the ferry is a lifeline.”',
    ]);
    expect(directQuotes(result)).toEqual(['the ferry is a lifeline. → Ilse Brandt']);
  });

  it('takes neither a platform nor a speaker’s home town for a person', () => {
    const result = analyse([
      '“I can’t vote for him,” said Dunmore resident Whit Sorensen.',
      'Joe Marlow, a Republican from the Dunmore area, said that the comments make him wish he could “put the genie back.”',
      'Ilse Brandt replied on Facebook writing, “Yes, I will. I chose the wrong word.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'I can’t vote for him, → Whit Sorensen',
      'put the genie back. → Joe Marlow',
      'Yes, I will. I chose the wrong word. → Ilse Brandt',
    ]);
  });

  it('gives what is said OF someone’s comments to the one saying it, not to the comments’ owner', () => {
    const result = analyse([
      'Mayor Ilse Brandt told the Courier on Tuesday that Tomas Reyes’s comments “show contempt for the harbour.”',
      'Ada Brenner said Reyes’s remarks about the crews were “beneath a councillor.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'show contempt for the harbour. → Ilse Brandt',
      'beneath a councillor. → Ada Brenner',
    ]);
  });

  it('still gives a noun of saying’s own words to its owner', () => {
    const result = analyse([
      'The row began with Tomas Reyes’s comments about the crews being “lazy and slow.”',
      'Reyes’s warning, “Stay off the pier,” went unheeded.',
      'Ilse Brandt rejected Reyes’s claim that the ferry was “a money pit.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'lazy and slow. → Tomas Reyes',
      'Stay off the pier, → Tomas Reyes',
      'a money pit. → Tomas Reyes',
    ]);
  });

  it('reads "asserting" as a verb of saying, its subject the clause’s', () => {
    const result = analyse([
      'Councillor Tomas Reyes spoke in Dunmore after Mayor Ilse Brandt did.',
      'Reyes hardly settled the matter, treating Brandt’s remark as praise -- “That makes me thrifty” -- and, when pressed later, asserting, “Of course I pay my harbour dues.”',
    ]);
    expect(directQuotes(result)).toContain('Of course I pay my harbour dues. → Tomas Reyes');
  });

  it('never takes the one told, after a participle past an earlier quote, for the speaker', () => {
    const result = analyse([
      'Mayor Ilse Brandt has hailed the harbour vote as “historic,” telling reporters on the pier on Friday that the levy is “a fine thing.”',
      'The Lestria Ferry Trust would not discuss “that man,” telling Channel 9 that the trust is focused on “keeping the boats running.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'historic, → Ilse Brandt',
      'a fine thing. → Ilse Brandt',
      'keeping the boats running. → Lestria Ferry Trust',
    ]);
  });

  it('reads the livelier verbs of saying that introduce a quote: demurred, boomed, mused, riffed', () => {
    const result = analyse([
      'Omar Reyes toured the harbour in Korvin on Monday.',
      'Asked which pier was his favourite, Reyes demurred: “Whichever one the ferry stops at.”',
      'Thanking the crews, Reyes then boomed, “There is no port like Korvin.”',
      'Ilse Brandt, who mused on Monday that the levy was “a tax on tides,” did not attend.',
      '“I can settle this for you: the answer is no,” the mayor riffed on the question from the floor.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Whichever one the ferry stops at. → Omar Reyes',
      'There is no port like Korvin. → Omar Reyes',
      'a tax on tides, → Ilse Brandt',
      'I can settle this for you: the answer is no, → the mayor',
    ]);
  });
  it('reads "vows" and "pledges" as "vowed" and "pledged" are read', () => {
    const result = analyse([
      'On her campaign page, Ilse Brandt vows to “keep every ferry to Tarsa running past midnight.”',
      'Tomas Reyes pledges to end what he calls the “toll on tides” at the Korvin locks.',
    ]);
    expect(directQuotes(result)).toEqual([
      'keep every ferry to Tarsa running past midnight. → Ilse Brandt',
      'toll on tides → Tomas Reyes',
    ]);
  });
});
