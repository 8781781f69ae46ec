// Names in a headline written in title case, where every word is capitalised and a run of capitals reads
// through verbs and prepositions. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { findRuns } from '../../../src/analysis/offline/name-runs.ts';
import { buildTextModel } from '../../../src/analysis/offline/sentences.ts';
import { analyse, directQuotes, indirectQuotes } from './article.ts';

describe('names in a title-case headline', () => {
  it('ends a name at a headline verb, so the body’s "she said" keeps its speaker', () => {
    // The archive's way: the headline is the first line, ended with a full stop.
    const result = analyse([
      'Ilse Brandt Says Korvin’s Budget Doesn’t ‘Add Up’ For Tarsa.',
      'Korvin’s council met on Monday, and its treasurer defended the plan.',
      '“I did not write it, but I do know it,” Brandt said.',
      'As for Korvin’s ability to pay, she said, “The review has not even begun.”',
    ]);
    expect(directQuotes(result)).toEqual([
      'I did not write it, but I do know it, → Ilse Brandt',
      'The review has not even begun. → Ilse Brandt',
    ]);
  });

  it('ends a name at a preposition, an auxiliary or an adverb', () => {
    const result = analyse([
      'Lestria Endorses Tomas Reyes With Brandt’s Blessing.',
      'Reyes told the Korvin Courier, “I like Ilse, and we need strong leadership.”',
    ]);
    expect(directQuotes(result)).toEqual(['I like Ilse, and we need strong leadership. → Tomas Reyes']);
  });

  it('takes no body’s noun alone in a headline for a name', () => {
    const result = analyse([
      'Newspaper Says Tarsa Needs A Plan For The Floods.',
      'The newspaper said the floods were “a call to conscience for the whole region.”',
    ]);
    expect(directQuotes(result)).toEqual(['a call to conscience for the whole region. → the newspaper']);
  });

  it('keeps a capitalised "of" and a verb that is also a noun inside a name', () => {
    const result = analyse([
      'Bank Of Norland Backs United States Plan For The Harbour.',
      'The Bank of Norland said the plan was “sound and overdue.”',
    ]);
    expect(directQuotes(result)).toEqual(['sound and overdue. → Bank of Norland']);
  });

  it('leaves prose alone: there a capitalised word inside a run is a name’s', () => {
    const runs = (text: string) => {
      const model = buildTextModel(text, null);
      return model.sentences.flatMap((_, s) =>
        findRuns(model, s).map((run) => run.tokens.map((t) => t.text).join(' ')),
      );
    };
    expect(runs('Ada Brenner, director of Hope Without Walls, said the camp was full.')).toEqual([
      'Ada Brenner',
      'Hope Without Walls',
    ]);
    expect(runs('Ada Brenner Says Hope Without Walls Is Now In Tarsa.')).toEqual([
      'Ada Brenner',
      'Hope',
      'Walls',
      'Tarsa',
    ]);
  });

  it('keeps the accented spelling when a headline drops the accents', () => {
    const result = analyse([
      'Francois Hollande Says The Vote Will Matter.',
      'François Hollande said the vote would “matter for a generation.”',
    ]);
    expect(directQuotes(result)).toEqual(['matter for a generation. → François Hollande']);
    expect(indirectQuotes(result).every((line) => !line.endsWith('Francois Hollande'))).toBe(true);
  });
});
