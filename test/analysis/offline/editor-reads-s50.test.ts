// What an editor reading the sheets of real copy found wrong (session 50), each rebuilt from invented text, with
// the readings that must stay as they were. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { isPassiveTelling } from '../../../src/analysis/offline/passive-telling.ts';
import { clauseText } from '../../../src/analysis/offline/report-clause.ts';
import { tokenize } from '../../../src/analysis/offline/tokens.ts';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

const INTRO = 'Senator Tomas Vance of Lestria spoke on Monday. His aides met reporters after the vote.';
const reports = (...sentences: string[]) => indirectQuotes(analyse([INTRO, ...sentences]));

describe('a sentence-opening adverb is not part of the name after it', () => {
  it('credits the person, not "Even Vance" or "Then Vance"', () => {
    expect(reports('Even Vance said the budget was far too large.')).toEqual([
      'the budget was far too large → Tomas Vance',
    ]);
    expect(reports('Then Vance said the harbour plan was late.')).toEqual([
      'the harbour plan was late → Tomas Vance',
    ]);
  });

  it('keeps an acronym that reads as such a word in capitals', () => {
    const sheet = analyse([
      'NOW President Dana Kell spoke in Varna on Friday. "The charter leaves women out," Kell said.',
    ]);
    expect(sheet.quotes.map((q) => q.role)).toEqual(['NOW President']);
  });
});

describe('what was not said is not shown as said', () => {
  it('reads "Not even Vance said …" as a negation', () => {
    expect(reports('Not even Vance said that the plan would pass.')).toEqual([]);
  });

  it('still reads a plain report with "even" inside it', () => {
    expect(reports('Vance said that even the council would back the plan.')).toEqual([
      'even the council would back the plan → Tomas Vance',
    ]);
  });
});

describe('another side’s answer after ", but" ends the report', () => {
  it('cuts "…, but viewers disagreed" and "…, but an inquiry cleared her"', () => {
    expect(reports('Vance said the vote was fair, but viewers disagreed.')).toEqual([
      'the vote was fair → Tomas Vance',
    ]);
    expect(
      reports('Mayor Elena Ruiz said the pier was safe, but an inquiry found cracks in two pillars.'),
    ).toEqual(['the pier was safe → Elena Ruiz']);
  });

  it('keeps a contrast that is no one else’s answer', () => {
    expect(reports('Vance said the plan was sound but costly.')).toEqual([
      'the plan was sound but costly → Tomas Vance',
    ]);
  });
});

describe('the outlet’s verdict on a claim is not the claim', () => {
  it('ends the report at ", a claim contradicted by …"', () => {
    expect(reports('Vance said the levy was fair, a claim contradicted by the audit office.')).toEqual([
      'the levy was fair → Tomas Vance',
    ]);
  });
});

describe('"no." ends a sentence unless a number follows', () => {
  it('splits "… vote no. Perhaps …" and keeps "No. 2"', () => {
    expect(reports('Vance said he would vote no. Perhaps the council will listen.')).toEqual([
      'he would vote no → Tomas Vance',
    ]);
    expect(reports('Vance said the No. 2 official had resigned.')).toEqual([
      'the No. 2 official had resigned → Tomas Vance',
    ]);
  });
});

describe('a pronoun with a contracted auxiliary', () => {
  it('is the pronoun: "They\'re saying …" goes to the group named before', () => {
    const sheet = analyse([INTRO, "Vance's aides met the press. They're saying that the count was rigged."]);
    expect(indirectQuotes(sheet)).toEqual(["the count was rigged → Vance's aides"]);
  });

  it('is no name, and "We\'re told" has no speaker', () => {
    // Read as a name, "We're" had taken the "he" of the next sentence.
    expect(
      reports("We're told that the harbour plan is dead.", "He'd said that the pier was unsafe."),
    ).toEqual(['the pier was unsafe → Tomas Vance']);
  });
});

describe('a verb that also takes a thing reports a clause only when the clause has its own verb', () => {
  it('shows nothing for the thing and what the reporter adds after it', () => {
    expect(reports('Vance maintained his innocence while the jury was out.')).toEqual([]);
    expect(reports('Vance claimed self-defense and was cleared of the charges.')).toEqual([]);
    expect(reports('Vance maintains a wide lead among older voters, and her debate was strong.')).toEqual([]);
    expect(reports('Vance maintained a brisk pace into advanced age.')).toEqual([]);
  });

  it('still reads the clause such a verb reports', () => {
    expect(reports('Vance maintained the plan was legal.')).toEqual(['the plan was legal → Tomas Vance']);
    expect(reports('Vance claimed the cuts hurt families.')).toEqual([
      'the cuts hurt families → Tomas Vance',
    ]);
    expect(reports('Vance claimed farmers and fishermen had colluded.')).toEqual([
      'farmers and fishermen had colluded → Tomas Vance',
    ]);
  });

  it('keeps a denial’s thing, shown with its verb', () => {
    expect(reports('Vance denied the charges through her lawyer.')).toEqual([
      'denied the charges through her lawyer → Tomas Vance',
    ]);
  });
});

describe('a verb of telling in the passive has the one told for its subject', () => {
  const passive = (sentence: string, verb: string) => {
    const tokens = tokenize(sentence);
    return isPassiveTelling(
      tokens,
      tokens.findIndex((t) => t.text === verb),
    );
  };

  it('reads "was promised" and a contracted "be" as passive', () => {
    expect(passive('The firm was promised 40 million dollars by the city.', 'promised')).toBe(true);
    expect(passive("We're told the plan is dead.", 'told')).toBe(true);
    expect(passive("I'm told the plan is dead.", 'told')).toBe(true);
  });

  it('leaves the active forms alone', () => {
    expect(passive('The mayor promised voters a new pier.', 'promised')).toBe(false);
    expect(passive("He's told the paper the plan is dead.", 'told')).toBe(false);
  });
});
describe('a particle after the verb is no clause', () => {
  it('reads nothing from "pointing out where …"', () => {
    const sentence = 'Vance said, pointing out where the old store used to be.';
    const tokens = tokenize(sentence);
    const after = tokens.findIndex((t) => t.text === 'pointing') + 1;
    expect(clauseText(sentence, tokens, after, tokens.length - 1)).toBeNull();
  });
});

describe('reports the engine passed over on real copy (session 50)', () => {
  it('reads past a span of time after the verb', () => {
    expect(reports('Vance has said for weeks she is the only candidate who can win.')).toEqual([
      'she is the only candidate who can win → Tomas Vance',
    ]);
    expect(reports('Vance has argued for two years that the tax is unfair.')).toEqual([
      'the tax is unfair → Tomas Vance',
    ]);
  });

  it('reads a gerund subject before a contracted negation', () => {
    expect(reports("Vance said fishing doesn't pay the way it did.")).toEqual([
      "fishing doesn't pay the way it did → Tomas Vance",
    ]);
  });

  it('still shows nothing for the reporter’s narration after the verb', () => {
    expect(reports('Vance said, interrupting reporters, that the pier was safe.')).toEqual([
      'the pier was safe → Tomas Vance',
    ]);
    expect(reports('Vance asked for weeks of delay.')).toEqual([]);
  });
});

describe('what the reporter adds after the report is not in it', () => {
  it('ends at "added" with a thing for its object', () => {
    expect(reports('Later, Vance added ferries, and, later still, she took on the ports.')).toEqual([]);
  });

  it('still reads "added" before a clause', () => {
    expect(reports('Vance added the ferries would run again in May.')).toEqual([
      'the ferries would run again in May → Tomas Vance',
    ]);
  });
});

// A review of the first version of these rules found each of the readings below lost or wrong; they stay right.
describe('what the new rules must leave alone', () => {
  it('keeps names that are also such adverbs, and "Then" before a former office', () => {
    expect(reports('Justin Soon of Tarsa Mills said the plant would hire 200 workers.')).toEqual([
      'the plant would hire 200 workers → Justin Soon',
    ]);
    expect(reports('The Norway coach, Even Haugland, said the referee had made two errors.')).toEqual([
      'the referee had made two errors → Even Haugland',
    ]);
    expect(reports('Nor Hisham Ahmad, the state health director, said the outbreak was contained.')).toEqual([
      'the outbreak was contained → Nor Hisham Ahmad',
    ]);
    const sheet = analyse(['Then Governor Ada Kiel said in 2019 that the bridge would open within a year.']);
    expect(sheet.quotes.map((q) => q.role)).toEqual(['Then Governor']);
  });

  it('reads "No." before a case or an ordinance number as a sign, and a middle initial before "Still"', () => {
    expect(reports('Vance said Case No. CV-114 would be heard in May.')).toEqual([
      'Case No. CV-114 would be heard in May → Tomas Vance',
    ]);
    const quoted = analyse(['"It is close," said Rep. Ada J. Still, an Ohio Democrat.']);
    expect(directQuotes(quoted)).toEqual(['It is close, → Ada J. Still']);
  });

  it('keeps a condition, and the speaker’s own "but that …", after "but"', () => {
    expect(reports('Vance said she would sign the bill, but only if lawmakers found the money.')).toEqual([
      'she would sign the bill, but only if lawmakers found the money → Tomas Vance',
    ]);
    expect(reports('Vance said the raid was lawful, but that officers had not ruled out mistakes.')).toEqual([
      'the raid was lawful, but that officers had not ruled out mistakes → Tomas Vance',
    ]);
  });

  it('keeps an apposition the speaker gave, and a clause whose subject has an aside', () => {
    expect(
      reports('Vance said her client faced two counts, a charge related to fraud and one of perjury.'),
    ).toEqual(['her client faced two counts, a charge related to fraud and one of perjury → Tomas Vance']);
    expect(reports('Vance claimed her client, who has no criminal record, was innocent.')).toEqual([
      'her client, who has no criminal record, was innocent → Tomas Vance',
    ]);
    expect(
      reports('Vance maintained the agency — long criticized by auditors — had ignored the warnings.'),
    ).toEqual(['the agency — long criticized by auditors — had ignored the warnings → Tomas Vance']);
    expect(reports('Vance said out of respect for the family she would not comment.')).toEqual([
      'out of respect for the family she would not comment → Tomas Vance',
    ]);
  });
});

// Wrong in both versions the review compared, and mended after it.
describe('what the review found wrong before this session too', () => {
  it('reads "Not even" before a title, an article or an owner as a negation', () => {
    expect(reports('Not even Senator Ada Kiel said the plan would pass.')).toEqual([]);
    expect(reports('Not even the Treasury said the deal was done.')).toEqual([]);
    expect(reports("Not even Labour's Ada Kiel, a longtime ally, said the deal was done.")).toEqual([]);
    expect(reports('Not even a year later, Vance said the plan had failed.')).toEqual([
      'the plan had failed → Tomas Vance',
    ]);
  });

  it('gives a described speaker’s report to the speaker, not to the record it is told from', () => {
    expect(reports('The president said the economy was strong, according to a transcript.')).toEqual([
      'the economy was strong → the president',
    ]);
  });

  it('ends the report at an answer several words after "but"', () => {
    expect(
      reports(
        'Vance said the state would not pay, but the legislature and the courts have rejected that position.',
      ),
    ).toEqual(['the state would not pay → Tomas Vance']);
  });

  it('shows no speaker for a first person with a contracted verb', () => {
    expect(reports("We're saying that the city cannot afford it.", "I'd argue that he is wrong.")).toEqual(
      [],
    );
  });

  it('reads a count before a noun as a thing claimed, not a clause', () => {
    expect(reports('Vance claimed two seats in the north.')).toEqual([]);
    expect(reports('Vance claimed two aides lied.')).toEqual(['two aides lied → Tomas Vance']);
  });
});

describe('"spokesman" and "chairman" written of a woman', () => {
  it('let her given name tell her gender, so her "she said" is hers', () => {
    const sheet = analyse([
      'Tom Vance said the group raises no money. Vance spokesman Mary Hicks confirmed that it was formed on its own.',
      '"They are not tied to the campaign," she said.',
    ]);
    expect(directQuotes(sheet)).toEqual(['They are not tied to the campaign, → Mary Hicks']);
  });

  it('still read a man’s title as his', () => {
    const sheet = analyse([
      'Ada Vance said the group raises no money. Vance spokesman Tom Hicks confirmed that it was formed on its own.',
      '"They are not tied to the campaign," she said.',
    ]);
    expect(directQuotes(sheet)).toEqual(['They are not tied to the campaign, → Ada Vance']);
  });
});

// A second review, of the mended version, found each of these; they are read as below.
describe('what the second review found', () => {
  it('gives the clause joined before "according to" to the source, and keeps "and that …" with the speaker', () => {
    expect(
      reports(
        'The governor says the harbour is safe, but crime has risen in the port, according to the police union.',
      ),
    ).toEqual(['crime has risen in the port → the police union']);
    expect(
      reports('He said the two never met, and that he left the party early, according to the Ledger.'),
    ).toEqual(['the two never met, and that he left the party early → Tomas Vance']);
  });

  it('reads "said to be" as no report', () => {
    expect(reports('The man said to be the gunman was arrested on Friday, according to police.')).toEqual([
      'The man said to be the gunman was arrested on Friday → police',
    ]);
  });

  it('keeps the speaker’s own caveat after "but there was", and a passive after "but"', () => {
    expect(reports('Vance said a deal was possible, but there was no guarantee.')).toEqual([
      'a deal was possible, but there was no guarantee → Tomas Vance',
    ]);
    expect(reports('Vance said the border was shut, but convoys cleared by inspectors could pass.')).toEqual([
      'the border was shut, but convoys cleared by inspectors could pass → Tomas Vance',
    ]);
  });

  it('skips a span after "said" only for a perfect or before "that"', () => {
    // After a plain "said" the span is the clause's own: it is never dropped from what is shown.
    expect(reports('Vance said for a few days the roads would be closed.')).not.toContain(
      'the roads would be closed → Tomas Vance',
    );
    expect(reports('Vance has said for weeks and months that the budget is balanced.')).not.toContain(
      'months that the budget is balanced → Tomas Vance',
    );
  });

  it('reads "no." before a number written out as a sign, and keeps "Then" before an office of two words', () => {
    expect(reports('Vance, who lives at no. Fourteen Mill Lane, said the noise was unbearable.')).toEqual([
      'the noise was unbearable → Tomas Vance',
    ]);
    const sheet = analyse([
      'Then Home Secretary Ada Kiel said in 2019 that the border would open within a year.',
    ]);
    expect(sheet.quotes.map((q) => q.role)).toEqual(['Then Home Secretary']);
  });

  it('reads lists and counts after "added", a time after "Not even", and "admitted himself that"', () => {
    expect(reports('Vance added prices for bread, milk and eggs had doubled since 2021.')).toEqual([
      'prices for bread, milk and eggs had doubled since 2021 → Tomas Vance',
    ]);
    expect(reports('Officials added 12 died in the blast.')).toEqual(['12 died in the blast → Officials']);
    expect(reports('Not even a month later Vance said the bridge was sound.')).toEqual([
      'the bridge was sound → Tomas Vance',
    ]);
    expect(reports('Vance admitted himself that mistakes were made.')).toEqual([
      'himself that mistakes were made → Tomas Vance',
    ]);
  });
});
