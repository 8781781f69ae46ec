// A name whose given name the lexicon does not list ("Brix Reyk"), then the bare surname: the person news copy
// names in full and then by surname. Read as no one, their words went to someone else named in the sentence.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a person whose given name the lexicon does not list', () => {
  it('is a person when the story goes on with the bare surname, and speaks as one', () => {
    const result = analyse([
      'Governor Tomas Kiel spoke on Monday. He hammered Brix Reyk over a remark in which he said the town was “lost”.',
      'Reyk’s campaign did not reply. “We stand by every word,” Reyk said later.',
    ]);
    expect(directQuotes(result)).toEqual(['lost → Brix Reyk', 'We stand by every word, → Brix Reyk']);
  });

  it('is not one when the words are a place’s, a group’s or a firm’s, or only met after a preposition', () => {
    const result = analyse([
      'Lestria Democrats met at the law firm of Orvel Strand on Monday, and Zorba Facebook posts spread the news.',
      'Democrats said the levy would pass. Strand and Facebook did not comment.',
      '“The levy is dead,” he said.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });
});
