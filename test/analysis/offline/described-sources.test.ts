// Speakers a news report describes instead of naming: anonymous sources ("a source close to the campaign"),
// one of a group, a lawyer or a spokesperson for someone, a crowd, a newspaper or a lawsuit, and a described person whose age leads the description.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('described sources', () => {
  it('keeps what a source is close to or familiar with, and never turns it into the speaker; "known as" names the speaker', () => {
    const result = analyse([
      'The ferry board met on Monday.',
      '“The vote is not going to happen this month,” said a source close to Ilse Brandt.',
      '“Nobody has the numbers yet,” said one official familiar with the talks.',
      '“We are still counting,” said the harbour clerk known as Tomas.',
      '“It is a way to give without being seen,” says a source involved in the fund’s creation.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The vote is not going to happen this month, → a source close to Ilse Brandt',
      'Nobody has the numbers yet, → one official familiar with the talks',
      'We are still counting, → Tomas',
      'It is a way to give without being seen, → a source involved in the fund’s creation',
    ]);
  });

  it('goes back over "privy to" and "loyal to" before a verb of saying, as over "familiar with"', () => {
    const result = analyse([
      'The harbour talks stalled again on Monday.',
      'While the owners welcome the delay, several sources privy to the talks say it is the union that holds out.',
      'Aides loyal to the mayor said she would not resign.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'it is the union that holds out → several sources privy to the talks',
      'she would not resign → Aides loyal to the mayor',
    ]);
  });

  it('gives ", who said" to the person a long description follows, never to the body it ends with', () => {
    const result = analyse([
      'The ferry charter was challenged in court this week.',
      'The Harbor Gazette cited Mira Holt, a maritime law professor at Osterby College and director of The Lindqvist Foundation’s Center for Coastal Policy, who said the charter has been misread.',
      'The board thanked the Korvin Institute, which said the charter was clear.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the charter has been misread → Mira Holt',
      'the charter was clear → Korvin Institute',
    ]);
  });

  it('credits a lawyer or a spokesperson for a person as such, never the person they speak for', () => {
    const result = analyse([
      'Ilse Varga, the harbour chief, was charged on Friday.',
      '“She will plead not guilty,” said a lawyer for Ms. Varga.',
      'A spokeswoman for Mayor Tomas Reyes said on Friday that the mayor had not been told.',
      'Secretary of State Ada Brenner said the ministry would cooperate.',
      'Acting chief of staff Otto Hallam said the inquiry would go on.',
    ]);
    expect(directQuotes(result)).toEqual(['She will plead not guilty, → a lawyer for Ms. Varga']);
    expect(indirectQuotes(result)).toEqual([
      'the mayor had not been told → a spokeswoman for Mayor Tomas Reyes',
      'the ministry would cooperate → Ada Brenner',
      'the inquiry would go on → Otto Hallam',
    ]);
  });

  it('credits a spokesman for a person described before the name as the spokesman, not the person', () => {
    const result = analyse([
      'A spokesman for Democratic mayoral candidate Ilse Varga called the audit “a smear.”',
      'A columnist for the harbour news site Dockside said she was “deeply ashamed.”',
      'Former secretary of state Ada Brenner called the audit “overdue.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'a smear. → a spokesman for Democratic mayoral candidate Ilse Varga',
      'deeply ashamed. → a columnist for the harbour news site Dockside',
      'overdue. → Ada Brenner',
    ]);
  });

  it('never credits what a campaign or an ad a verb launched is "warning", but reads a statement issued for its author', () => {
    const result = analyse([
      'The dockers union launched a radio campaign on Tuesday warning councillors not to cut the ferry fund.',
      'Mayor Ilse Varga issued a statement on Friday saying the fund was safe.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the fund was safe → Ilse Varga']);
  });

  it('never takes "Reached for comment," for a speaker or for what was said', () => {
    const result = analyse([
      'Reached for comment, a spokesman for the Lestria Ferry Company also denied that the fares had risen.',
      'Contacted by phone, a spokeswoman for the port said the pier was safe.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'denied that the fares had risen → Lestria Ferry Company',
      'the pier was safe → a spokeswoman for the port',
    ]);
  });

  it('credits the subject a "which was brought by" or "led by" clause describes, never the names inside it', () => {
    const result = analyse([
      'The lawsuit, which was brought by Norland’s attorney general, Jon Rask, and Korvin’s attorney general, Ina Pell, accused the state of a “scheme” to sell the crop.',
      'The aides, led by campaign manager Otto Hallam, told donors that they did not expect to win the first two contests.',
    ]);
    expect(directQuotes(result)).not.toContain('scheme → Ina Pell');
    expect(indirectQuotes(result)).toEqual(['they did not expect to win the first two contests → the aides']);
  });

  it('credits what "someone" shouted to someone, never to the next name', () => {
    const result = analyse([
      'When the host Tomas Beck asked what ails the port, someone shouted “Mayor Brandt,” though Beck said it was “not that simple.”',
    ]);
    expect(directQuotes(result)).toEqual(['Mayor Brandt, → someone', 'not that simple. → Tomas Beck']);
  });

  it('credits one of a group by the group it belongs to', () => {
    const result = analyse(['“There is no path left for the other side,” said one of those advisers.']);
    expect(directQuotes(result)).toEqual([
      'There is no path left for the other side, → one of those advisers',
    ]);
  });

  it('credits a crowd, an investor, a newspaper and a lawsuit', () => {
    const result = analyse([
      '“Open the gates!” the crowd shouted back.',
      '“It is a bad trade and everyone knows it,” the investor said.',
      '“The port has been neglected for a decade,” the newspaper said in an editorial.',
      '“The harbour board acted in bad faith,” the suit reads.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Open the gates! → the crowd',
      'It is a bad trade and everyone knows it, → the investor',
      'The port has been neglected for a decade, → the newspaper',
      'The harbour board acted in bad faith, → the suit',
    ]);
  });

  it('keeps an age or a year that leads a description', () => {
    const result = analyse([
      '“I will not move off this island,” said the 46-year-old.',
      '“She never liked the long meetings,” said a 2014 campaign veteran.',
    ]);
    expect(directQuotes(result)).toEqual([
      'I will not move off this island, → the 46-year-old',
      'She never liked the long meetings, → a 2014 campaign veteran',
    ]);
  });

  it('does not let a typed dash join an aside to the speaker', () => {
    const result = analyse([
      'Critics called the survey a waste -- including the Harbour Weekly, which said the count cost $2 million.',
    ]);
    expect(result.quotes.map((q) => q.speaker)).not.toContain('waste -- including the Harbour Weekly');
  });
});

describe('places and parties in a description', () => {
  it('never makes a person of a place and a party, though the place is also a given name', () => {
    const result = analyse([
      '“The levy will pass,” said Rep. Tom Baker, a North Carolina Republican.',
      'Later a North Carolina Republican said the vote was “a disgrace.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The levy will pass, → Tom Baker',
      'a disgrace. → North Carolina Republican',
    ]);
  });

  it('does not read a name inside a dashed aside as the speaker after it', () => {
    const result = analyse([
      'Harbour chief Ilse Brandt wrote to the board on Monday.',
      'In the letter - addressed to the port’s lawyer, Tomas Reyes - the harbour chief asks whether “the tolls were ever lawful.”',
    ]);
    expect(directQuotes(result)).not.toContain('the tolls were ever lawful. → Tomas Reyes');
  });
});

describe('who is not the speaker', () => {
  it('credits "the judge" and "the release", which are nouns after their article', () => {
    const result = analyse([
      '“Everything you have both said overlaps,” the judge said.',
      '“The ferry will not run on Sunday,” the release said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Everything you have both said overlaps, → the judge',
      'The ferry will not run on Sunday, → the release',
    ]);
  });

  it('walks past a place that closes the speaker’s description', () => {
    const result = analyse([
      'Dean Vance, a salesman from Dayton, Ohio, says the mayor will “leave with momentum.”',
    ]);
    expect(directQuotes(result)).toEqual(['leave with momentum. → Dean Vance']);
  });

  it('walks past a two-word state after a town, though its last word is a given name', () => {
    const result = analyse([
      'Dean Vance, a nurse from Aiken, South Carolina, says the mayor will “leave with momentum.”',
      'Carolina Brandt, a nurse from Akron, said the vote was “a long slog.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'leave with momentum. → Dean Vance',
      'a long slog. → Carolina Brandt',
    ]);
  });

  it('does not walk past a place into the clause before it', () => {
    const result = analyse([
      'Tomas Reyes is assuring voters he is tough enough to be mayor after a woman in Dayton, Ohio, told him she worries he is “too nice” to win.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('credits no one for a name a document gives, and the agent after "by"', () => {
    const result = analyse([
      'Tomas Reyes is thought to be the clerk described in the filing as “the senior harbour official,” as earlier reports said.',
      'The plan was described by Mayor Ada Brenner as “a gift to the ferry owners.”',
    ]);
    expect(directQuotes(result)).toEqual(['a gift to the ferry owners. → Ada Brenner']);
  });
});

describe('sources that are data', () => {
  it('credits an index, and never shows "the United" cut from "the United States"', () => {
    const result = analyse([
      'Lestria was the busiest port in the region last year, according to one shipping index.',
      'Half of the ferries are now registered abroad, according to the United States Maritime Command.',
    ]);
    expect(result.quotes.map((q) => q.speaker)).toContain('one shipping index');
    expect(result.quotes.map((q) => q.speaker)).not.toContain('the United');
  });
});

describe('a name that describes someone else', () => {
  it('reads "a 2008 Brandt veteran" as the veteran, not Brandt', () => {
    const result = analyse([
      'Ilse Brandt, the mayor, hates surprises.',
      '“She did not like that,” said a 2008 Brandt veteran.',
      'The Courier’s Ada Brenner wrote a column, saying it is time to “close the depot for good.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'She did not like that, → a 2008 Brandt veteran',
      'close the depot for good. → Ada Brenner',
    ]);
  });

  it('does not take a name that describes a supporter as what "he" stands for', () => {
    const result = analyse([
      'Tomas Reyes, a ferry pilot, lives in Kessel.',
      'He counts himself a devout Henrik Dale supporter.',
      '“The politics are just so plain,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['The politics are just so plain, → Tomas Reyes']);
  });

  it('reads a described source back from its verb over "familiar with", and writes its article in lower case', () => {
    const result = analyse([
      'The ferry board met on Monday.',
      'Another source familiar with Reyes’s thinking said, “I think he will try to be friendlier with the board.”',
      'People briefed on the talks said the board would vote in June.',
    ]);
    expect(directQuotes(result)).toEqual([
      'I think he will try to be friendlier with the board. → another source familiar with Reyes’s thinking',
    ]);
    expect(indirectQuotes(result)).toEqual(['the board would vote in June → people briefed on the talks']);
  });

  it('keeps a capitalised name after a counting word, and lowers the number before a common noun', () => {
    const result = analyse([
      '“The crews are ready,” One Harbour spokesmen said.',
      '“We sail at dawn,” Two harbour officials said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The crews are ready, → One Harbour spokesmen',
      'We sail at dawn, → two harbour officials',
    ]);
  });
});

describe('a group named by the person it stands with', () => {
  it('is the group, not the person: supporters, critics, allies, aides to, lawyers for', () => {
    for (const group of [
      'Supporters of Mr. Harlan',
      'Critics of Tomas Harlan',
      'Several aides to Tomas Harlan',
    ]) {
      const result = analyse([
        'Tomas Harlan spoke to the guild on Monday.',
        `${group} said the Ohioan had all but locked up the votes before the meeting.`,
        `${group} said, “He has the votes.”`,
      ]);
      const speakers = result.quotes.map((quote) => quote.speaker.toLowerCase());
      expect(speakers).toEqual([group.toLowerCase(), group.toLowerCase()]);
    }
  });

  it('still reads a title before "of" as the named person’s', () => {
    const result = analyse(['Secretary of State Ada Brenner said, “The talks will resume.”']);
    expect(directQuotes(result)).toEqual(['The talks will resume. → Ada Brenner']);
  });
});

describe('a group with a relative clause before its verb of saying', () => {
  it('is the group, never the object inside the clause', () => {
    const result = analyse([
      'Members who voted to reopen the harbour said the deal was a victory.',
      'Analysts who have studied the budget say the deficit will grow.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the deal was a victory → Members who voted to reopen the harbour',
      'the deficit will grow → Analysts who have studied the budget',
    ]);
  });

  it('is the group when the clause names a body after "from" or "by"', () => {
    const result = analyse([
      'Fans who had heard straight from the Varga campaign say their first goal is to win the harbour ward.',
      'Dockers who were hired by the Brennock company say the pay offer is too low.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'their first goal is to win the harbour ward → Fans who had heard straight from the Varga campaign',
      'the pay offer is too low → Dockers who were hired by the Brennock company',
    ]);
  });

  it('keeps a short relative clause that says which of a group spoke, and no adverb of the verb after it', () => {
    const result = analyse([
      'For now, Democrats who voted to reopen the port said that simply moving the talks along was a victory.',
      'Executives who run ferry lines almost universally say that the old timetable is doomed.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'simply moving the talks along was a victory → Democrats who voted to reopen the port',
      'the old timetable is doomed → Executives who run ferry lines',
    ]);
  });

  it('keeps a party member described by a possessive whole, never the party word alone', () => {
    const result = analyse([
      'Earlier, the council’s top Democrat said he was against a pier on that shore.',
      'The harbour board will call Tomas Reyes, the mayor’s first port adviser, the board’s senior Republican said on Wednesday.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he was against a pier on that shore → the council’s top Democrat',
      'The harbour board will call Tomas Reyes, the mayor’s first port adviser → the board’s senior Republican',
    ]);
  });
});
