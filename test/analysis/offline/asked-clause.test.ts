// Quotes in a clause that opens with "Asked": the words of the question are not the answer's. Every text
// here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a quote inside an "Asked …" clause', () => {
  it('is not credited to the person who answers', () => {
    const result = analyse([
      'Tomas Reyes spoke to reporters on Monday.',
      'Asked about the campaign’s “fresh start,” Reyes said the party had not changed its plans.',
      'When asked whether Brandt “has the judgment to run the port,” 60 percent of voters in Tarsa said yes.',
    ]);
    expect(directQuotes(result)).toEqual([]);
  });

  it('still credits the answer, a phrase the speaker called something, and words the clause credits', () => {
    const result = analyse([
      'Tomas Reyes spoke to reporters on Monday.',
      'He called it a “disgrace,” Reyes said of the ruling.',
      'Asked about the ruling, Reyes said, “It was a disgrace.”',
      'Asked about the rally, when he told the crowd, “We will rebuild the pier,” Reyes said he had meant it.',
    ]);
    expect(directQuotes(result)).toEqual([
      'disgrace, → Tomas Reyes',
      'It was a disgrace. → Tomas Reyes',
      'We will rebuild the pier, → Tomas Reyes',
    ]);
  });

  it('never credits the one asked or told with the words put to them: "Reyes was asked: “…?”"', () => {
    const result = analyse([
      'At the harbour hearing, Tomas Reyes was asked, “Will the pier close before winter?”',
      'Ilse Brandt was told: “The levy stays.” Ada Brenner was asked by Ilse Brandt: “Who pays for the dredging?”',
    ]);
    expect(directQuotes(result)).toEqual(['Who pays for the dredging? → Ilse Brandt']);
  });

  it('gives a question right after "Asked by X," to X when the answer follows it, and an answer to who answers', () => {
    expect(
      directQuotes(
        analyse([
          'Asked by one of Ms. Brandt’s aides, “Is this the final wording for the ferries,” Mr. Reyes replied with a single word: “Yup.”',
          'Asked by a reporter, “I will not run again,” Mr. Reyes said.',
        ]),
      ),
    ).toEqual([
      'Is this the final wording for the ferries, → one of Ms. Brandt’s aides',
      'Yup. → Reyes',
      'I will not run again, → Reyes',
    ]);
  });
});
