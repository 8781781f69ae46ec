// A crosshead that quotes a speaker in capitals is the desk's heading, cut from the words, not the words.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes } from './article.ts';

describe('a quoted crosshead', () => {
  it('is a heading: its capitals are never shown as the speaker’s quote', () => {
    const result = analyse([
      'TARSA, Lestria (Meridian Wire) — President Tomas Reyes told students in Tarsa on Tuesday that elections can be messy.',
      '“IN THE END THE CROWD IS RIGHT”',
      '“Usually, in the end, the crowd is right and the vote works,” Reyes said to a questioner.',
    ]);
    expect(directQuotes(result)).toEqual([
      'Usually, in the end, the crowd is right and the vote works, → Tomas Reyes',
    ]);
  });

  it('leaves a line shouted in capitals with its speaker as a quote', () => {
    const result = analyse([
      'Mayor Ada Brenner spoke at the harbour on Friday.',
      '“WE WILL NOT CLOSE IT,” she wrote on her page later that night.',
    ]);
    expect(directQuotes(result)).toEqual(['WE WILL NOT CLOSE IT, → Ada Brenner']);
  });
});
