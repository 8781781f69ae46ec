// Military, church and local-office titles before a surname make the name a person's ("Admiral Okonkwo"), whom
// a later "he said" can then stand for; without the title word the name was no one's and the quote was lost.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('rank and office titles', () => {
  it('reads a surname after a rank as a person a pronoun can stand for', () => {
    const result = analyse([
      'Admiral Okonkwo was blunt about the patrols.',
      '“They try to silence me, and that is really ugly,” he said.',
      'Pastor Lena Dube opened the meeting. “We will rebuild the hall,” said Alderman Piet Vos.',
    ]);
    expect(directQuotes(result)).toEqual([
      'They try to silence me, and that is really ugly, → Okonkwo',
      'We will rebuild the hall, → Piet Vos',
    ]);
    expect(result.quotes.map((quote) => quote.role)).toEqual(['Admiral', 'Alderman']);
  });
});
