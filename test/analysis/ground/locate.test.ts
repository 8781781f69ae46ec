import { describe, expect, it } from 'vitest';
import { locate, prepareText } from '../../../src/analysis/ground/locate.ts';

const at = (text: string, needle: string) => {
  const found = locate(needle, prepareText(text));
  return { ...found, shown: found.span ? text.slice(found.span.start, found.span.end) : null };
};

describe('locate', () => {
  it('finds a verbatim quote and keeps its span', () => {
    const text = 'The minister said: "We will rebuild every home." Then she left.';
    expect(at(text, 'We will rebuild every home.')).toEqual({
      match: 'verbatim',
      span: { start: 20, end: 47 },
      shown: 'We will rebuild every home.',
    });
  });

  it('treats curly and straight quote marks as the same text', () => {
    const text = 'He said the plan “wasn’t ready” yet.';
    const found = at(text, 'the plan "wasn\'t ready" yet');
    expect(found.match).toBe('normalized');
    expect(found.shown).toBe('the plan “wasn’t ready” yet');
  });

  it('treats em dashes, hyphens and spacing alike', () => {
    const text = 'It was “a hard night—the hardest we have had,” she said.';
    const found = at(text, 'a hard night - the hardest we have had');
    expect(found.match).toBe('normalized');
    expect(found.shown).toBe('a hard night—the hardest we have had');
  });

  it('forgives case and trailing punctuation only as normalized, never verbatim', () => {
    const text = '"We are ready," the coach said.';
    expect(at(text, 'We are ready.').match).toBe('normalized');
    expect(at(text, 'we are ready').match).toBe('normalized');
  });

  it('finds a quote that runs across a paragraph break', () => {
    const text =
      '"The water rose in minutes. We had nowhere to go.\n\n"By the time help came, the ground floor was gone," she said.';
    const found = at(text, 'We had nowhere to go. By the time help came, the ground floor was gone');
    expect(found.match).toBe('normalized');
    expect(found.shown).toBe('We had nowhere to go.\n\n"By the time help came, the ground floor was gone');
  });

  it('marks a quote the model shortened as altered, and shows the source’s own words', () => {
    const text =
      'Officials spoke at noon. "We will rebuild every home, every school and every clinic in this valley," the mayor said.';
    const found = at(text, 'We will rebuild every home and every clinic in this valley');
    expect(found.match).toBe('altered');
    expect(found.shown).toBe('We will rebuild every home, every school and every clinic in this valley');
  });

  it('marks a reworded quote as altered', () => {
    const text = '"We will not rest until every family has answers," Dragomir told reporters.';
    const found = at(text, 'We will not rest until every single family gets answers');
    expect(found.match).toBe('altered');
    expect(found.shown).toBe('We will not rest until every family has answers');
  });

  it('does not find a fabricated quote', () => {
    const text =
      '"We will not rest until every family has answers," Dragomir told reporters. Divers went back in.';
    expect(at(text, 'This is the darkest day our region has known')).toEqual({
      match: 'not_found',
      span: null,
      shown: null,
    });
  });

  it('does not stretch a short phrase to a near miss', () => {
    expect(at('He said the talks were going well.', 'talks went well').match).toBe('not_found');
  });

  it('returns not_found for empty text', () => {
    expect(at('Anything.', '   ').match).toBe('not_found');
  });
});

describe('a quoted word that also starts a longer word', () => {
  it('is found where it stands whole: “illegal” is not the start of an earlier “illegals”', () => {
    const source = prepareText(
      'He called the marchers “illegals” at noon. Later he called the plan “illegal” too.',
    );
    const found = locate('illegal', source);
    expect(source.text.slice((found.span?.start ?? 0) - 1, (found.span?.end ?? 0) + 1)).toBe('“illegal”');
  });
});
