// A place is where speakers are, never who speaks; a source named in "according to" yields to a verb of saying
// nearer the quote; a body the speaker phrase names is the one it means. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('places and sources as speakers', () => {
  it('keeps a mixed-case dateline with its agency out of the first sentence', () => {
    const result = analyse([
      'Korvin (Meridian Wire) – The harbour chief will fight the levy after two towns asked the court to strike it down, saying the ferries are overloaded every winter.',
      'Mayor Ilse Brandt told The Korvin Post she had spoken to both towns about their concerns.',
    ]);
    expect(indirectQuotes(result)).not.toContain('the ferries are overloaded every winter → Korvin Post');
    expect(result.summary.startsWith('The harbour chief will fight the levy')).toBe(true);
  });

  it('gives a verb joined by "and" to the subject after a dateline, never to the dateline', () => {
    const result = analyse([
      'Voters in the port doubt the plan.',
      'LESTRIA, Korv. - Ilse Brandt thanked the crews and said the harbour would reopen.',
      'TARSA, Korv. - Rallying hundreds of dock workers, Tomas Reyes tried to calm them and promised to cut the levy.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the harbour would reopen → Ilse Brandt']);
  });

  it('credits the people in a place, not the place', () => {
    const result = analyse([
      'Mayor Ilse Brandt told The Korvin Post she had spoken to both towns.',
      'Officials in Korvin said the ferries were overloaded every winter.',
      'Harbour officials in Tarsa said, “The ferries are full every winter.”',
      'A survey in Lestria said the harbour would close by spring.',
    ]);
    expect(indirectQuotes(result)).toContain(
      'the ferries were overloaded every winter → Officials in Korvin',
    );
    expect(indirectQuotes(result)).toContain('the harbour would close by spring → a survey in Lestria');
    expect(directQuotes(result)).toEqual(['The ferries are full every winter. → Harbour officials in Tarsa']);
  });

  it('gives a quote to the verb of saying nearest it, not to the source of the report', () => {
    const result = analyse([
      'According to The Courier, Brandt changed her plan after a survey in Lestria said she “wants to close the harbour.”',
      'According to the indictment, in June Mr. Reyes told “senior harbour officials” about the ledger.',
    ]);
    expect(directQuotes(result)).toEqual(['senior harbour officials → the indictment']);
  });

  it('credits words a document alleges, claims or recounts to the document', () => {
    const result = analyse([
      'The lawsuit alleges the harbour board ignored “repeated warnings from the pilots” for a decade.',
      'In the ballad, the keeper “swears he never saw the light go out,” the complaint recounts.',
      'The memo claims that the ferry tax will double by spring.',
    ]);
    expect(directQuotes(result)).toEqual([
      'repeated warnings from the pilots → the lawsuit',
      'swears he never saw the light go out, → the complaint',
    ]);
    expect(indirectQuotes(result)).toEqual(['the ferry tax will double by spring → the memo']);
  });

  it('reads a body named inside the speaker phrase as the one it means', () => {
    const result = analyse([
      'A sign put up by the Korvin Department of Transportation urged drivers to slow down.',
      'According to the Courier, one Tarsa Department of Transportation sign read, “Buckle up for the winter.”',
    ]);
    expect(directQuotes(result)).toEqual(['Buckle up for the winter. → Tarsa Department of Transportation']);
  });

  it('does not credit a name that only describes the people speaking', () => {
    const result = analyse([
      'Tomas Reyes spoke first.',
      'By contrast, Reyes operatives in the spin room said Brandt clearly won the debate.',
      'Later, Reyes strategists said the ferry vote was lost.',
    ]);
    expect(indirectQuotes(result)).not.toContain('Brandt clearly won the debate → Tomas Reyes');
    expect(indirectQuotes(result)).not.toContain('the ferry vote was lost → Tomas Reyes');
  });
});
