import { describe, expect, it } from 'vitest';
import { findFragmentSubjects } from '../../../src/analysis/compare/fragment-subject.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources, type SourceSpec } from './sources.ts';

const subjects = (...specs: (string | SourceSpec)[]) => {
  const sources = makeSources(...specs.map((spec) => (typeof spec === 'string' ? { text: spec } : spec)));
  return verifyFlags(findFragmentSubjects(sources), sources);
};

describe('what a quoted fragment was said about', () => {
  it('shows a paraphrase naming another thing than the speaker’s own sentence, low', () => {
    const [item, ...rest] = subjects(
      'Lind spoke for an hour. She called Varga’s housing plan "a sham" and "a recipe for certain ruin."',
      '“I like builders,” Lind said. “But Varga’s transport plan is a recipe for certain ruin. It fails.”',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('other');
    expect(item?.severity).toBe('low');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'She called Varga’s housing plan "a sham" and "a recipe for certain ruin."',
      'But Varga’s transport plan is a recipe for certain ruin',
    ]);
  });

  it('never sets a short stock phrase, the same plan or two speakers’ words against each other', () => {
    expect(
      subjects('She called Varga’s housing plan “a sham.”', '“Varga’s transport plan is a sham,” Lind said.'),
    ).toEqual([]);
    expect(
      subjects(
        'She called Varga’s housing plan “a recipe for certain ruin.”',
        '“Varga’s housing plan is a recipe for certain ruin,” Lind said.',
      ),
    ).toEqual([]);
    const lind = 'She called Varga’s housing plan “a recipe for certain ruin.”';
    const olsen = '“Varga’s transport plan is a recipe for certain ruin,” Olsen said.';
    expect(
      subjects(
        { text: lind, quotes: [{ speaker: 'Ruth Lind', text: 'a recipe for certain ruin.' }] },
        {
          text: olsen,
          quotes: [{ speaker: 'Mara Olsen', text: 'Varga’s transport plan is a recipe for certain ruin,' }],
        },
      ),
    ).toEqual([]);
  });
});
