// Quoted words in a sentence that are not its subject's: a name given to a thing ("referred to as", "titled"),
// a term someone avoided, words the subject is accused of saying, and a word the subject denies, which another
// side claims.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('quoted words that are not the subject’s', () => {
  it('leaves out a name given to a thing', () => {
    const referred = analyse([
      'Mayor Tomas Reyes said the scheme, also referred to as “the compact,” would start soon.',
    ]);
    expect(directQuotes(referred)).toEqual([]);
    const titled = analyse(['Ada Brenner posted a video titled “Inside the Harbour Board” on Tuesday.']);
    expect(directQuotes(titled)).toEqual([]);
  });

  it('leaves out a term someone is blamed for avoiding', () => {
    const result = analyse([
      'The ferry fire dominated the council race on Sunday, as the candidates condemned the blaze -- and Tomas ' +
        'Reyes ripped the mayor and Ada Brenner for avoiding the term "harbour cartel" in doing so.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('leaves out the words an accuser says the accused used, however many', () => {
    const result = analyse([
      'Ada Brenner accused Tomas Reyes of telling her he had “strange dreams” and “odd thoughts” about her.',
      'Two clerks accused Reyes of often mocking visitors and making jokes about the “night watch” in the office.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('keeps the accuser’s own words after a comma', () => {
    const result = analyse(['Ada Brenner accused Tomas Reyes of fraud, saying “he lied to all of us.”']);
    expect(directQuotes(result)).toEqual(['he lied to all of us. → Ada Brenner']);
  });

  it('leaves out a word the subject denies, as another side claims it', () => {
    const result = analyse([
      'Reyes says the levy will save the pier, not “sink” it, as the Vance campaign claims.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});

describe('a report of a promise, then whether it was kept', () => {
  it('ends before the reporter says it was not', () => {
    const result = analyse([
      'Reyes said he would return the $9,000 to the council, but has not kept his word yet.',
    ]);
    expect(indirectQuotes(result)).toEqual(['he would return the $9,000 to the council → Reyes']);
  });

  it('goes on when what follows is not about the promise', () => {
    const result = analyse(['Reyes said he would vote for the levy but has doubts about its cost.']);
    expect(indirectQuotes(result)).toEqual([
      'he would vote for the levy but has doubts about its cost → Reyes',
    ]);
  });
});

describe('what frames a report but is not in it', () => {
  it('leaves out the manner adverb before "that", but keeps one that judges the report', () => {
    const flatly = analyse(['Brenner said flatly that she will be staying put.']);
    expect(indirectQuotes(flatly)).toEqual(['she will be staying put → Brenner']);
    const falsely = analyse(['The Courier reported falsely that Brenner had resigned from the board.']);
    // Shown from its verb, so the judgement reads as the outlet's verdict (framed-report.ts).
    expect(indirectQuotes(falsely)).toEqual([
      'reported falsely that Brenner had resigned from the board → Courier',
    ]);
  });

  it('ends a report a participle introduced where a second participle joins the first', () => {
    const result = analyse([
      'Rivals have been hounding Brenner, saying that she must resign and questioning her judgment.',
    ]);
    expect(indirectQuotes(result)).toEqual(['she must resign → Rivals']);
  });

  it('credits a report in a statement to whoever issued it', () => {
    const result = analyse([
      'Otto Vance, the chief executive, issued a statement on Friday saying that the plan had not changed.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the plan had not changed → Otto Vance']);
  });

  it('drops a possessive noun phrase with a negated infinitive as no report', () => {
    const result = analyse([
      'Rep. Tomas Reyes wiped the blog post in which he announced his decision to not seek another term.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});
