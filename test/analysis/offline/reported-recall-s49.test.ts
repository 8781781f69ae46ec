// Reports the engine passed over on real copy (PolNeAR's gold, session 49), each rebuilt from invented text, and
// the readings that must stay out while they are let in. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

const reports = (sentence: string) => indirectQuotes(analyse(['Tom Reyes spoke on Monday.', sentence]));

describe('verbs that report only before "that" (session 49)', () => {
  it('reads an allegation, a declaration, a tweet and a participle of telling when "that" opens the clause', () => {
    expect(reports('Ada Vance alleges that she was dismissed for taking leave to serve.')).toEqual([
      'she was dismissed for taking leave to serve → Ada Vance',
    ]);
    expect(reports('The mayor declared on Friday that the city would rebuild the pier by spring.')).toEqual([
      'the city would rebuild the pier by spring → the mayor',
    ]);
    expect(reports('Ada Vance tweeted that the vote was a disgrace.')).toEqual([
      'the vote was a disgrace → Ada Vance',
    ]);
    expect(
      reports('Ada Vance criticised the plan, telling the council that it would cost too much.'),
    ).toEqual(['it would cost too much → Ada Vance']);
  });

  it('shows nothing for the thing such a verb takes instead of a clause', () => {
    expect(
      reports('The governor declared a state of emergency, which frees money for the counties.'),
    ).toEqual([]);
    expect(
      reports('Ada Vance tweeted a photograph of the flooded pier that residents had sent her.'),
    ).toEqual([]);
    expect(reports('The board declared Reyes the winner of a race that was marred by fraud.')).toEqual([]);
    expect(reports('Reyes addressed the gala, telling the guests how he had saved the old hotel.')).toEqual(
      [],
    );
  });
});

describe('a participle after the main verb (session 49)', () => {
  it('gives it to the subject when nothing else is said before it', () => {
    expect(
      reports(
        'Ruiz admitted that he had misled the panel, telling the council that the talks ended months earlier.',
      ),
    ).toEqual(['he had misled the panel → Ruiz', 'the talks ended months earlier → Ruiz']);
  });

  it('ends a participle set off after the subject where the sentence’s own verb begins', () => {
    expect(reports('Vance, telling reporters that she was innocent, walked out of the courtroom.')).toEqual([
      'she was innocent → Vance',
    ]);
    expect(reports('Aldo, insisting that Vance would win, said turnout would be key.')).toEqual([
      'Vance would win → Aldo',
      'turnout would be key → Aldo',
    ]);
  });
});

describe('speakers the engine did not know (session 49)', () => {
  it('lets associates and operatives report, and shows such a word as a named speaker’s role', () => {
    expect(reports('Reyes’s associates insist he is returning to the council as the same fighter.')).toEqual([
      'he is returning to the council as the same fighter → Reyes’s associates',
    ]);
    const roles = analyse([
      'Ada Vance, a veteran party operative, said the count would be close.',
    ]).quotes.map((q) => q.role);
    expect(roles).toEqual(['veteran party operative']);
  });

  it('reads a named subject after a dash that ends the writer’s clause, not the clause’s "it"', () => {
    expect(
      reports(
        'It was no accident — Tom Ruiz, a spokesman for Vance, told the Herald that the speaker had warned the chairman.',
      ),
    ).toEqual(['the speaker had warned the chairman → Tom Ruiz']);
  });

  it('keeps the subject before an aside in dashes, not the name after the dash that closes it', () => {
    const sheet = analyse([
      'Tom Reyes first said in May that farmers “must stay out” while bankers “may walk right in.” Reyes, later asserting - once more without proof - that Governor Vance meant to let in 90,000 settlers, said he would expel the settlers, whom he suspects are “hired agitators” sent by a rival.',
    ]);
    expect(directQuotes(sheet)).toEqual([
      'must stay out → Tom Reyes',
      'may walk right in. → Tom Reyes',
      'hired agitators → Tom Reyes',
    ]);
  });
});

describe('where a reported clause starts (session 49)', () => {
  it('starts at a contracted pronoun after the listener', () => {
    expect(reports('Ruiz also told the Herald he’d back Vance in the runoff over Reyes.')).toEqual([
      'he’d back Vance in the runoff over Reyes → Ruiz',
    ]);
    expect(reports("Ruiz told reporters they'll vote on the budget in May.")).toEqual([
      "they'll vote on the budget in May → Ruiz",
    ]);
  });

  it('keeps a phrase set off after "that" as the clause’s own', () => {
    expect(
      reports('Harbour officials say that, even if they wanted one, a recount could not be held.'),
    ).toEqual(['even if they wanted one, a recount could not be held → Harbour officials']);
    expect(
      reports('Tom Reyes argues that, while the levy may lower fares, workers will not feel it.'),
    ).toEqual(['while the levy may lower fares, workers will not feel it → Tom Reyes']);
  });

  it('still ends a clause at a concession the reporter adds after it', () => {
    expect(reports('Ruiz said the levy would lower fares, while critics warned of delays.')).toEqual([
      'the levy would lower fares → Ruiz',
    ]);
  });
});

describe('present and progressive forms of verbs of saying (session 49)', () => {
  it('reads "responds", "admits", "concedes", "is continuing to insist", and "adds" or "predicts" before "that"', () => {
    expect(reports('Ruiz responds that he does not need the audit to know the port is broke.')).toEqual([
      'he does not need the audit to know the port is broke → Ruiz',
    ]);
    expect(reports('Ada Vance concedes that most of her neighbours prefer the ferry.')).toEqual([
      'most of her neighbours prefer the ferry → Ada Vance',
    ]);
    expect(
      reports('Ada Vance is continuing to insist she will publish the audit only when Reyes does.'),
    ).toEqual(['she will publish the audit only when Reyes does → Ada Vance']);
    expect(reports('Vance adds that she has published ten years of accounts.')).toEqual([
      'she has published ten years of accounts → Vance',
    ]);
    expect(reports('Reyes predicts that as rivals drop out, their voters will come to him.')).toEqual([
      'as rivals drop out, their voters will come to him → Tom Reyes',
    ]);
  });

  it('shows nothing for what "adds" or "predicts" takes without "that"', () => {
    expect(reports('The ruling adds a new voice to the record on the harbour fire.')).toEqual([]);
    expect(reports('Ada Vance is predicting a closer race than the polls suggest in the north.')).toEqual([]);
  });
});

describe('an emphatic "did" before the verb, and the "he" after an opening stretch of time (session 49)', () => {
  it('reads "did note that" and "did say" as the verb itself', () => {
    expect(
      reports('Reyes did not name his rivals but did note that he had carried the most districts.'),
    ).toEqual(['he had carried the most districts → Tom Reyes']);
  });

  it('gives a later "he" to the main clause’s subject, not to a name in "One day before …"', () => {
    const sheet = analyse([
      'Tom Reyes spoke on Monday.',
      'And on Saturday, one day before Governor William Vance released a summary of the audit, former Mayor Beto Ruiz charged at a rally that the port was “run by crooks.”',
      'He kept quiet on Sunday, yet he did say in Korvin that Reyes is “a menace to the harbour.”',
    ]);
    expect(directQuotes(sheet)).toEqual([
      'run by crooks. → Beto Ruiz',
      'a menace to the harbour. → Beto Ruiz',
    ]);
  });
});

describe('speakers described by what they are in the race (session 49)', () => {
  it('lets a challenger, an incumbent, a front-runner and fans report', () => {
    expect(reports('The challenger said the pier would reopen in May.')).toEqual([
      'the pier would reopen in May → the challenger',
    ]);
    expect(reports('Harbour fans insist the club must keep its old ground.')).toEqual([
      'the club must keep its old ground → Harbour fans',
    ]);
  });

  it('reads no speaker into an adjective before the noun it describes', () => {
    expect(
      reports('Reyes also struck populist notes, much like the ones Vance had sounded, praising his record.'),
    ).toEqual([]);
  });
});

describe('what a review found the new verbs must not read (session 49)', () => {
  it('reads no clause after a "that" that points at a thing, a time or a place', () => {
    expect(
      reports('Senator Okafor tweeted that video of the flooded road on Sunday, and it spread fast.'),
    ).toEqual([]);
    expect(reports('The judge was telling that story to the jury when the lights went out.')).toEqual([]);
    expect(reports('Ruiz adds that to his twelve goals this season, a club record.')).toEqual([]);
    expect(reports('The mayor tweeted that morning that the roads were closed.')).toEqual([]);
  });

  it('reads no report from an -ing verb that describes the noun before it', () => {
    expect(reports('A man declaring that he was the rightful mayor was arrested outside City Hall.')).toEqual(
      [],
    );
  });

  it('reads no report whose subject is negated, inverted by a negation, or a condition’s', () => {
    expect(reports('Nobody claims that Ruiz took the money himself.')).toEqual([]);
    expect(reports('Not one minister admits that the target will be missed.')).toEqual([]);
    expect(reports('Not once did Vance say that the pier would close.')).toEqual([]);
    expect(reports('Vance never once did say that the pier would close.')).toEqual([]);
    expect(reports('Vance hardly said that the pier would close.')).toEqual([]);
    expect(
      reports('Unless the mayor declares that the pier is safe, the council said, it will stay closed.'),
    ).toEqual(['it will stay closed → the council']);
    expect(reports('Ruiz opposed the bill, as did Vance, who said it was rushed.')).toEqual([
      'it was rushed → Vance',
    ]);
  });

  it('ends a report where another source’s present report begins after a comma', () => {
    expect(
      reports('Vance admits that mistakes were made, but her critics say she has not gone far enough.'),
    ).toEqual(['mistakes were made → Vance']);
  });

  it('ends an allegation in a relative clause where the verdict on its speaker begins', () => {
    expect(
      reports('A jury found Reyes, who alleged that Vance had struck him first, not guilty of assault.'),
    ).toEqual(['Vance had struck him first → Tom Reyes']);
  });

  it('keeps a role whose clause has "does" in it', () => {
    const roles = analyse([
      'Ada Vance, a pollster who does work for Democrats, said the race was tied.',
    ]).quotes.map((q) => q.role);
    expect(roles).toEqual(['pollster']);
  });
});

describe('what a second review found (session 49)', () => {
  it('keeps a condition after "but only if" in the report', () => {
    expect(
      reports('Vance said she would sign the bill, but only if economists say it is affordable.'),
    ).toEqual(['she would sign the bill, but only if economists say it is affordable → Vance']);
  });

  it('ends a participle set off after the subject at the last comma before the main verb', () => {
    expect(
      reports('Vance, arguing that the pier plan, expected to cost $4bn, was too dear, voted no.'),
    ).toEqual(['the pier plan, expected to cost $4bn, was too dear → Vance']);
  });

  it('reads no clause after "that" and a name before a thing or a day, but does after a name and its verb', () => {
    expect(reports('Ruiz adds that Premier League title to the two cups he won at Dover.')).toEqual([]);
    expect(reports('Okafor tweeted that Channel Nine interview, calling it a hit job.')).toEqual([]);
    expect(reports('The senator tweeted that Sunday that she would not run again.')).toEqual([]);
    expect(
      reports('Vance alleged in the suit that Reyes personally earned $5 million from the scheme.'),
    ).toEqual(['Reyes personally earned $5 million from the scheme → Vance']);
  });

  it('lets a hyphenated "No-" name a group', () => {
    expect(reports('No-deal campaigners say the vote was rigged.')).toEqual([
      'the vote was rigged → No-deal campaigners',
    ]);
  });
});
