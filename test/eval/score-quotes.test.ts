import { describe, expect, it } from 'vitest';
import { prf, scoreQuotes } from '../../src/eval/score-quotes.ts';
import { sameSpeaker } from '../../src/eval/speaker-match.ts';
import { dice, exactMatch } from '../../src/eval/text-match.ts';

const gold = (text: string, speaker: string) => ({ text, speaker, kind: 'direct' as const });

describe('quote scoring', () => {
  it('treats spans equal up to quote marks, dashes, spaces and edge punctuation as exact', () => {
    expect(exactMatch('We will  honour it,', '“We will honour it')).toBe(true);
    expect(exactMatch('a box-ticking exercise', 'a box–ticking exercise.')).toBe(true);
    expect(exactMatch('a box-ticking exercise', 'a box-ticking exercise dressed up')).toBe(false);
  });

  it('scores relaxed overlap with Dice over words', () => {
    expect(dice('the same discipline from the other side', 'the same discipline from the other side')).toBe(
      1,
    );
    expect(dice('one two three four', 'one two')).toBeCloseTo(2 / 3);
    expect(dice('alpha', 'beta')).toBe(0);
  });

  it('pairs quotes one to one and counts exact, relaxed and attribution separately', () => {
    const score = scoreQuotes(
      [
        { text: 'We warned them. We put it in writing,', speaker: 'Morley' },
        { text: 'Seven families are paying the price for that letter', speaker: 'Kath Morley' },
        { text: 'safety culture', speaker: 'the plant' },
      ],
      [
        gold('We warned them. We put it in writing,', 'Kath Morley'),
        gold('Seven families are now paying the price for that letter sitting in a drawer.', 'Kath Morley'),
        gold('Until then I would rather not guess.', 'Tom Ellery'),
      ],
    );
    expect(score.exact).toEqual({ matched: 1, predicted: 3, gold: 3 });
    expect(score.relaxed).toEqual({ matched: 2, predicted: 3, gold: 3 });
    expect(score.attribution).toEqual({ correct: 2, total: 2 });
    expect(score.missed.map((q) => q.speaker)).toEqual(['Tom Ellery']);
    expect(score.spurious.map((q) => q.text)).toEqual(['safety culture']);
  });

  it('does not let one prediction match two gold quotes', () => {
    const score = scoreQuotes(
      [{ text: 'Nobody.', speaker: 'Sollvang' }],
      [gold('Nobody.', 'Sollvang'), gold('Nobody.', 'Sollvang')],
    );
    expect(score.exact.matched).toBe(1);
  });

  it('flags a matched quote given to the wrong speaker', () => {
    const score = scoreQuotes(
      [{ text: 'The Front has kept its word.', speaker: 'Yusuf Rennick' }],
      [gold('The Front has kept its word.', 'Idris Kael')],
    );
    expect(score.attribution).toEqual({ correct: 0, total: 1 });
    expect(score.wrongSpeaker).toHaveLength(1);
  });

  it('computes precision, recall and F1', () => {
    expect(prf({ matched: 8, predicted: 10, gold: 16 })).toMatchObject({ precision: 0.8, recall: 0.5 });
    expect(prf({ matched: 8, predicted: 10, gold: 16 }).f1).toBeCloseTo((2 * 0.8 * 0.5) / 1.3);
  });
});

describe('speaker matching', () => {
  it('matches people by surname and bodies by head noun', () => {
    expect(sameSpeaker('Aurel Vasko', 'Prime Minister Aurel Vasko')).toBe(true);
    expect(sameSpeaker('Aurel Vasko', 'Vasko')).toBe(true);
    expect(sameSpeaker('Siobhán Keane', 'Siobhan Keane')).toBe(true);
    expect(sameSpeaker('Lestria’s Health Ministry', 'the ministry')).toBe(true);
    expect(sameSpeaker('Idris Kael', 'Yusuf Rennick')).toBe(false);
  });

  it('never matches a pronoun', () => {
    expect(sameSpeaker('he', 'he')).toBe(false);
  });
});
