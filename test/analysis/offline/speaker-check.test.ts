import { describe, expect, it } from 'vitest';
import { isSpeakerName } from '../../../src/analysis/offline/speaker-check.ts';
import { analyse, directQuotes } from './article.ts';

describe('a speaker is a person, a body or a description of one', () => {
  it.each([
    'Thursday',
    'on Friday',
    'Rev',
    'Mr',
    'an',
    'which',
    'MOSCOW',
    'Tel Aviv',
    'United States',
    'Gaza',
    'California Democrat spoke briefly',
    '9',
  ])('refuses %j', (speaker) => {
    expect(isSpeakerName(speaker)).toBe(false);
  });

  it.each([
    'Dmitry Voss',
    'state officials',
    'court',
    'a White House official',
    'Indiana governor',
    'Jordan Pike',
    'FBI',
    'the Kremlin',
    'aides',
  ])('accepts %j', (speaker) => {
    expect(isSpeakerName(speaker)).toBe(true);
  });

  it('reads past a weekday between the subject and the verb instead of taking the day', () => {
    const result = analyse([
      'KORVIN — Anton Peskar on Thursday insisted: “There are no contacts with the council.”',
    ]);
    expect(directQuotes(result)).toEqual(['There are no contacts with the council. → Anton Peskar']);
  });

  it('drops a quote whose only candidate speaker is a place', () => {
    const result = analyse(['“We will not wait,” Tel Aviv said in a note to the envoys.']);
    expect(directQuotes(result)).toEqual([]);
  });
});
