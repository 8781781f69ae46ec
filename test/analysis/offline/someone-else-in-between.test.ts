// Who said it when someone else stands between the words and the one the rules would credit: a person acting
// in the sentence before a quote with no cue, the one who obtained a letter, the object of the subject's verb,
// and the subject of the clause a credit's verb opens. Each of these was credited to the wrong person in real
// copy; the quote is now the right person's or no one's. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('a quote with no cue after another person acts', () => {
  it('is not carried over to the speaker before', () => {
    const result = analyse([
      '“The river takes what it wants,” Tomas Varga said. Ilse Varga rolled her eyes. “He says that every spring.”',
    ]);
    expect(directQuotes(result)).toEqual(['The river takes what it wants, → Tomas Varga']);
  });

  it('is carried over when only the speaker acts between', () => {
    const result = analyse([
      '“The river takes what it wants,” Tomas Varga said. Varga shrugged. “It always has.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'The river takes what it wants, → Tomas Varga',
      'It always has. → Tomas Varga',
    ]);
  });
});

describe('a document someone obtained', () => {
  it('is not the words of the one who obtained it', () => {
    const result = analyse([
      'A May 9 letter from the guild obtained by the Ledger warns that “the mill cannot stay open past June.”',
      'A memo seen by the Courier said the mill had lost money for years.',
    ]);
    expect(directQuotes(result)).toEqual([]);
    expect(indirectQuotes(result)).toEqual([]);
  });
});

describe('a verb the lexicon also knows as a noun', () => {
  it('keeps the subject before it, not the name after it', () => {
    const result = analyse([
      'Tomas Varga hits Ilse Brandt for her fees and claims that “the mill pays her twice.”',
    ]);
    expect(directQuotes(result)).toEqual(['the mill pays her twice. → Tomas Varga']);
  });
});

describe('a credit verb whose phrase opens a clause', () => {
  it('is no inverted credit: "said the candidate could …"', () => {
    const result = analyse([
      'Mr. Varga, citing “the odd pull of the river towns,” said the candidate could carry the valley.',
    ]);
    expect(directQuotes(result).map((line) => line.split(' → ')[1])).not.toContain('the candidate');
  });
});
