// The readings computed once and shared (a token's lower-cased form, a sentence's unquoted tokens, the word
// counter, the entity index) must answer exactly what the per-call computations they replace answered.
import { describe, expect, it } from 'vitest';
import {
  createEntityIndex,
  findOrAdd,
  namedWithSurname,
  startsBodyName,
} from '../../../src/analysis/offline/entity-index.ts';
import { buildTextModel, unquotedTokens } from '../../../src/analysis/offline/sentences.ts';
import { lastWord } from '../../../src/analysis/offline/surname.ts';
import { fold, lower, lowerOf } from '../../../src/analysis/offline/tokens.ts';
import { countWords, hasSpaceToCollapse } from '../../../src/util/word-count.ts';

const ARTICLE = `KORVIN, March 9 (Meridian Wire) - Lestria’s Health Ministry said 24 hostages were freed. “It is over. We won,” said Deputy Defence Minister Petra Halloran.

“The truce holds,” Halloran told reporters, adding that talks would resume. Mr. Vance’s aides disagreed.`;

describe('lowerOf', () => {
  it('is lower() of the token’s text, the first time and after', () => {
    const model = buildTextModel(ARTICLE, null);
    for (const token of model.sentences.flatMap((s) => s.tokens)) {
      expect(lowerOf(token)).toBe(lower(token.text));
      expect(lowerOf(token)).toBe(lower(token.text));
    }
    expect(lowerOf(undefined)).toBe('');
  });
});

describe('unquotedTokens', () => {
  it('is the sentence’s tokens that the model does not mark as quoted', () => {
    const model = buildTextModel(ARTICLE, null);
    let quoted = 0;
    for (const sentence of model.sentences) {
      const expected = sentence.tokens.filter((token) => !model.quoted.has(token));
      quoted += sentence.tokens.length - expected.length;
      expect(unquotedTokens(model, sentence)).toEqual(expected);
    }
    expect(quoted).toBeGreaterThan(0);
  });
});

describe('word counting', () => {
  const samples = [
    '',
    ' ',
    'one',
    ' two  words ',
    'a\tb\nc',
    'x\u00a0y',
    'no\u2003break',
    'end. ',
    '\ufeffz  ',
  ];
  it('counts as split(/\\s+/).filter(Boolean) does', () => {
    for (const text of samples)
      expect(countWords(text), JSON.stringify(text)).toBe(text.split(/\s+/).filter(Boolean).length);
  });
  it('says when collapsing whitespace changes the text', () => {
    for (const text of samples)
      expect(hasSpaceToCollapse(text), JSON.stringify(text)).toBe(text.replace(/\s+/g, ' ') !== text);
  });
});

describe('entity index', () => {
  const index = createEntityIndex();
  const ada = findOrAdd(index, 'other', 'Ada Vance');
  findOrAdd(index, 'body', 'Brennock Polymers');
  findOrAdd(index, 'person', 'George Vance');
  findOrAdd(index, 'body', 'Vance Holdings');

  it('finds an entity by its folded name and makes it a person on evidence', () => {
    expect(findOrAdd(index, 'person', 'ADA VANCE')).toBe(ada);
    expect(ada.kind).toBe('person');
    expect(index.list).toHaveLength(4);
  });

  it('lists namesakes as a scan of the list would', () => {
    const scan = index.list.filter((e) => e.name.includes(' ') && fold(lastWord(e.name)) === 'vance');
    expect(namedWithSurname(index, 'vance')).toEqual(scan);
    expect(namedWithSurname(index, 'holdings')).toHaveLength(1);
  });

  it('knows a body’s first word, and forgets it when the body becomes a person', () => {
    expect(startsBodyName(index, 'brennock')).toBe(true);
    expect(startsBodyName(index, 'polymers')).toBe(false);
    findOrAdd(index, 'person', 'Brennock Polymers');
    expect(startsBodyName(index, 'brennock')).toBe(false);
    findOrAdd(index, 'body', 'Brennock Chemicals');
    expect(startsBodyName(index, 'brennock')).toBe(true);
  });
});
