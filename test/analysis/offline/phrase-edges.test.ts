// Where a speaker phrase begins: a question word, "yet" or a sentence's opening "But" stands outside it, and
// a name inside a relative clause ("analysts who have met Ilse Brandt say") is not who speaks.
// Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('the edges of a speaker phrase', () => {
  it('leaves a question word or "yet" out of the phrase', () => {
    const result = analyse([
      'That is why critics say the harbour fund was “gutted” by the new levy.',
      'Tomas Reyes is a threat to the port, yet Lestrian officials stressed on Monday that the minister was not attacking him.',
    ]);
    expect(directQuotes(result)).toEqual(['gutted → critics']);
    expect(indirectQuotes(result)).toEqual(['the minister was not attacking him → Lestrian officials']);
  });

  it('reads the subject after an opening "Yet" or "But"', () => {
    const result = analyse([
      'Yet Brenner, D-Lestria, dismissed the remarks, expressing distaste but suggesting that the minister had started the row.',
      'But some farmers who have heard the minister over the years, on radio or at rallies, said he had less energy lately.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the minister had started the row → Brenner',
      'he had less energy lately → some farmers',
    ]);
  });

  it('credits the people a relative clause describes, not the name inside it', () => {
    const result = analyse([
      'Analysts who have met Ilse Brandt say the ferry plan will fail.',
      'Some farmers who heard Tomas Reyes speak said the levy was too high.',
    ]);
    expect(indirectQuotes(result)).toEqual([
      'the ferry plan will fail → Analysts who have met Ilse Brandt',
      'the levy was too high → some farmers who heard Tomas Reyes speak',
    ]);
  });

  it('keeps an opening "Though" off the group a later "they" stands for', () => {
    const result = analyse([
      'Though analysts who have worked with Ilse Brandt say they trust her, they also say she does not share her plans with anyone.',
    ]);
    expect(indirectQuotes(result)).toContain('she does not share her plans with anyone → analysts');
    expect(indirectQuotes(result).join('\n')).not.toMatch(/Though|→ Ilse Brandt$/m);
  });

  it('reads no speaker in an adverb that opens the sentence', () => {
    const result = analyse([
      'Shortly after the call ended, the Brandt campaign sent out a statement saying Reyes owes “the farmers an apology for his votes.”',
      'Shortly after the merger was announced, the founders of the ferry line had rallied, warning that the deal would ruin the harbour.',
    ]);
    expect(directQuotes(result).join('\n')).not.toMatch(/Shortly/);
    expect(indirectQuotes(result).join('\n')).not.toMatch(/Shortly/);
    // A name ending in -ly is still a name.
    expect(directQuotes(analyse(['“The tide is late,” Kelly said.']))).toEqual(['The tide is late, → Kelly']);
  });
});
