// A name the text puts right after "the" and before a verb ("The Green Lantern has vowed …"), or after a body's
// head and "on" ("the Commission on Harbour Tolls"), is an institution or a group: "it" reaches it, "he" and
// "she" do not. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('bodies named with "the"', () => {
  it('lets "it" and not "she" reach a name that "the" opens', () => {
    const result = analyse([
      'Ada Brenner, a harbour pilot, spoke on Monday.',
      'The Green Lantern has vowed to fight the toll plan. “We will not be moved,” it said.',
      'Ilse Brandt, a fisherman’s wife, joined her.',
      'The Commission on Harbour Tolls announced a review on Friday.',
      '“The review is overdue,” she said.',
    ]);
    expect(directQuotes(result)).toEqual([
      'We will not be moved, → Green Lantern',
      'The review is overdue, → Ilse Brandt',
    ]);
  });

  it('keeps a person whose name "the" opens before a noun: "the Hallam family"', () => {
    const result = analyse([
      'Otto Hallam runs the ferry to Tarsa. The Hallam family has owned it since 1950.',
      '“We will keep it running,” he said.',
    ]);
    expect(directQuotes(result)).toEqual(['We will keep it running, → Otto Hallam']);
  });
});

describe('a body whose name holds "of the"', () => {
  it('is named whole: "the Office of the Harbour Archivist", not "Office", and speaks as one', () => {
    const result = analyse([
      'The harbour ledger went on show on Monday.',
      'According to the Office of the Harbour Archivist, the ledger was “rebound” only once, in 1902.',
      'The Department of the Interior said it would lend the ledger for a year.',
      'The Science and Safety Directorate of the Harbour Board concluded that the vault was “fit for purpose.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'rebound → Office of the Harbour Archivist',
      'fit for purpose. → Science and Safety Directorate of the Harbour Board',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'it would lend the ledger for a year → Department of the Interior',
    ]);
  });
});
