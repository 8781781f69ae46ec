import { describe, expect, it } from 'vitest';
import { questionTerms, sentenceTerms } from '../../src/followup/terms.ts';

describe('question terms', () => {
  it('drops question words and matches plurals and number styles', () => {
    expect(questionTerms('Who first gave 7,326 firefighters?')).toEqual(['7326', 'firefighter']);
    expect(sentenceTerms('About 7326 firefighter’s crews')).toEqual(['about', '7326', 'firefighter', 'crew']);
    expect(questionTerms('Which outlets quote Peskov directly?')).toEqual(['peskov']);
  });
});
