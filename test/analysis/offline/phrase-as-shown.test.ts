import { describe, expect, it } from 'vitest';
import type { Entity } from '../../../src/analysis/offline/entities.ts';
import { titledName } from '../../../src/analysis/offline/phrase-as-shown.ts';

const body = (name: string) => ({ name, kind: 'body' }) as Entity;

describe('titledName', () => {
  it('shows "The X" where the story writes it so inside a sentence, after a lower-case word or a comma', () => {
    const article = {
      text: 'The levy will pass, according to The Beacon. Officials, The Courier learned, agreed.',
    };
    expect(titledName(article, body('Beacon'))).toBe('The Beacon');
    expect(titledName(article, body('Courier'))).toBe('The Courier');
  });

  it('reads the name as a whole word: "The Beaconsfield Mail" is no "The Beacon"', () => {
    expect(titledName({ text: 'as reported in The Beaconsfield Mail.' }, body('Beacon'))).toBe('Beacon');
    expect(titledName({ text: 'as reported in The Beacon’s late edition.' }, body('Beacon'))).toBe(
      'The Beacon',
    );
  });

  it('leaves a sentence’s own opening "The", people and names of several words as they are', () => {
    expect(titledName({ text: 'Rain fell. The Beacon said so.' }, body('Beacon'))).toBe('Beacon');
    expect(titledName({ text: 'he told The Kiel.' }, { name: 'Kiel', kind: 'person' } as Entity)).toBe(
      'Kiel',
    );
    expect(titledName({ text: 'he told The Harbour Post.' }, body('Harbour Post'))).toBe('Harbour Post');
  });

  it('reads the article once, however many names are asked of it', () => {
    const article: { text: string; titledStarts?: number[] } = {
      text: 'she told The Beacon, and The Courier.',
    };
    titledName(article, body('Beacon'));
    const starts = article.titledStarts;
    titledName(article, body('Courier'));
    expect(article.titledStarts).toBe(starts);
    expect(starts).toEqual(['she told The '.length, 'she told The Beacon, and The '.length]);
  });
});
