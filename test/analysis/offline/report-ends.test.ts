// Where a reported clause ends when the reporter glosses it after a comma with a participle clause
// ("…, echoing a memo from the mayor"), and where it goes on: past "and" while a "that" clause still waits for
// its verb. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { isParticiple } from '../../../src/analysis/offline/participle.ts';
import { analyse, indirectQuotes } from './article.ts';

describe('the end of a reported clause', () => {
  it('stops before a participle clause that glosses the report', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said the board should resign for the good of the port, echoing a memo from the mayor.',
      'Ilse Brandt said the tolls would rise in May, sending ferry shares down.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the board should resign for the good of the port → Tomas Reyes',
      'the tolls would rise in May → Ilse Brandt',
    ]);
  });

  it('stops where the main clause opens on a pronoun after a "while" clause', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'While the two harbour pilots say the port must grow, they differ on the tolls.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the port must grow → the two harbour pilots']);
  });

  it('stops where the main clause opens on a plural subject whose verb the lexicon lacks', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'While Ilse Brandt wrongly claimed that the logs exist, foreign shipping experts affirm that the hull is sound.',
    ]);
    expect(indirectQuotes(result)).toEqual(['wrongly claimed that the logs exist → Ilse Brandt']);
  });

  it('runs over a list whose last item opens as the one before it', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'The police said they were examining a phone, a laptop and a camera recovered from the ferry.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they were examining a phone, a laptop and a camera recovered from the ferry → the police',
    ]);
  });

  it('stops before the reporter\'s contrast after a typed dash, and before "which could …"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said the toll would stay until May -- even though the board had voted to scrap it.',
      'Ilse Brandt said she will back Ada Brenner for the port seat, which could give Brenner a lift on the docks.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the toll would stay until May → Tomas Reyes',
      'she will back Ada Brenner for the port seat → Ilse Brandt',
    ]);
  });

  it('stops before a "when" clause on the year the report ends with: the outlet’s history of that year', () => {
    const result = analyse([
      'President Tomas Reyes noted that two-thirds of Lestria’s people were born after 1985, when the civil war ended with rebel boats sailing into Tarsa.',
      'He said the ferry would run until May, when the new bridge opens.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'two-thirds of Lestria’s people were born after 1985 → Tomas Reyes',
      'the ferry would run until May, when the new bridge opens → Tomas Reyes',
    ]);
  });

  it('stops before the reporter\'s "after" clause in the past tense, not one the speaker looks ahead with', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said he is stepping down as host of the debate, after most rivals chose not to come.',
      'Ada Brenner said she opposes the toll, a few hours after the mayor backed it for the first time.',
      'Ilse Brandt said the ferry would resume, after the repairs are done.',
      'Reyes stated plainly he had never sat on the board.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he is stepping down as host of the debate → Tomas Reyes',
      'she opposes the toll → Ada Brenner',
      'the ferry would resume, after the repairs are done → Ilse Brandt',
      'he had never sat on the board → Tomas Reyes',
    ]);
  });

  it('keeps "including" and an -ing noun inside the report', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said every depot, including the one at Kessel Point, would close by June.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'every depot, including the one at Kessel Point, would close by June → Tomas Reyes',
    ]);
  });

  it('stops before ", telling X that", whoever X is, where a second report of the speaker begins', () => {
    const result = analyse([
      'Tomas Reyes spoke to the harbour radio on Sunday.',
      'Reyes said he saw no reason to change his plan, telling Brandt that “we keep our word” and that the tolls would fall.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he saw no reason to change his plan → Tomas Reyes']);
  });

  it('knows a participle by its object or by its verb', () => {
    expect(isParticiple('echoing', 'a')).toBe(true);
    expect(isParticiple('sending', 'shares')).toBe(true);
    expect(isParticiple('including', 'the')).toBe(false);
    expect(isParticiple('morning', 'and')).toBe(false);
  });
});

describe('what others said', () => {
  it('does not credit a denial or a reply with the claims it answers', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Harbour spokeswoman Ilse Brandt responded to claims that she had lost the ledger last winter.',
      'Tomas Reyes said the audit was late.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the audit was late → Tomas Reyes']);
  });
});

describe('the start of a report credited at its end', () => {
  it('starts after the writer’s colon, but not after a time’s', () => {
    const result = analyse([
      'The levy has not hurt the port: Lestria was the busiest harbour last year, according to one shipping index.',
      'The blast came at about 8:30 p.m. near the east pier, according to Harbour Commissioner Ilse Brandt.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Lestria was the busiest harbour last year → one shipping index',
      'The blast came at about 8:30 p.m. near the east pier → Ilse Brandt',
    ]);
  });
});

describe('a verb of saying with a plain object', () => {
  it('reads a thing, not a report, after a verb that also takes one: "maintains a program", "claimed a win", "explained the reason"', () => {
    const result = analyse([
      'The Brennock Harbour Centre in Korvin maintains a program to train young pilots for the ferries.',
      'Ada Brenner claimed a narrow win in the harbour vote but trails Reyes in the polls.',
      'Tomas Reyes maintained he had never seen the ledger.',
      'Ilse Varga explained the reason for her late backing of the ferry plan.',
      'Ilse Varga explained the ferry plan was the cheapest on offer.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he had never seen the ledger → Tomas Reyes',
      'the ferry plan was the cheapest on offer → Ilse Varga',
    ]);
  });
});

describe('a report made inside a dash aside', () => {
  it('ends where the aside closes, whatever the dash', () => {
    for (const [open, close] of [
      [' —', ' —'],
      [' -', ' -'],
      [' --', ' --'],
    ])
      expect(
        indirectQuotes(
          analyse([
            'Ilse Brandt runs the port authority in Korvin.',
            `Her support for the harbour levy at the forum in Korvin${open} Ms. Brandt said she would back the toll plan once the council passed it${close} is a likely flashpoint in Tarsa.`,
          ]),
        ),
      ).toEqual(['she would back the toll plan once the council passed it → Ilse Brandt']);
  });

  it('reads a dash the site glued to the words around it', () => {
    const result = analyse([
      'Ilse Brandt runs the port authority in Korvin.',
      'Her support for the harbour levy at the forum in Korvin -Ms. Brandt said she would back the toll plan once the council passed it-is a likely flashpoint in Tarsa.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she would back the toll plan once the council passed it → Ilse Brandt',
    ]);
  });

  it('leaves a report after a closed aside or a dateline whole', () => {
    const result = analyse([
      'KORVIN, Lestria - Ilse Brandt on Monday predicted the levy would pass - a win for the port.',
      'For all who called the vote a waste -- including the Harbour Weekly, which estimated it as costing $2 million -- supporters noted that it was a first for Korvin -- the council had never voted on a levy.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy would pass - a win for the port → Ilse Brandt',
      'it was a first for Korvin -- the council had never voted on a levy → supporters',
    ]);
  });

  it('reports nothing after "what X said," whose object was the "what"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'After Tomas Reyes heard what the Korvin Courier just said, he lashed out on the radio at dawn.',
      'Ilse Brandt said Monday, she would back the toll plan in the spring.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she would back the toll plan in the spring → Ilse Brandt']);
  });

  it('gives a source named in an "as much as X estimated" aside none of the verbs joined after it', () => {
    const result = analyse([
      'Mayor Tomas Reyes spoke on Monday.',
      'In a radio interview in May, Mr. Reyes voiced doubt that Ms. Brandt was worth as much as the Korvin Courier estimated and speculated that her firm, which sells ferry tickets, was weak.',
    ]);
    expect(indirectQuotes(result).filter((line) => line.endsWith('Korvin Courier'))).toEqual([]);
  });
});

describe('a report inside a subordinate or relative clause', () => {
  it('ends with the clause it stands in, before the main clause', () => {
    const result = analyse([
      'Late on Friday, a day after the Korvin Courier reported that she had used a private phone as minister, Mrs. Brandt announced that she had asked the ministry to release the logs.',
      'Since then, Mr. Tomas Reyes, who has said he knew nothing of the deal, has faced questions about his ledgers.',
      'Ada Brenner, who has told colleagues that the ferry would run at a loss, opposed the levy.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she had used a private phone as minister → Korvin Courier',
      'she had asked the ministry to release the logs → Brandt',
      'he knew nothing of the deal → Tomas Reyes',
      'the ferry would run at a loss → Ada Brenner',
    ]);
  });

  it('gives no report from the words after the comma that closes the clause its verb stands in', () => {
    const result = analyse([
      'Though the mayor’s office had earlier responded to press inquiries, a few details appear to keep the story going.',
      'Although the ministry said the ferry was safe, crews refused to board it on Monday.',
      'After Ada Brenner complained that the managers at her Tarsa, Korv., depot were passing her over, she filed a complaint.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry was safe → the ministry',
      'the managers at her Tarsa, Korv., depot were passing her over → Ada Brenner',
    ]);
  });

  it('keeps the currency sign of a figure that opens a report', () => {
    const result = analyse([
      'Ada Brenner said £1.3 billion was the highest offer the harbour board had made.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      '£1.3 billion was the highest offer the harbour board had made → Ada Brenner',
    ]);
  });

  it('credits a trailing "according to" with the stretch after an opening dash only, and that needs a verb', () => {
    const result = analyse([
      'Councillors hope to blunt the attacks by pointing out that the mayor’s plan includes similar cuts — roughly £7 million a year, according to port officials.',
      'The levy has hurt the port — the ferries carried fewer cars this summer, according to port officials.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the ferries carried fewer cars this summer → port officials']);
  });

  it('ends an opening "According to X," at its comma: the name after it is the report’s subject', () => {
    const result = analyse([
      'According to the Courier, Ada Brenner, who chairs the harbour board, took to the radio to rebuke the mayor.',
      'According to a recent poll of Korvin voters, Tomas Reyes leads the race for mayor by eight points.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Ada Brenner, who chairs the harbour board, took to the radio to rebuke the mayor → Courier',
      'Tomas Reyes leads the race for mayor by eight points → a recent poll of Korvin voters',
    ]);
  });

  it('gives a report two people make together to both ("Ms. Brenner and Mr. Reyes said …")', () => {
    const result = analyse([
      'Councillor Ada Brenner and Councillor Tomas Reyes met the mayor on Friday.',
      'Ms. Brenner and Mr. Reyes said £1.3 million was their highest offer for the ferries.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      '£1.3 million was their highest offer for the ferries → Ada Brenner and Tomas Reyes',
    ]);
  });
});

describe('a report followed by another source’s, after ", and"', () => {
  it('ends there, whatever the length of the second subject; the same subject’s next verb goes on', () => {
    const result = analyse([
      'Mr. Reyes said he would deny every charge, and several friends of his have predicted that the mayor could pardon him.',
      'Guild leaders said the new rules would hurt the port, and would be hard to enforce in the stated time.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he would deny every charge → Reyes',
      'the mayor could pardon him → several friends of his',
      'the new rules would hurt the port, and would be hard to enforce in the stated time → Guild leaders',
    ]);
  });
});

describe('a report followed by what the reporter tells of its speaker or its last noun', () => {
  it('ends before ", and" with the speaker’s next deed, past a phrase of when', () => {
    const result = analyse([
      'The governor argues that bus strikes only erode trust in the transit system, and during the budget talks has proposed a cap on fares.',
      'The mayor maintains that the audit was fair, and as part of the review has asked for two more.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'bus strikes only erode trust in the transit system → the governor',
      'the audit was fair → the mayor',
    ]);
  });

  it('ends before a closing "which" clause that glosses its last noun, and elides one inside the clause', () => {
    const result = analyse([
      'The mayor has insisted her donors will have no say over the choice of the dredging firm, which has drawn months of angry hearings at the town hall.',
      'Ada Brenner said she backs the new levy, which would pay for two ferries.',
      'Tomas Reyes said the fund, which holds 2 million krona, would close in May.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'her donors will have no say over the choice of the dredging firm → the mayor',
      'she backs the new levy, which would pay for two ferries → Ada Brenner',
      'the fund … would close in May → Tomas Reyes',
    ]);
  });
});

describe('a report followed by the reporter’s gloss after a dash', () => {
  it('ends at the dash when a participle, "something" or the medium it was said in opens the gloss', () => {
    const result = analyse([
      'Council leaders said they would oppose those efforts — effectively sparing him any formal sanction.',
      'Reyes said his outburst was fair because Brandt called him a liar – something Brandt has denied.',
      'Ilse Varga said the ferry would run again by May -- in a radio interview taped just before the vote.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they would oppose those efforts → Council leaders',
      'his outburst was fair because Brandt called him a liar → Reyes',
      'the ferry would run again by May → Ilse Varga',
    ]);
  });

  it('goes on past "and" while a "that" clause has its subject but no verb yet', () => {
    const result = analyse([
      'Last month, Mayor Dana Whitfield also reiterated her insistence that nurses and Canadians were most of the drivers fined in Vermont.',
      'Ruiz said he was working with Brandt and that both he and Brandt were paid by the port.',
      'Officials said the levy passed last spring and Democrats accused the mayor of rushing it.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'her insistence that nurses and Canadians were most of the drivers fined in Vermont → Dana Whitfield',
      'he was working with Brandt and that both he and Brandt were paid by the port → Ruiz',
      'the levy passed last spring → Officials',
    ]);
  });
});

describe('a counted subject after "and"', () => {
  it("ends the report where a counted subject opens the reporter's own clause", () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ilse Brandt said the pier was safe and two state inquiries have cleared the board of blame.',
      'Tomas Reyes said he had not seen the logs, but several of the pilots contradicted him.',
      'The ferry firm said the crossing was delayed and three U.N. panels have faulted its crews.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the pier was safe → Ilse Brandt',
      'he had not seen the logs → Tomas Reyes',
      'the crossing was delayed → the ferry firm',
    ]);
  });

  it('goes on when the counting word stands right before its verb, as part of the plan reported', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Port officials said the crews would carry radios and many will ride bicycles along the quay.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the crews would carry radios and many will ride bicycles along the quay → Port officials',
    ]);
  });
});

describe('the outlet’s gloss at the end of a report', () => {
  it('ends before "who" describing a person set off by an apposition, and before a participle with "into"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes said he was chatting with Ada Roe, the radio host, who is rarely kind to the board.',
      'Mayor Ilse Brandt said Friday she is closing the south pier, dipping into reserve funds even as she cuts the ferry budget.',
      'Ilse Brandt said the pier was built by Karel Vance, who now runs the tug company.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he was chatting with Ada Roe, the radio host → Tomas Reyes',
      'she is closing the south pier → Ilse Brandt',
      'the pier was built by Karel Vance, who now runs the tug company → Ilse Brandt',
    ]);
  });
});

describe('a credit followed by the outlet’s gloss after a dash', () => {
  it('reports the words before the credit, not the gloss after the dash, typed or set', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'A long run of falling port fees will end this year, the harbour board reported on Tuesday -- a turn that raises hard questions for the mayor.',
      'The south pier will close, Ilse Brandt said — a move shown in the new budget.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'A long run of falling port fees will end this year → the harbour board',
      'The south pier will close → Ilse Brandt',
    ]);
  });
});

describe('the reporter’s contrast after a verb that takes a thing', () => {
  it('ends before "even though" past "claiming the seat", but not past a claim that reports', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Ada Roe said she is hopeful that the vote results in Tomas Reyes claiming the chair, even though most of the backers of the plan voted for Vance in May.',
      'Karel Vance said the vote results in Ilse Brandt claiming that she won the chair, even though most of the backers of the plan voted for Reyes.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she is hopeful that the vote results in Tomas Reyes claiming the chair → Ada Roe',
      'the vote results in Ilse Brandt claiming that she won the chair, even though most of the backers of the plan voted for Reyes → Karel Vance',
    ]);
  });

  it('stops before the outlet summing the act up: ", a clear signal to …", ", a sign of …", not ", a rise of …"', () => {
    const result = analyse([
      'Otto Hallam is the mayor of Varna.',
      'He said, twice, that he would be back at his desk at dawn, a clear signal to the board about the pace he wants.',
      'Hallam said the port would hire 40 guards, a sign of how worried the board is.',
      'Hallam said the port would hire 12 pilots, a rise of a third on last year.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he would be back at his desk at dawn → Otto Hallam',
      'the port would hire 40 guards → Otto Hallam',
      'the port would hire 12 pilots, a rise of a third on last year → Otto Hallam',
    ]);
  });
});
