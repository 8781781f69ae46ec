// Where a reported clause starts, and whether it has a verb: contractions of "is" after a pronoun, the
// phrases of place and time between the verb of saying and its "that", and an adverb that frames the report
// ("falsely claimed"). Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('a reported clause with a contracted verb', () => {
  it('reads "he\'s", "it\'s" and "there\'s" as a verb', () => {
    const result = analyse([
      'Mayor Ada Brenner toured the ferry terminal on Monday.',
      'Brenner said she’s not happy with the new timetable.',
      'Tomas Reyes said it’s too early to judge the tolls.',
      'Ilse Brandt said there’s no money left for the second pier.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she’s not happy with the new timetable → Ada Brenner',
      'it’s too early to judge the tolls → Tomas Reyes',
      'there’s no money left for the second pier → Ilse Brandt',
    ]);
  });

  it('reads a word that is a noun or a verb as a verb after a plural subject', () => {
    const result = analyse([
      'The ferry season opened late.',
      'Residents say officers still watch the pier at night.',
      'Tomas Reyes explained his thinking during a visit to KTV’s Face the Week.',
    ]);
    expect(indirectQuotes(result)).toEqual(['officers still watch the pier at night → Residents']);
  });

  it('reads any word after a subject pronoun as its verb, but "and" or "all"', () => {
    const result = analyse([
      'The ferry vote went on.',
      'Ada Brenner is more cautious, saying she favors raising the toll from $7 to $12.',
      'Tomas Reyes struck a calm tone, saying he understood the weight of the job.',
      'Ilse Brandt told The Ledger and Beacon newspaper of Kessel on Saturday that she cast her ballot for Reyes.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she favors raising the toll from $7 to $12 → Ada Brenner',
      'he understood the weight of the job → Tomas Reyes',
      'she cast her ballot for Reyes → Ilse Brandt',
    ]);
  });

  it('reads an irregular past the lexicon files as something else as the verb: "built", "sought", "rose" after a plural', () => {
    const result = analyse([
      'The ferry vote went on.',
      'Tomas Reyes, who sits on the pilots’ board, said builders quietly built a margin into their tenders.',
      'Ada Brenner said the harbour office sought a delay.',
      'Ilse Brandt said fares rose in May.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'builders quietly built a margin into their tenders → Tomas Reyes',
      'the harbour office sought a delay → Ada Brenner',
      'fares rose in May → Ilse Brandt',
    ]);
  });

  it('reads "shut" or "cut" as the verb after "never" or "already", whatever the subject', () => {
    const result = analyse([
      'The ferry vote went on.',
      'Ada Brenner said the terminal never shut its gates during the storm.',
      'Tomas Reyes said the harbour board already cut the pilots’ fees.',
      'Ilse Brandt criticised the tax cut in May.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the terminal never shut its gates during the storm → Ada Brenner',
      'the harbour board already cut the pilots’ fees → Tomas Reyes',
    ]);
  });

  it('reads a lower-case "-s" word between a noun and an article or a preposition as the verb', () => {
    const result = analyse([
      'The ferry vote went on.',
      'Ada Brenner said the harbour fee violates the port charter.',
      'Tomas Reyes said praise from the mayor helps the ferry crews.',
      'Ilse Brandt acknowledged a historical rivalry, railing against the mayor in her brief remarks to the council.',
      'Otto Hallam acknowledged testimony by Mara Hicks, the harbour pilot.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the harbour fee violates the port charter → Ada Brenner',
      'praise from the mayor helps the ferry crews → Tomas Reyes',
    ]);
  });

  it('still takes a possessive for no verb', () => {
    const result = analyse([
      'The council met on Monday.',
      'Tomas Reyes praised Brenner’s plan for the harbour.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('the start of a reported clause', () => {
  it('passes over the listener and every phrase of place before "that"', () => {
    const result = analyse([
      'The harbour board met on Monday.',
      'Tomas Reyes told a packed hall at a hotel in downtown Kessel that he would not give up.',
      'Ilse Brandt said on Friday to Harbour Radio that she planned to vote against the tolls.',
      'Ms. Okafor explained to Mr. Lindqvist that the ferry would run all winter.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he would not give up → Tomas Reyes',
      'she planned to vote against the tolls → Ilse Brandt',
      'the ferry would run all winter → Okafor',
    ]);
  });

  it('passes over a listener that goes on past "of", "and" or a list of names before "that"', () => {
    const result = analyse([
      'Mayor Ilse Brandt told two critics of the toll, Councillors Ada Roe and Tom Vale, that the ferry would stay free.',
      'Tomas Reyes told friends and aides over the winter that he would leave the board.',
      'Ada Roe told members of the panel that were named in May the pier must close.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry would stay free → Ilse Brandt',
      'he would leave the board → Tomas Reyes',
    ]);
  });

  it('passes over a time "ago" before "that"', () => {
    const result = analyse([
      'Ada Roe echoed a memo from the mayor, who claimed a few days ago that Tomas Reyes has no path to the chair.',
      'Karel Vance wrote two weeks ago that the ferry would be sold.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Tomas Reyes has no path to the chair → the mayor',
      'the ferry would be sold → Karel Vance',
    ]);
  });

  it('passes over a long listener: two named people with their places and a gloss before "that"', () => {
    const result = analyse([
      'In a letter sent on May 2, Harbour Secretary Ilse Brandt told two of the council’s sharpest critics of the levy, Councillors Ada Roe of Tarsa and Tom Vale of Lestria, both Liberals, that in March the board had sent a full report to the council.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'in March the board had sent a full report to the council → Ilse Brandt',
    ]);
  });

  it('leaves the writer’s "Meanwhile," or "Yet" out of a report its credit closes, but not a credit after it', () => {
    const result = analyse([
      'Meanwhile, the port has trimmed its payroll by a tenth, a harbour aide said Monday.',
      'Yet the ferry board never met in May, the clerk said.',
      'Ada Roe had hoped for a debate.',
      'Instead, she said, the board had booked a hall for the vote.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port has trimmed its payroll by a tenth → a harbour aide',
      'the ferry board never met in May → the clerk',
      'Instead … the board had booked a hall for the vote → Ada Roe',
    ]);
  });

  it('keeps a subject joined by "and" whole after the listener and "that"', () => {
    const result = analyse([
      'Tomas Reyes ran the harbour fund for a decade.',
      'Reyes told the Courier that he and a cousin steered the fund toward two ferry yards.',
      'Ilse Brandt told the harbour board that she and the mayor never signed the lease.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he and a cousin steered the fund toward two ferry yards → Tomas Reyes',
      'she and the mayor never signed the lease → Ilse Brandt',
    ]);
  });

  it('keeps what was agreed to when a relative clause follows it', () => {
    const result = analyse([
      'The ferry crews met on Monday.',
      'The union agreed in May to a sliding fee scale in which pensioners would pay half.',
    ]);
    expect(indirectQuotes(result).map((line) => line.split(' → ')[0])).toEqual([
      'a sliding fee scale in which pensioners would pay half',
    ]);
  });
});

describe('a report credited "according to" a source', () => {
  it('starts after the source when a joining word or an opening adverb comes first', () => {
    const result = analyse([
      'A survey of 800 ferry users came out on Monday.',
      'But, according to the survey, 41 percent of riders would pay a higher toll.',
      'In addition, according to the harbour board, nine piers will close for repairs.',
      'Brandt, according to the summary, asked the clerk to redo the count.',
    ]);
    // The credit inside the clause: the whole clause, the credit where it stands (according-inside.test.ts).
    expect(indirectQuotes(result)).toEqual([
      '41 percent of riders would pay a higher toll → the survey',
      'nine piers will close for repairs → the harbour board',
      'Brandt, according to the summary, asked the clerk to redo the count → the summary',
    ]);
  });

  it('may be results, a summary or a polling average', () => {
    const result = analyse([
      'The count ended late on Tuesday.',
      'Reyes took 41 percent and Brandt 38 percent, according to the results.',
      'Reyes leads by about three points, according to a polling average of recent surveys.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Reyes took 41 percent and Brandt 38 percent → the results',
      'Reyes leads by about three points → a polling average of recent surveys',
    ]);
  });
});

describe('a refusal that is no denial', () => {
  it('keeps the adverb that frames a report: false, past, private or unconfirmed', () => {
    const result = analyse([
      'The vote is next week.',
      'Mayor Lotte Stam has falsely claimed the festival is funded by foreign gamblers.',
      'Senator Kai Brun has previously argued the ferry plan needs a public vote.',
      'Ilse Brandt reportedly told aides the levy would stay.',
      'Otto Hallam said the bridge was safe.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'falsely claimed the festival is funded by foreign gamblers → Lotte Stam',
      'previously argued the ferry plan needs a public vote → Kai Brun',
      'reportedly told aides the levy would stay → Ilse Brandt',
      'the bridge was safe → Otto Hallam',
    ]);
  });

  it('keeps a judgement of the report after its verb with the verb: "reported incorrectly that"', () => {
    const result = analyse([
      'The vote is next week.',
      'The Harbour Courier reported incorrectly that the mayor had resigned.',
      'Otto Hallam said flatly that the bridge was safe.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'reported incorrectly that the mayor had resigned → Harbour Courier',
      'the bridge was safe → Otto Hallam',
    ]);
  });

  it('keeps "without any evidence" with the verb it judges, so the claim is not read as conceding it', () => {
    const result = analyse([
      'Mr. Reyes went further on Monday, claiming without any evidence that the mayor planned to sell the harbour.',
      'Ada Brenner claimed without proof that the tolls had doubled.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'claiming without any evidence that the mayor planned to sell the harbour → Reyes',
      'claimed without proof that the tolls had doubled → Ada Brenner',
    ]);
  });

  it('is no report: "denied a request" grants nothing, where "denied the claims" reports', () => {
    const result = analyse([
      'KORVIN — The harbour inquiry is preparing subpoenas against Tomas Reyes after the former port director ' +
        "denied a request to quietly hand over ledgers linked to the board's ferry review.",
      'Tomas Reyes denied the claims that he took money.',
    ]);
    expect(indirectQuotes(result)).toEqual(['denied the claims that he took money → Tomas Reyes']);
  });

  it('is no report: "asserted responsibility for" a deed names what was claimed, not what was said', () => {
    const result = analyse([
      'The Harbour League asserted responsibility for that blast, the worst bloodshed at the port since it opened.',
      'The Harbour League asserted that the blast was a warning to the board.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the blast was a warning to the board → Harbour League']);
  });
});

describe('a reported clause opening on a gerund', () => {
  it("is a report when the gerund is its subject, and narration when it is the verb's object", () => {
    const result = analyse([
      'Mayor Ada Brenner toured the terminal.',
      'Tomas Reyes said selling the plan to other towns has been a challenge.',
      'Ilse Brandt recalled meeting the mayor when she was a girl.',
      'Reyes predicted winning two-thirds of the seats.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'selling the plan to other towns has been a challenge → Tomas Reyes',
    ]);
  });
});

describe('who "they" are', () => {
  it('is not a place named in a capitalised plural, nor a group before a bracket', () => {
    const result = analyse([
      'The stand-in for the mayor in the practice debates, several aides told reporters, has been picked. (It is ' +
        'not brash Queens Rep. Tomas Reyes or the ferry owner Ilse Brandt, they say).',
    ]);
    const report = indirectQuotes(result).find((line) => line.startsWith('It is not brash'));
    expect(report?.split(' → ')[1]).toBe('aides');
  });
});

describe('a reported clause opening on "despite"', () => {
  it('keeps the concession when its comma and a clause follow, but not a time after the verb', () => {
    const result = analyse([
      'The ferry vote went on.',
      'Ada Brenner says despite the storm damage, the terminal will open in May.',
      'Tomas Reyes said after the vote, and nothing more.',
      'Ilse Brandt spoke despite the rain.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'despite the storm damage, the terminal will open in May → Ada Brenner',
    ]);
  });
});

describe('a report inside a relative clause of a list', () => {
  it('ends one member’s report where the next member and its "who" begin', () => {
    const result = analyse([
      'Voters may now ask whether rivals like Mr. Reyes, who claimed at one point that Korvin was arming the rebels, and Ada Brenner, who suggested the war could be left to Lestria, are wise choices.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Korvin was arming the rebels → Reyes',
      'the war could be left to Lestria → Ada Brenner',
    ]);
  });
});
