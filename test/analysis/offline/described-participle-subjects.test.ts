// A participle after a clause whose subject is a description, not a name: "The mayor defended the plan,
// saying …" is the mayor's, quoted or reported. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a description opening the clause speaks for its participle', () => {
  it('credits the quote after "saying" to the description before the verb', () => {
    const result = analyse([
      'The mayor rallied supporters on Monday, saying: “We have to be ready for the vote.”',
      'On Tuesday, the harbour chief’s deputy defended the plan, saying, “It is fair to every family on the coast.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'We have to be ready for the vote. → the mayor',
      'It is fair to every family on the coast. → the harbour chief’s deputy',
    ]);
  });

  it('credits the report after "saying" to the description, cut before the verb it ran over', () => {
    const result = analyse(['The mayor defended the levy on Tuesday, saying it would pay for the new pier.']);
    expect(indirectQuotes(result)).toEqual(['it would pay for the new pier → the mayor']);
  });

  it('cuts before a verb whose object names people: the senders speak, not their readers', () => {
    const result = analyse([
      'The harbour senator emailed supporters saying he would fight on to the final vote in Kessel.',
      'Ines Varga spoke in Kessel. Varga emailed donors, saying she would keep the pier open all winter.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he would fight on to the final vote in Kessel → the harbour senator',
      'she would keep the pier open all winter → Ines Varga',
    ]);
  });

  it('leaves "<verb> <people> saying" to the people after a verb of citing, meeting or hearing', () => {
    const result = analyse([
      'The agency cited diplomats saying the talks in Kessel had stalled.',
      'The court heard witnesses saying the harbour pilot had fled.',
    ]);
    const speakers = result.quotes.map((quote) => quote.speaker?.toLowerCase() ?? '');
    expect(speakers).not.toContain('the agency');
    expect(speakers).not.toContain('the court');
  });

  it('keeps a relative aside about a thing out of the way: the participle is still the subject’s', () => {
    const result = analyse([
      'The mayor’s office denied the claims, which the Ledger first reported, telling the paper they are “the very definition of spin.”',
    ]);
    expect(directQuotes(result)).toEqual(['the very definition of spin. → the mayor’s office']);
  });

  it('credits no description that holds a clause, follows another subject, or is a document', () => {
    const result = analyse([
      'The first look the crowd gets of the mayor is his face on a banner, calling them “cheats” and worse.',
      'The retired judge spoke after Ms. Reyes, who held a meeting in which she went on with her attack, saying the port was not “safe” at all.',
      'The report faulted the agency, saying: “It failed every family on the coast.”',
    ]);
    const speakers = result.quotes.map((quote) => quote.speaker?.toLowerCase() ?? '');
    for (const wrong of ['the first look', 'the retired judge', 'the report'])
      expect(speakers.filter((speaker) => speaker.startsWith(wrong))).toEqual([]);
  });

  it('reads a titled name opening the clause after an opening subordinate clause as the participle’s subject', () => {
    const result = analyse([
      'As he prepared to travel to Kessel, Mr. Reyes answered the attacks, noting on the radio that the former mayor once suggested that he pay the town a visit.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the former mayor once suggested that he pay the town a visit → Reyes',
    ]);
  });

  it('credits a description that portrays others “as” the quote says, or that goes on "and said"', () => {
    const result = analyse([
      'Ortiz spoke of the pier while the Reyes campaign paints rival leaders as “stuck in another age.”',
      'A former staffer filed a suit against the panel and said he was fired because he would not go along.',
    ]);
    expect(directQuotes(result)).toEqual(['stuck in another age. → the Reyes campaign']);
    expect(indirectQuotes(result)).toEqual(['he was fired because he would not go along → a former staffer']);
  });

  it('leaves a verb after "when" and its own subject to that subject, never to the description before', () => {
    const result = analyse([
      'Some in the audience jeered, and when Reyes thanked the town and said it felt good to be back, a woman shouted “Stay away!”',
    ]);
    expect(indirectQuotes(result)).not.toContain('it felt good to be back → some in the audience');
  });

  it('reads no participle after a clause with its own subject: "after two towns sued …, saying"', () => {
    const result = analyse([
      'The harbour chief vowed to defend the ferry law after Dunmore and Carrick sued to overturn it, saying the cheap fares drain their own ports.',
      'The harbour chief vowed to defend the ferry law after Christmas, saying the cheap fares help every port.',
      'Lestria’s top lawyer promises to firmly defend the ferry law after Dunmore and Carrick asked the High Court to void it, saying buses sit idle in their towns.',
    ]);
    expect(indirectQuotes(result).join(' ')).not.toContain('buses sit idle');
    expect(indirectQuotes(result)).not.toContain('the cheap fares drain their own ports → the harbour chief');
    expect(indirectQuotes(result)).toContain('the cheap fares help every port → the harbour chief');
  });

  it('reads a description after an opening phrase as the subject of its participle', () => {
    const result = analyse([
      'The next month, a former port clerk filed a suit against the board, claiming he was let go because he would not spy on the mayor.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'he was let go because he would not spy on the mayor → a former port clerk',
    ]);
  });

  it('never gives a participle to the name that only stands in apposition to the object before it', () => {
    const result = analyse([
      'Otto Hallam is the mayor of Varna.',
      'On Monday, Hallam fired his harbour chief, Tomas Reyes, saying that the town had lost faith in the port.',
      'In May the clerks struck and Hallam dismissed his deputy, Ilse Varga, conceding that the fares were too high.',
    ]);
    expect(indirectQuotes(result)).toEqual(['the town had lost faith in the port → Otto Hallam']);
  });

  it('still gives the participle to a name set off after a passive’s agent', () => {
    const result = analyse([
      'Ada Brenner spoke first.',
      'The strike was led by the union chief, Tomas Reyes, saying the pay had fallen for years.',
    ]);
    expect(indirectQuotes(result)).toContain('the pay had fallen for years → Tomas Reyes');
  });
});
