// The speaker is the subject of the clause, whatever its commas hold: a role whose closing comma is missing,
// a paper in apposition to the role, a relative clause naming a firm, and a participle after an object who
// is someone else. Each of these gave the quote to the wrong name before. Every text here is written for
// the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('the subject across commas', () => {
  it('credits the name before a role whose closing comma is missing, not the body the role names', () => {
    const result = analyse([
      'Ilse Brandt, the spokeswoman for the Lestria Ferry Company said on the quay. “No spare ferry can be sent.”',
      'Tomas Reyes, the treasurer of the Harbour Workers Union said the levy was “a tax on the poor.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'No spare ferry can be sent. → Ilse Brandt',
      'a tax on the poor. → Tomas Reyes',
    ]);
  });

  it('still credits the role when the reporting clause is an aside: "X, the mayor said, …"', () => {
    const result = analyse(['Ilse Brandt, the mayor said, had been “a builder, not a talker.”']);
    expect(directQuotes(result)).toEqual(['a builder, not a talker. → the mayor']);
  });

  it('credits the person, not the paper in apposition to their role', () => {
    const result = analyse([
      'Tomas Reyes, the editor of the evening paper, the Lestria Courier, said the levy was “a tax on the poor.”',
    ]);
    expect(directQuotes(result)).toEqual(['a tax on the poor. → Tomas Reyes']);
  });

  it('keeps a body that stands alone in apposition: "The ferry’s owner, Harbourlight, said"', () => {
    const result = analyse(['The ferry’s owner, Harbourlight, said the crossing was “perfectly safe.”']);
    expect(directQuotes(result)).toEqual(['perfectly safe. → Harbourlight']);
  });

  it('skips a relative clause with names of its own, but not one that ended before the subject', () => {
    const result = analyse([
      'Ada Brenner, whose latest venture, Harbourlight, builds ferries, said the mayor was a builder: “He likes to start things.”',
      'At the launch, which was filmed, Tomas Reyes, smiling, says “we won.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'He likes to start things. → Ada Brenner',
      'we won. → Tomas Reyes',
    ]);
  });

  it('gives a participle’s quote to the clause’s subject, not to the person it acted on', () => {
    const result = analyse([
      'Mrs. Brandt backed Tomas Reyes for mayor on Tuesday, calling him a man with “a steady hand” who would fix “what the harbour lacks.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'a steady hand → Brandt',
      'what the harbour lacks. → Brandt',
    ]);
  });
});
