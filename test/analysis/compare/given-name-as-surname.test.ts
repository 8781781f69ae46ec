import { describe, expect, it } from 'vitest';
import { findGivenNamesAsSurnames } from '../../../src/analysis/compare/given-name-as-surname.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const slips = (...texts: string[]) => {
  const sources = makeSources(...texts.map((text) => ({ text })));
  return verifyFlags(findGivenNamesAsSurnames(sources), sources);
};

describe('a given name written as a surname', () => {
  it('shows a name no source gives anyone, used just after the person it stands for', () => {
    const [item, ...rest] = slips(
      'Rep. Amos Hale spoke at noon. Later Rep. Hale praised the rescuers. Amoss was hurt in the crush, aides said.',
      'Representative Amos Hale was hurt in the crush.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('name');
    expect(item?.severity).toBe('medium');
    expect(item?.versions.map((v) => v.text)).toEqual(['Amoss was hurt in the crush', 'Amos Hale']);
  });

  it('never flags a real surname, a name another source uses, or one far from the person', () => {
    expect(
      slips(
        'Rep. Amos Hale spoke. Amoss was hurt. Judge Ruth Amoss ruled.',
        'Representative Amos Hale was hurt.',
      ),
    ).toEqual([]);
    expect(
      slips('Rep. Amos Hale spoke. Amoss was hurt.', 'Representative Amos Hale met Amoss, who was hurt.'),
    ).toEqual([]);
    expect(
      slips(
        'Rep. Amos Hale spoke. The crowd left. The rain came. Amoss was hurt.',
        'Representative Amos Hale was hurt.',
      ),
    ).toEqual([]);
  });
});
