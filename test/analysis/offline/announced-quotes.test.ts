// Quotes announced rather than said: a named person's "message:" or "comment:" before a colon, and verbs of
// characterising that real copy uses for partial quotes ("exhorted voters to “…”", "is calling it “…”").
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('announced quotes', () => {
  it('gives a colon-announced message or comment to the named person who makes it', () => {
    const result = analyse([
      'With turnout falling in the river wards, Mayor Ilse Brandt is rolling out a new campaign message: “This vote is about the ferry.”',
      'On Tuesday, Councillor Omar Reyes made the following comment: “The ferry has lost money for ten years.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'This vote is about the ferry. → Ilse Brandt',
      'The ferry has lost money for ten years. → Omar Reyes',
    ]);
  });

  it('never gives a colon-announced quote to a person the words were put to', () => {
    const result = analyse([
      'Mayor Ilse Brandt faced a pointed question: “Will the ferry run next year?”',
      'Councillor Omar Reyes heard a warning from Ilse Brandt: “The money is gone.”',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('credits a partial quote after a verb of exhorting or calling to its subject', () => {
    const result = analyse([
      'Councillor Omar Reyes exhorted residents to “vote for the ferry” in the spring.',
      'Dr. Hanna Voss, the harbour physician, is calling the pilot “fit for duty.”',
    ]);
    expect(directQuotes(result)).toEqual(['vote for the ferry → Omar Reyes', 'fit for duty. → Hanna Voss']);
  });
  it('gives a colon after "was quick to retort" or a verb and a short aside to the person', () => {
    const result = analyse([
      'The debate turned sharp.',
      'Ana Ruiz was quick to retort: “You know the levy is no tax.”',
      'Tomas Reyes shot back, to cheers from the hall: “Then call it what it is.”',
      'Ana Ruiz was asked: “Is the levy a tax?”',
      'Tomas Reyes read the sign, in red letters: “No tax.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'You know the levy is no tax. → Ana Ruiz',
      'Then call it what it is. → Tomas Reyes',
    ]);
  });

  it('gives a colon after a named person and a bare verb to that person, not after a possessive or an object', () => {
    const result = analyse([
      'Councillor Omar Reyes resisted: “No mayor of Korvin can shut the pier on a whim.”',
      'On Korvin Radio, Mayor Ilse Brandt went even further: “If the board loses this vote, its run is over.”',
      'Mayor Ilse Brandt faced questions: “Will the ferry run on Sundays?”',
      'Ilse Brandt’s verdict: “The fares are too high.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'No mayor of Korvin can shut the pier on a whim. → Omar Reyes',
      'If the board loses this vote, its run is over. → Ilse Brandt',
    ]);
  });
});
