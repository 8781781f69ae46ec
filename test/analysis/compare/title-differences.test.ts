import { describe, expect, it } from 'vitest';
import { findTitleDifferences } from '../../../src/analysis/compare/title-differences.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const titles = (...texts: string[]) => {
  const sources = makeSources(...texts.map((text) => ({ text })));
  return verifyFlags(findTitleDifferences(sources), sources);
};

describe('different titles for the same person', () => {
  it('flags a rank one source drops, as medium, with each title as written', () => {
    const [item, ...rest] = titles(
      'On Monday Deputy Transport Minister Karel Hanus said the line would open.',
      'Transport Minister Karel Hanus said the line would open.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('title');
    expect(item?.severity).toBe('medium');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'Deputy Transport Minister Karel Hanus',
      'Transport Minister Karel Hanus',
    ]);
  });

  it('flags another office, the other side of a chamber and the other chamber', () => {
    const items = titles(
      'Interior Minister Jana Vesel spoke. Senate Majority Leader Tom Reed agreed. Sen. Ada Brook left.',
      'Finance Minister Jana Vesel spoke. Senate Minority Leader Tom Reed agreed. Rep. Ada Brook left.',
    );
    expect(items.map((i) => i.topic).sort()).toEqual([
      'Title of Ada Brook',
      'Title of Jana Vesel',
      'Title of Tom Reed',
    ]);
  });

  it('reads no title inside a quotation but the outlet’s own bracketed gloss there', () => {
    const items = titles(
      'The inquiry is led by Ivo Kresnik, the special counsel, who declined to comment. Minister Jana Vesel said it was fair.',
      '“It is a slap from [special prosecutor Ivo] Kresnik,” an aide said. “Deputy Minister Jana Vesel knew.”',
    );
    expect(items.map((i) => i.topic)).toEqual(['Title of Ivo Kresnik']);
  });

  it('reads a title after the name, and flags another office of the same kind as low', () => {
    const [item, ...rest] = titles(
      'The inquiry is led by Ivo K. Kresnik Jr., the special counsel, who declined to comment.',
      'Aides said [special prosecutor Ivo] Kresnik had been told.',
    );
    expect(rest).toEqual([]);
    expect(item?.topic).toBe('Title of Ivo K. Kresnik');
    expect(item?.severity).toBe('low');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'Ivo K. Kresnik Jr., the special counsel',
      // Never cut an editor's bracket in half, in the versions or the note.
      '[special prosecutor Ivo] Kresnik',
    ]);
    expect(item?.note).toContain('S2 “[special prosecutor Ivo] Kresnik”');
    expect(
      titles(
        'Ivo Kresnik, the special counsel, spoke. The special prosecutor Ivo Kresnik left.',
        'Special prosecutor Ivo Kresnik spoke.',
      ),
    ).toEqual([]);
    expect(
      titles('Ivo Kresnik, the deputy director of the port, spoke.', 'Director Ivo Kresnik spoke.'),
    ).toEqual([]);
  });

  it('never flags an abbreviation, a shorter title, a former post or two titles a source gives both', () => {
    expect(
      titles(
        'Sen. Ada Brook and Gov. Lena Marsh and Rep. Otto Fenn met.',
        'Senator Ada Brook, Governor Lena Marsh and Representative Otto Fenn met.',
      ),
    ).toEqual([]);
    expect(titles('Minister Karel Hanus spoke.', 'Transport Minister Karel Hanus spoke.')).toEqual([]);
    expect(
      titles('Former Deputy Minister Karel Hanus spoke.', 'Minister Karel Hanus spoke on Friday.'),
    ).toEqual([]);
    expect(
      titles(
        'Deputy Minister Karel Hanus spoke. Later Minister Karel Hanus left.',
        'Minister Karel Hanus spoke.',
      ),
    ).toEqual([]);
  });
});
