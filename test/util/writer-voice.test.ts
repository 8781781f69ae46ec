import { describe, expect, it } from 'vitest';
import { isWriterWord } from '../../src/util/writer-voice.ts';

// Each case: a sentence's words, and which of them (by index) is asked about.
const asked = (words: string[], index: number) =>
  isWriterWord(words[index] as string, words[index - 1], words[index + 1]);

describe('the writer’s own words', () => {
  it('reads “I”, “me”, “we” and “our” as the writer', () => {
    expect(asked(['Last', 'week', 'I', 'met', 'the', 'mayor'], 2)).toBe(true);
    expect(asked(['the', 'mayor', 'told', 'me'], 3)).toBe(true);
    expect(asked(['I’m', 'not', 'sure'], 0)).toBe(true);
    expect(asked(['We', 'asked', 'our', 'readers'], 0)).toBe(true);
    expect(asked(['We', 'asked', 'our', 'readers'], 2)).toBe(true);
  });

  it('does not read a roman numeral, an initial or a capital inside a name as the writer', () => {
    expect(asked(['funds', 'for', 'Title', 'I', 'schools'], 3)).toBe(false);
    expect(asked(['it', 'stays', 'a', 'Schedule', 'I', 'drug'], 4)).toBe(false);
    expect(isWriterWord('I', 'Ada', 'was', false)).toBe(false);
    expect(isWriterWord('I', 'Then', 'said', true)).toBe(true);
    expect(asked(['after', 'World', 'War', 'I', 'ended'], 3)).toBe(false);
    expect(asked(['the', 'architect', 'I', '.', 'M', '.', 'Vell'], 2)).toBe(false);
    expect(asked(['the', 'Save', 'Our', 'Harbours', 'fund'], 2)).toBe(false);
    expect(asked(['Our', 'Coast', 'PAC', 'spent', 'more'], 0)).toBe(false);
    expect(asked(['troops', 'left', 'the', 'US', 'base'], 3)).toBe(false);
    expect(asked(['Sen', '.', 'Ola', 'Brin', 'R-ME', 'voted'], 4)).toBe(false);
  });

  it('reads “we” after a verb of saying as the speaker’s', () => {
    expect(asked(['the', 'governor', 'proposed', 'we', 'build', 'a', 'wall'], 3)).toBe(false);
    expect(asked(['she', 'says', 'we', 'should', 'wait'], 2)).toBe(false);
  });
});
