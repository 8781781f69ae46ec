// Reported-speech layouts the first real-copy run missed, each on text written for the test: verb forms,
// words between subject and verb, shared subjects, a credit set inside its clause, and the clauses that
// must not be shown as anyone's words.
import { describe, expect, it } from 'vitest';
import { analyse, indirectQuotes } from './article.ts';

describe('reported speech: verb forms', () => {
  it('hears present tenses, progressives and "pointed out"', () => {
    const result = analyse([
      'The Harbour Institute estimates that the levy would raise $40 million a year.',
      'Mayor Ilse Maren is stressing that the ferry will run all winter.',
      'Auditor Tomas Reyes pointed out that the tolls had not changed since 2009.',
      'Councillor Ada Brenner claims that the depot was never inspected.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy would raise $40 million a year → Harbour Institute',
      'the ferry will run all winter → Ilse Maren',
      'the tolls had not changed since 2009 → Tomas Reyes',
      'the depot was never inspected → Ada Brenner',
    ]);
  });

  it('does not read "pointed to" as a report', () => {
    const result = analyse(['Auditor Tomas Reyes pointed to the tolls that had not changed since 2009.']);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('reads the subject of a verb that carries the cue: "continues to insist"', () => {
    const result = analyse([
      'Councillor Ada Brenner continues to insist that the depot was never inspected.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the depot was never inspected → Ada Brenner']);
  });
});

describe('reported speech: between subject and verb', () => {
  it('steps over "just this month", "has long" and "last week"', () => {
    const result = analyse([
      'Norland Ferries just this month announced it would drop the winter timetable.',
      'Tomas Reyes has long said that the bridge was built too low.',
      'Ada Brenner last week said the depot would close in March.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'it would drop the winter timetable → Norland Ferries',
      'the bridge was built too low → Tomas Reyes',
      'the depot would close in March → Ada Brenner',
    ]);
  });
});

describe('reported speech: whose clause and which verb', () => {
  it('gives "…, and said CLAUSE" to the subject that opens the sentence', () => {
    const result = analyse([
      'Ada Brenner thanked the crews for their work through the storm, and said the depot would reopen on Monday.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the depot would reopen on Monday → Ada Brenner']);
  });

  it('reads phrases joined by "and" after the verb, and no clause when a verb follows the "and"', () => {
    const result = analyse([
      'Ada Brenner suggested on the radio and in a letter that the depot could reopen by spring.',
      'Tomas Reyes spoke in Tarsa.',
      'On tax, he insists on a flat rate and bemoans the number of loopholes that are left in the law, though he favors a cut.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the depot could reopen by spring → Ada Brenner']);
  });

  it('reads past a phrase of time set by an event, and reports nothing when only such a phrase follows the verb', () => {
    const result = analyse([
      'Tomas Reyes said in the hall before the vote began that he was moved.',
      'Ada Brenner testified after the release of an audit on the handling of the harbour fund.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he was moved → Tomas Reyes']);
  });

  it('gives ", who said …" after an apposition to the person it describes, not the place that ends it', () => {
    const result = analyse([
      '“The mayor is not listening,” said Tomas Reyes, a Green candidate in Korvin’s 16th District, who said the crowd at the harbour meeting was angry about the levy.',
      '“We need a vote,” said Sheriff Ada Brenner of Tarsa County, who said that she was glad the towns had gone to court.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the crowd at the harbour meeting was angry about the levy → Tomas Reyes',
      'she was glad the towns had gone to court → Ada Brenner',
    ]);
  });

  it('passes over a verb of saying that reports no clause and reads the next one', () => {
    const result = analyse([
      'Back when she wrote her memoir, Ada Brenner said that she considered debt a last resort.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she considered debt a last resort → Ada Brenner']);
  });

  it('reads a clause that opens with an approximate number', () => {
    const result = analyse(['Mayor Ilse Maren has said about 20 people applied for the post.']);
    expect(indirectQuotes(result)).toEqual(['about 20 people applied for the post → Ilse Maren']);
  });

  it('steps over an aside before "that": "cautioned, as did the union, that …"', () => {
    const result = analyse([
      'Tomas Reyes cautioned, as did the union itself, that the timetable might well change after the vote.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the timetable might well change after the vote → Tomas Reyes']);
  });

  it('keeps "that" as the subject when a verb follows it', () => {
    const result = analyse(['Tomas Reyes said that would pay for two more ferries.']);
    expect(indirectQuotes(result)).toEqual(['that would pay for two more ferries → Tomas Reyes']);
  });
});

describe('reported speech: a credit inside the clause', () => {
  it('shows "SUBJECT, X said, PREDICATE" with the credit cut and marked', () => {
    const result = analyse([
      'Ada Brenner runs the depot.',
      'All of this, she acknowledges, could be undone by a single storm.',
      'The new ferry, Tomas Reyes said, would carry twice as many cars.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'All of this … could be undone by a single storm → Ada Brenner',
      'The new ferry … would carry twice as many cars → Tomas Reyes',
    ]);
  });

  it("leaves out the reporter's own reason after the credit", () => {
    const result = analyse([
      'The levy has badly hurt the port with small traders, Tomas Reyes said, since most of them ship by road.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'The levy has badly hurt the port with small traders → Tomas Reyes',
    ]);
  });
});

describe('reported speech: where the clause ends', () => {
  it('ends at "…, and rights groups warned …" and at "…, citing …"', () => {
    const result = analyse([
      'Mayor Ilse Maren said the curfew would be lifted, and rights groups warned that patrols would continue.',
      'Tomas Reyes said the tolls must rise, citing the cost of repairs to the bridge.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the curfew would be lifted → Ilse Maren',
      'patrols would continue → rights groups',
      'the tolls must rise → Tomas Reyes',
    ]);
  });
});

describe('reported speech: what is nobody’s words', () => {
  it('never takes the words after an inverted verb for a speaker when they go on with a verb', () => {
    const result = analyse([
      'But Mara Quist, head of education organizing at the Dunmore Institute, said parents still want local schools.',
    ]);
    expect(indirectQuotes(result)).toEqual(['parents still want local schools → Mara Quist']);
  });

  it('shows no clause that opens with its verb, nor a reason clause after the cue', () => {
    const result = analyse([
      'The plan includes a provision the unions say could exclude most seasonal workers.',
      'Nobody on the harbour board is arguing, since other emails suggest the levy was never audited.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('reported speech: shared subjects and promises', () => {
  it('gives "… but has said …" and a verb after a quote to the name that opens the sentence', () => {
    const result = analyse([
      'Councillor Ada Brenner, like the mayor, has backed the levy but has said she will vote against the tolls.',
      'Tomas Reyes urged members to “vote with their feet” and said the union would not sign.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she will vote against the tolls → Ada Brenner',
      'the union would not sign → Tomas Reyes',
    ]);
  });

  it('never gives a shared verb to a name found after the first verb', () => {
    const result = analyse(['Reyes urged Lestrians to “stay home” and said the march would be unsafe.']);
    expect(indirectQuotes(result).filter((line) => line.endsWith('→ Lestrians'))).toEqual([]);
  });

  it('hears a clause whose only verb is a contraction: "weren\'t", "she\'ll"', () => {
    const result = analyse([
      'Several former ferry pilots have complained that they weren’t allowed such a loose rein.',
      'Mayor Ilse Maren’s office says she’ll sign the harbour deal next week.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'they weren’t allowed such a loose rein → several former ferry pilots',
      'she’ll sign the harbour deal next week → Mayor Ilse Maren’s office',
    ]);
  });

  it('reads a gerund subject after "that"', () => {
    const result = analyse(['Tomas Reyes claimed that paying no harbour dues was simply good business.']);
    expect(indirectQuotes(result)).toEqual(['paying no harbour dues was simply good business → Tomas Reyes']);
  });

  it('reports a promise with its verb: "vowed to …", "…, promising to …" for the subject of the clause it follows', () => {
    const result = analyse([
      'Mayor Ilse Maren has vowed to reopen the ferry line before the winter.',
      'Stung by the audit, as well as by complaints over the tolls, Tomas Reyes revised his plan, promising to cut the levy for small traders.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'vowed to reopen the ferry line before the winter → Ilse Maren',
      'promising to cut the levy for small traders → Tomas Reyes',
    ]);
  });

  it('reports no promise from a relative clause, whose object stands before the speaker', () => {
    const result = analyse([
      'Mayor Ilse Maren spoke at the port.',
      'The rifts she pledged to mend have widened since the vote.',
      'The tolls hit the families of dock workers, whom Tomas Reyes has vowed to remove from the harbour.',
      'Tomas Reyes vowed to cut the tolls by half.',
    ]);
    expect(indirectQuotes(result)).toEqual(['vowed to cut the tolls by half → Tomas Reyes']);
  });

  it('reads the subject before the verb when the words after an inverted one are no speaker', () => {
    const result = analyse([
      'Harbour economist Mara Quist, who studies port finance at the Dunmore Institute, said the ministry’s statement did not settle the matter.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ministry’s statement did not settle the matter → Mara Quist',
    ]);
  });
});

describe('reported speech: credits with long descriptions', () => {
  it('reads an inverted credit whose speaker comes with a long apposition', () => {
    const result = analyse([
      'The first ferry could sail this week, said Tomas Reyes, a longtime adviser to the harbour board who oversees the timetable.',
    ]);
    expect(indirectQuotes(result)).toEqual(['The first ferry could sail this week → Tomas Reyes']);
  });

  it('never takes a name followed by its own verb for an inverted credit', () => {
    const result = analyse([
      'Ann Roe, who chaired the harbour board until last year, said Tomas Reyes reached out to the union during his first month in office.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'Tomas Reyes reached out to the union during his first month in office → Ann Roe',
    ]);
  });

  it('reads a report in the relative clause after a quote\'s credit: "“…,” said X, who stressed that …"', () => {
    const result = analyse([
      '“It would be simpler,” said Tomas Reyes, who stressed that the new levy would spare small traders.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the new levy would spare small traders → Tomas Reyes']);
  });

  it('reads "advisers to X say" set inside the clause after a lead-in adverbial, the credit cut', () => {
    const result = analyse([
      'In recent weeks, advisers to Mayor Ilse Maren say, the mayor has grown tired of the ferry dispute.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'In recent weeks … the mayor has grown tired of the ferry dispute → advisers',
    ]);
  });

  it('keeps a condition before a credit set inside the clause, even when it holds a noun like "demands"', () => {
    const result = analyse([
      'If the demands go unmet, Mr. Tomas Reyes warned, the dockers plan to strike all winter.',
      'Unless the claims are dropped, Ada Brenner said, the board will sue.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'If the demands go unmet … the dockers plan to strike all winter → Tomas Reyes',
      'Unless the claims are dropped … the board will sue → Ada Brenner',
    ]);
  });

  it('never gives the words of "the Maren team" to Maren herself', () => {
    const result = analyse([
      'Mayor Ilse Maren opened the depot.',
      'It is an unlikely outcome; the Maren team says the mayor will stand again next year.',
    ]);
    expect(indirectQuotes(result).filter((line) => line.endsWith('→ Ilse Maren'))).toEqual([]);
  });

  it('ends a report made inside an opening subordinate clause where the main clause starts', () => {
    const result = analyse([
      'After union leaders insisted in June that the strike would not spread to the ferries, the harbour board has quietly hired extra crews.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the strike would not spread to the ferries → union leaders']);
  });
});

describe('reported speech: the credit of a quote is not a report', () => {
  it('reads no report in "“…,” X told reporters after the meeting that was held …"', () => {
    const result = analyse([
      '“We are in a critical situation,” Mayor Ilse Maren told reporters after the meeting that was held on a ferry in the harbour.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('keeps a second report joined by "and" after a quote', () => {
    const result = analyse([
      'Even the union said it stood “firmly against” the levy and warned that the plan would ruin small traders.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the plan would ruin small traders → the union']);
  });

  it('reads no report in "X said when she resigned …"', () => {
    const result = analyse(['That was what Ann Roe said when she resigned from the harbour board in 2014.']);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('reported speech: what is not the report', () => {
  it('reads no report in an answer followed by narration: "said no and later won"', () => {
    const result = analyse(['Ms. Vale said no and later won the harbour seat in May.']);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('skips the listener of "wrote Mr. X on Monday that"', () => {
    const result = analyse([
      'The port authority wrote Mr. Ossian Vale on Monday that no inquiry was planned.',
    ]);
    expect(indirectQuotes(result)).toEqual(['no inquiry was planned → the port authority']);
  });

  it('never gives the speaker an opening "While …" clause that only frames what follows the verb', () => {
    const result = analyse([
      'While many have guessed that the mayor offered her the harbour post, Mr. Bauer said that had not happened.',
    ]);
    expect(indirectQuotes(result)).toEqual(['that had not happened → Bauer']);
  });
});

describe('a denial', () => {
  it('keeps its verb, so the report never says what the speaker denied', () => {
    const result = analyse([
      'Tomas Reyes denied to the Harbour Gazette that he ever called the minister a liar.',
      'Ada Brenner denied the charges through her lawyer.',
      'The inquiry is a charge Mr. Reyes denies, the clerk noted.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'denied to the Harbour Gazette that he ever called the minister a liar → Tomas Reyes',
      'denied the charges through her lawyer → Ada Brenner',
      'The inquiry is a charge Mr. Reyes denies → the clerk',
    ]);
  });
});

describe('subjects joined by "and"', () => {
  it('keeps every group and every person of the list, not the last alone', () => {
    const result = analyse([
      'Harbour workers and some councillors said the levy was too high.',
      'Guild officials and Democratic lawmakers said the ferry would cost $40 million.',
      'Ada Brenner, Otto Hallam and Tomas Reyes said the pier would reopen in May.',
      'But engineers and safety inspectors said the deck was sound.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the levy was too high → Harbour workers and some councillors',
      'the ferry would cost $40 million → Guild officials and Democratic lawmakers',
      'the pier would reopen in May → Ada Brenner, Otto Hallam and Tomas Reyes',
      'the deck was sound → engineers and safety inspectors',
    ]);
  });
});

describe('what someone is blamed for saying', () => {
  it('is never shown as the blamer’s view; under the one blamed it stands', () => {
    const blamer = analyse([
      'Senator Tomas Reyes toured the docks on Monday. Reyes assailed Brandt for stressing patience and talks over binding contracts with shipping firms that have openly defied the port, and which still refuse inspections.',
    ]);
    expect(indirectQuotes(blamer)).toEqual([]);
    const blamed = analyse([
      'Ada Brenner rebuked Mr. Hallam for suggesting that she had not been allowed to speak at the meeting.',
    ]);
    expect(indirectQuotes(blamed)).toEqual(['she had not been allowed to speak at the meeting → Hallam']);
  });
});

describe('a noun phrase a verb of saying took', () => {
  it('is no report, where a clause that opens on a possessive is one', () => {
    const result = analyse([
      'Tomas Reyes announced his challenge to the mayor in October.',
      'Ada Brenner reiterated her plan to rebuild the pier before winter.',
      'The guild said its members have voted to strike.',
    ]);
    expect(indirectQuotes(result)).toEqual(['its members have voted to strike → the guild']);
  });
});

describe('a verb of saying inside a clause opened by "what"', () => {
  it('reports nothing, unless a colon gives the words', () => {
    const result = analyse([
      'Tomas Reyes spoke on Monday. Mr. Reyes did not cite what Ms. Brenner said that he considered a lie.',
      'Ada Brenner hopes the vote will show what her backers have long said: she is the strongest candidate.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she is the strongest candidate → Brenner’s backers']);
  });
});

describe('a verb of saying in a relative clause on a noun, its "that" left out', () => {
  it('reports nothing: "a mistake she said she made", "a decision they say let costs grow"', () => {
    const result = analyse([
      'Ada Brenner, a former harbour chief, said the dredging plan was flawed.',
      'She was harshest about the contractor — a mistake she said she made in Tarsa and one she still regrets.',
      'Critics are also looking at the port’s choice of barges, a decision they say let costs grow.',
      'In an interview she said the port needed new cranes.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the dredging plan was flawed → Ada Brenner',
      'the port needed new cranes → Ada Brenner',
    ]);
  });
});

describe('a verb of saying in a relative clause opened by "which" before its subject', () => {
  it('reports nothing, but "…, which said" does', () => {
    const result = analyse([
      'After the board read out the claims, which Mr. Otto Vance denies, the talk of a strike ended.',
      'Ada Brenner backs the new levy, which she says pays for the dredging.',
      'The harbour ministry, which initially said the pier was safe, closed it on Friday.',
    ]);
    expect(indirectQuotes(result)).toEqual(['initially said the pier was safe → the harbour ministry']);
  });
});

describe('a participle after "and" that goes on a "by" phrase of the report', () => {
  it('is a way of doing what was reported, no second report', () => {
    const result = analyse([
      'Advisers said the mayor could blunt the attack by calling the pier dispute a local quarrel and saying she stays focused on rents.',
      'Tomas Reyes praised the crews and said the port would reopen.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the mayor could blunt the attack by calling the pier dispute a local quarrel → Advisers',
      'the port would reopen → Tomas Reyes',
    ]);
  });
});
