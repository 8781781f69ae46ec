// Where a report's words stop and whose they are: a noun of saying that is its sentence's subject ("Reyes’s
// claim that … drew scorn"), a phrase after the verb holding another speaker's verb ("said … after the grocer
// announced …"), and a concession of a word set off inside the report ("a crucial, though brief, chance").
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a noun of saying that is the sentence’s subject', () => {
  it('ends the claim where the main verb begins, or shows nothing when that verb cannot be told', () => {
    const result = analyse([
      'Tomas Reyes’s claim that his route to victory remains open would rest on winning every ward left.',
      'Mayor Ilse Brandt’s warning that the dam could fail was ignored by the council.',
      'Brandt’s claim that the dam was sound drew scorn from engineers.',
      'Varga’s claim that the mill, which crews built in May, was sound is wrong.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'his route to victory remains open → Tomas Reyes',
      'the dam could fail → Ilse Brandt',
      'the mill … was sound → Varga',
    ]);
  });

  it('leaves a claim in an opening phrase or a verb’s object to the rules that read them', () => {
    const result = analyse(['Critics mocked Ilse Brandt’s claim that the dam was sound.']);
    expect(indirectQuotes(result)).toEqual(['the dam was sound → Ilse Brandt']);
  });
});

describe('a phrase after the verb of saying', () => {
  it('gives nothing when it holds another speaker’s verb of saying', () => {
    const result = analyse(['Tomas Reyes spoke in May after the grocer announced it was closing two shops.']);
    const said = analyse(['Tomas Reyes said in May after the grocer announced it was closing two shops.']);
    expect(indirectQuotes(result)).toEqual([]);
    expect(indirectQuotes(said)).toEqual([]);
  });

  it('reads on past a noun that is also a verb of saying', () => {
    const result = analyse([
      'Ilse Brandt said after the reports broke that she would repay the fees to the port.',
      'Tomas Reyes said at a rally announcing that the ferries would run all winter.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she would repay the fees to the port → Ilse Brandt',
      'the ferries would run all winter → Tomas Reyes',
    ]);
  });
});

describe('a concession inside the report', () => {
  it('keeps a word or two set off by commas, and ends at a concession with a verb of its own', () => {
    const result = analyse([
      'Ilse Brandt said she saw the hearing as a vital, though brief, chance to question the board.',
      'Tomas Reyes said the toll was fair, though he admitted it was steep.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'she saw the hearing as a vital, though brief, chance to question the board → Ilse Brandt',
      'the toll was fair → Tomas Reyes',
      'it was steep → Tomas Reyes',
    ]);
  });
});

describe('surnames with particles', () => {
  it('keeps “von der”, “van den” in a name and joins a titled surname to the full name', () => {
    const result = analyse([
      'Ursula von der Lind arrived in Lestria on Monday.',
      '“We are ready,” Ms. von der Lind said.',
      '“The dike holds,” said Gijs van den Berg, the engineer.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We are ready, → Ursula von der Lind',
      'The dike holds, → Gijs van den Berg',
    ]);
  });
});
