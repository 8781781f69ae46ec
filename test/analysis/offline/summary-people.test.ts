// The people a two- or three-sentence summary shows must be ones its reader can place: a subject named by surname
// alone after a sentence that named them in full, or one the story is about; a closing "she said" that someone
// named in the sentence could have said. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { analyse } from './article.ts';

describe('a summary’s people', () => {
  it('leaves out a sentence whose subject is a surname the summary never named in full', () => {
    const summary = analyse([
      'Mayor Tomas Reyes and board chair Ilse Brandt raised the Lestria ferry levy by a third on Monday.',
      '“We will fight this in every court,” said Ada Kiel, a pilot.',
      'Kiel said on Tuesday that the unions had 40,000 signatures against the levy.',
      'Reyes and Brandt said the levy would pay for 12 new ferries, and Reyes said Brandt had done well.',
    ]).summary;
    expect(summary).not.toContain('Kiel said on Tuesday');
    expect(summary).toContain('Reyes and Brandt said');
  });

  it('keeps it for a person the story is about, named most', () => {
    const summary = analyse([
      'Ada Kiel, the head of the dock union, said on Monday that she would run for mayor of Lestria.',
      'The harbour board voted the same day to raise the ferry levy by a third, the first rise in a decade.',
      'Kiel said on Tuesday that the unions had 40,000 signatures against the levy.',
      'Kiel has led the unions since 2019, and Kiel was a pilot before that.',
    ]).summary;
    expect(summary).toContain('Kiel said on Tuesday');
  });

  it('leaves out a closing “she said” when only a man is named before it', () => {
    const summary = analyse([
      'Mayor Tomas Reyes met voters at the Lestria harbour on Monday to defend the new ferry levy.',
      'Reyes did drive her home from the harbour that night, she said, after the meeting ended.',
      'Dock unions said the rise would cost members about 200 krona a month and promised a court fight.',
    ]).summary;
    expect(summary).not.toContain('she said');
    expect(summary).toContain('Dock unions said');
  });
});
