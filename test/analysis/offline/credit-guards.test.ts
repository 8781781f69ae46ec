// Words given to the wrong party, as an editor found them on real sheets: a group's claim handed to the body it
// attacks, a bare "police said" bound to a force named paragraphs before, a quote handed to the outlet that
// opens the next sentence, and the reporter's narration read as a report ("adding to the sense that …").
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('who a claim belongs to', () => {
  it('gives the detractors of a firm their own words, never the firm', () => {
    const result = analyse([
      'Detractors of Maplecorp argue that the firm’s stance on wages goes well beyond its founder’s remarks.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the firm’s stance on wages goes well beyond its founder’s remarks → Detractors of Maplecorp',
    ]);
  });

  it('gives misspelt critics of a firm their own words too, never the firm', () => {
    const result = analyse(['Critcs of Maplecorp argue that the firm’s stance on wages goes too far.']);
    expect(indirectQuotes(result)).toEqual(['the firm’s stance on wages goes too far → Critcs of Maplecorp']);
  });

  it('gives a commenter on a forum or a member of a board their own words, never the forum or board', () => {
    const result = analyse([
      'A commenter on the forum Harbour Watch said the port would close by May.',
      'A member of the Harbour Board said the levy would pass.',
      'An analyst at Halvard Securities said the ferries would run at a loss.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the port would close by May → a commenter on the forum Harbour Watch',
      'the levy would pass → a member of the Harbour Board',
      'the ferries would run at a loss → Halvard Securities',
    ]);
  });

  it('leaves "police said" as police when no force was named a sentence or two before', () => {
    const result = analyse([
      'Her mother, uncle and cousin all served in the Weston Police Department.',
      'The march went on for hours. Hundreds joined. Some carried lanterns.',
      'On Friday, police said a deputy had been put on leave for waving a shotgun at marchers.',
      'The Dray County Police Department closed the bridge. On Monday, police said it would reopen soon.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'a deputy had been put on leave for waving a shotgun at marchers → police',
      'it would reopen soon → Dray County Police Department',
    ]);
  });

  it('leaves "police said" as police when the force named just before is someone’s employer', () => {
    const result = analyse([
      'Her aunt and two cousins were employed by the Weston Police Department for years.',
      'On Friday, police said a deputy had been put on leave for waving a shotgun at marchers.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'a deputy had been put on leave for waving a shotgun at marchers → police',
    ]);
  });

  it('ends a quote’s sentence before an outlet that reports something of its own', () => {
    const result = analyse([
      'On May 2, 2014, The Harbor Star, a Kingsport paper, described Mr. Vance as “a war hero.” The Elm Gazette reported on May 5, 2013, that Mr. Vance “drew cheers.”',
    ]);
    expect(directQuotes(result)).toEqual(['a war hero. → Harbor Star', 'drew cheers. → Elm Gazette']);
  });

  it('reads nothing reported in what a deed adds to', () => {
    const result = analyse([
      'Since the strike began, the officials changed course nearly every day, adding to the sense that the talks were adrift.',
    ]);
    expect(indirectQuotes(result)).toEqual([]);
  });

  it('gives the words to the person an apposition of state and party describes', () => {
    const result = analyse([
      'Sen. Tom Olsen, an Oregon Democrat, said: “Our colleagues know that stalling this bill hurts them.”',
      'Ada Kiel and Ivo Brandt, a Tarsa Republican, argued that the levy is not needed.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Our colleagues know that stalling this bill hurts them. → Tom Olsen',
    ]);
    expect(indirectQuotes(result)[0]).not.toContain('Tarsa Republican');
  });

  it('gives a verb joined by "and" in an "as" clause to that clause’s subject', () => {
    const result = analyse([
      'Governor Lena Ortiz urged state Sen. Paul Becker to quit the panel, as the veteran senator refused to budge and vowed to keep his seat.',
      'As the storm eased, Ada Kiel thanked the crews and said the port would reopen.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'vowed to keep his seat → Paul Becker',
      'the port would reopen → Ada Kiel',
    ]);
  });

  it('shows a one-word title the story writes with "The" whole: The Beacon, not a surname', () => {
    const result = analyse([
      'The levy will pass this spring, according to The Beacon, a weekly paper in Tarsa.',
      'The port will reopen in May, the Beacon said, citing two harbour officials.',
    ]);
    expect(indirectQuotes(result).map((line) => line.split(' → ')[1])).toEqual(['The Beacon', 'The Beacon']);
  });
});
