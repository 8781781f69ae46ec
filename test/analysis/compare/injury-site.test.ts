import { describe, expect, it } from 'vitest';
import { findInjurySites } from '../../../src/analysis/compare/injury-site.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const sites = (...texts: string[]) => {
  const sources = makeSources(...texts.map((text) => ({ text })));
  return verifyFlags(findInjurySites(sources), sources);
};

describe('where the same person was hurt', () => {
  it('shows two parts of the body for one named person, low', () => {
    const [item, ...rest] = sites(
      'Coach Amos Hale led the team. Hale limped off after injuring his foot on Monday.',
      'Amos Hale was there. Hale sustained a minor leg injury.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('other');
    expect(item?.severity).toBe('low');
    expect(item?.topic).toBe('Where Hale was hurt: foot or leg');
  });

  it('never sets a part against the part it lies in, two people, or a source naming both', () => {
    expect(sites('Amos Hale was shot in the hip.', 'Amos Hale has a wound to the pelvis.')).toEqual([]);
    expect(
      sites(
        'Amos Hale and Ruth Lind were hurt. Lind hurt her arm.',
        'Amos Hale was hurt. Hale hurt his leg.',
      ),
    ).toEqual([]);
    expect(
      sites('Amos Hale hurt his foot. Later Hale hurt his leg.', 'Amos Hale was there. Hale hurt his leg.'),
    ).toEqual([]);
  });
});
