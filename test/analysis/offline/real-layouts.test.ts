// Layouts that real outlets' copy uses and our first corpus did not: honorifics and initials, party labels,
// appositions between a name and its verb, dash credits, inverted cues, subjects joined by "and", names whose
// accented letters were misdecoded ("DurÃ©vin"), and a Spanish name's first surname standing alone.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('offline attribution on real layouts', () => {
  it('reads "Ms. Holloway said" after a quote as Holloway, never "Ms"', () => {
    const result = analyse([
      'Senator Wren Holloway spoke in Dunmore on Monday.',
      '“We know how to win the river towns,” Ms. Holloway said.',
    ]);
    expect(directQuotes(result)).toEqual(['We know how to win the river towns, → Wren Holloway']);
  });

  it('reads "said Mr. Dace" and "Rev. Amos T. Kettering said" with the dot inside the name', () => {
    const result = analyse([
      '“The bridge is safe,” said Mr. Dace.',
      'The Rev. Amos T. Kettering said: “We will pray for the crews.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The bridge is safe, → Dace',
      'We will pray for the crews. → Amos T. Kettering',
    ]);
  });

  it('keeps a middle initial in the name and does not end the sentence there', () => {
    const result = analyse(['“It was a fair count,” said Corinne B. Ashdown, the county clerk.']);
    expect(directQuotes(result)).toEqual(['It was a fair count, → Corinne B. Ashdown']);
  });

  it('steps over a party label and an apposition between the name and the verb', () => {
    const result = analyse([
      '“The vote is a warning,” Rep. Tobias Renn (D-Ore.) said Friday.',
      '“Nobody reads the fine print,” Idalia Marsh, a columnist for the Harbour Ledger, wrote on Sunday.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The vote is a warning, → Tobias Renn',
      'Nobody reads the fine print, → Idalia Marsh',
    ]);
  });

  it('gives the quote to the head of the phrase: "Varga lawyer Ilse Brandt" is Brandt', () => {
    const result = analyse([
      'Governor Peter Varga denied the claim.',
      '“We are pleased with the ruling,” Varga lawyer Ilse Brandt said.',
    ]);
    expect(directQuotes(result)).toEqual(['We are pleased with the ruling, → Ilse Brandt']);
  });

  it('takes the nearest cue before the quote, not the first in the sentence', () => {
    const result = analyse([
      'When Mayor Olsen noted the deficit, Councillor Ruth Aske retorted, “That makes us careful.”',
    ]);
    expect(directQuotes(result)).toEqual(['That makes us careful. → Ruth Aske']);
  });

  it('reads a dash credit after a quote and an inverted "Said X:"', () => {
    const result = analyse([
      '“The debate showed who listens and who does not.” ― Marisol Quade',
      'Said Bertram Loy: “I do not see any plan.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The debate showed who listens and who does not. → Marisol Quade',
      'I do not see any plan. → Bertram Loy',
    ]);
  });

  it('gives a quote after "and said" or "saying" to the subject of the clause', () => {
    const result = analyse([
      'Anneke Vos, the harbour master, inspected the pier and said the storm was a “very, very big test” for the town.',
      'Governor Lise Hale issued tweets early Friday saying the plan was “a paragon of caution.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'very, very big test → Anneke Vos',
      'a paragon of caution. → Lise Hale',
    ]);
  });

  it('reads a speaker named at the end of the sentence that holds a partial quote', () => {
    const result = analyse(['A clerk who “loses a single ballot” is dismissed, Judge Moira Fenn said.']);
    expect(directQuotes(result)).toEqual(['loses a single ballot → Moira Fenn']);
  });

  it('never takes an adverb, a message or a fragment for the speaker', () => {
    const result = analyse([
      'Odile Marchetti, the chief executive of the Port Authority, forcefully told reporters that the strike was “not the answer.”',
      'In a message posted Friday, Senator Kurt Alder said he had “serious doubts” about the deal.',
    ]);
    expect(directQuotes(result)).toEqual([
      'not the answer. → Odile Marchetti',
      'serious doubts → Kurt Alder',
    ]);
  });
});

describe('offline attribution across sentences on real layouts', () => {
  it('keeps “…?” Name asked. as one sentence, so the credit reaches the quote', () => {
    const result = analyse(['“Does anyone know what the plan is?” Moira Fenn asked. “Neither do I.”']);
    expect(directQuotes(result)).toEqual([
      'Does anyone know what the plan is? → Moira Fenn',
      'Neither do I. → Moira Fenn',
    ]);
  });

  it('gives a quote after "…, Schiff said." in the same paragraph to the speaker just named', () => {
    const result = analyse([
      'The council may wait until spring, Councillor Ada Brenner said. “The other factor is the budget.”',
    ]);
    expect(directQuotes(result)).toEqual(['The other factor is the budget. → Ada Brenner']);
  });

  it('reads a paragraph opening with a reversed mark and credited after a dash', () => {
    const result = analyse([
      'Readers wrote in after the debate.',
      '”What worries me is the silence on the harbour.” ― Petra Lindqvist',
    ]);
    expect(directQuotes(result)).toEqual([
      'What worries me is the silence on the harbour. → Petra Lindqvist',
    ]);
  });
});

describe('titles in quote marks are not quotes', () => {
  it('drops a show or forum title next to a verb of saying, keeps a one-word answer', () => {
    const result = analyse([
      'Senator Ada Brenner told Channel 4’s “Morning Round” that the vote would pass.',
      '“Yes,” said Councillor Tomas Reyes, when asked whether he would run.',
      'Reyes spoke during a “Harbour Town Forum” sponsored by the council and said the port was “not for sale.”',
      'Sunday on Korvin News channel’s “Harbour Sunday,” Ada Brenner said the levy was “a disgrace.”',
      'In an appearance on “The Late Show with Tomas Reyes,” Ilse Brandt said the vote had not surprised her.',
      '“And to be honest, I hope the levy passes,” she told “Daybreak.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Yes, → Tomas Reyes',
      'not for sale. → Tomas Reyes',
      'a disgrace. → Ada Brenner',
      'And to be honest, I hope the levy passes, → Ilse Brandt',
    ]);
  });

  it('drops a book’s title with its subtitle, however long, and keeps its author’s words', () => {
    const result = analyse([
      '“If you work for the Courier, you watch what you say in public,” said Tomas Reyes, a co-author of “Those Days Had All the Rain: Inside the World of Korvin.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'If you work for the Courier, you watch what you say in public, → Tomas Reyes',
    ]);
  });
});

describe('terms in quote marks, and passives, are nobody’s words', () => {
  it('credits no one with a term the reporter names, nor the subject of a passive', () => {
    const result = analyse([
      'Senator Ilse Brandt all but confirmed that her party would use what is known as the “harbour option,” to pass the levy.',
      'Critics want to end the so-called “ferry rebate” by May.',
      'Ada Brenner was confirmed 90-4 in May, and since then “aye” tallies keep falling.',
      'Tomas Reyes took the meeting after he was promised “dirt” on his rival.',
      'Ilse Brandt is reported to have called the levy “a tax on the poor.”',
    ]);
    expect(directQuotes(result)).toEqual(['a tax on the poor. → Ilse Brandt']);
  });

  it('credits no one with a word defined, avoided or printed on a thing', () => {
    const result = analyse([
      'The mayor said the rule bans fees that “unduly burden” a trader, with the definition of “trader” including charities.',
      'Ilse Brandt defended her refusal to use the words “harbour tax” at the hearing, Tomas Reyes said.',
      'Reyes urged her to refrain from using the phrase “toll cheats” in her speeches, she said.',
      'Brandt said she wore a cap printed with the words “Save the Pier” to the vote.',
    ]);
    expect(directQuotes(result)).toEqual(['unduly burden → the mayor']);
  });

  it('credits no one with a crowd’s chant heard as the speaker walks in', () => {
    const result = analyse([
      'Walking into the hall to chants of “Tomas! Tomas!,” the councillor said his campaign was “closing strong.”',
      'Brandt left to cries of “Shame!” from the gallery.',
    ]);
    expect(directQuotes(result)).toEqual(['closing strong. → the councillor']);
  });
});

describe('quotes and reports that run across paragraphs', () => {
  it('gives no excerpt that tells of a speaker to that speaker', () => {
    const result = analyse([
      'The Korvin Courier reported that night that the audit had found gaps.',
      '"The session was private, but Councillor Tomas Reyes told the press afterwards that the findings were new.',
      '"Reyes said the audit differed from the one the board had been shown in May.',
      '“It is not what we were told in May,” Reyes said.',
    ]);
    expect(directQuotes(result)).toEqual(['It is not what we were told in May, → Reyes']);
  });

  it('gives a paragraph of quote alone to the person just reported as speaking', () => {
    const result = analyse([
      'The arrest was excessive, former prosecutor Joseph Vance, who has defended the mayor, told Channel 4.',
      '“This is an abuse of power.”',
      '“Make no mistake,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'This is an abuse of power. → Joseph Vance',
      'Make no mistake, → Joseph Vance',
    ]);
    expect(indirectQuotes(result)).toEqual(['The arrest was excessive → Joseph Vance']);
  });
});

describe('joint statements and quotes that run on', () => {
  it('credits a statement to two people together', () => {
    const result = analyse([
      '“This is plainly a grab for power,” Speaker Wren Holloway and Senator Amos Kettering said in a statement.',
    ]);
    expect(directQuotes(result)).toEqual([
      'This is plainly a grab for power, → Wren Holloway and Amos Kettering',
    ]);
  });

  it('gives a paragraph of quote alone to the speaker credited just before it', () => {
    const result = analyse([
      '“Agents arrived at dawn with their lights flashing,” Ruben Castell explained after a court appearance.',
      '“But the agents were courteous.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'Agents arrived at dawn with their lights flashing, → Ruben Castell',
      'But the agents were courteous. → Ruben Castell',
    ]);
  });
});

describe('nouns of saying', () => {
  it('credits a quote after "X’s claim that" to X', () => {
    const result = analyse([
      'Governor Lise Hale visited the port on Monday.',
      'Fact-checkers examined Hale’s claim that there had been “hundreds of closures” this year.',
    ]);
    expect(directQuotes(result)).toEqual(['hundreds of closures → Lise Hale']);
  });

  it('credits "slammed X for his claims … that “…”" to X, not to those slamming him', () => {
    const result = analyse([
      'Every Liberal on the harbour board on Thursday demanded Councillor Tomas Reyes step down as chairman.',
      'In a letter, the councillors slammed Reyes for his claims in the press that he had “solid proof beyond any doubt” of fraud in the ferry contract.',
    ]);
    expect(directQuotes(result)).toEqual(['solid proof beyond any doubt → Tomas Reyes']);
  });
});

describe('round-up layouts', () => {
  it('reads "Name, Outlet: “…”" and "Name: “…”"', () => {
    const result = analyse([
      'Commentators weighed in overnight.',
      'Dana Morrow, Harbour Weekly: “The vote was a warning to every incumbent.”',
      'Petra Lindqvist: “Nobody saw this coming.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The vote was a warning to every incumbent. → Dana Morrow',
      'Nobody saw this coming. → Petra Lindqvist',
    ]);
  });

  it('reads "His reply: “…”" and "X’s answer: “…”" as the words of the one the reply belongs to', () => {
    const result = analyse([
      'The host asked Mayor Ana Ruiz whether the ferry would close.',
      'Her reply: “My staff are checking the tide tables, and the numbers look grim.”',
      'The host then put the same question to Tomas Reyes.',
      'Mr. Reyes’s answer: “Not while I am here.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'My staff are checking the tide tables, and the numbers look grim. → Ana Ruiz',
      'Not while I am here. → Tomas Reyes',
    ]);
  });

  it('keeps a name whole when its accented letters were misdecoded, composed or not', () => {
    const result = analyse([
      'The inquiry into the port fire widened on Monday.',
      '“The file holds little against him,” said the prosecutor Marc DurÃ©vin.',
      '“We need action,” said Ana SA\u0303\u00a1nchez, a dock worker.',
    ]);
    expect(directQuotes(result)).toEqual([
      'The file holds little against him, → Marc DurÃ©vin',
      'We need action, → Ana SA\u0303\u00a1nchez',
    ]);
  });

  it('reads a Spanish name’s first surname alone as the person, not as the next name after it', () => {
    const result = analyse([
      'Reyes has attacked the envoys for months.',
      'After seven months on the job, Miguel Ruiz Ortega, the envoy to Korvin, will be replaced by Carla Sada.',
      'Ruiz took over the embassy last year. Last year, he played down Reyes’s comments and argued that attacking the mayor would serve only to elevate him.',
      '“We have to be patient,” Ruiz said.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'attacking the mayor would serve only to elevate him → Miguel Ruiz Ortega',
    ]);
    expect(directQuotes(result)).toEqual(['We have to be patient, → Miguel Ruiz Ortega']);
  });
});
