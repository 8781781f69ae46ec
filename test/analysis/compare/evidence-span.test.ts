import { describe, expect, it } from 'vitest';
import { locateEvidence } from '../../../src/analysis/compare/evidence-span.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const BODY =
  'The clerk wrote that “the inquiry by [county auditor Miriam] Koss found nothing,” and the council (which meets on Mondays) agreed.\n\nA second paragraph says the mayor know[s] the rules (and more.';

const shown = (text: string) => locateEvidence(text, BODY, null).text;

describe('evidence spans and brackets', () => {
  it('takes in the whole bracket when the span starts inside it', () => {
    expect(shown('county auditor Miriam] Koss found nothing')).toBe(
      '[county auditor Miriam] Koss found nothing',
    );
  });

  it('takes in the whole bracket when the span ends inside it', () => {
    expect(shown('the inquiry by [county auditor')).toBe('the inquiry by [county auditor Miriam]');
    expect(shown('the council (which meets')).toBe('the council (which meets on Mondays)');
  });

  it('takes in a parenthesis cut at its start, and a bracket inside a word', () => {
    expect(shown('meets on Mondays) agreed')).toBe('(which meets on Mondays) agreed');
    expect(shown('the mayor know[s')).toBe('the mayor know[s]');
  });

  it('leaves out a bracket with no partner in its paragraph', () => {
    expect(shown('the rules (and more')).toBe('the rules');
  });

  it('keeps whole brackets and plain spans as they are', () => {
    expect(shown('[county auditor Miriam] Koss')).toBe('[county auditor Miriam] Koss');
    expect(shown('found nothing')).toBe('found nothing');
  });
});

describe('a flag’s excerpt', () => {
  it('never starts inside an editor’s bracket', () => {
    const sources = makeSources(
      { text: BODY },
      { text: 'The inquiry by county auditor Miriam Koss found two faults, the clerk wrote.' },
    );
    const [flag] = verifyFlags(
      [
        {
          topic: 'What the inquiry found',
          kind: 'other',
          severity: 'medium',
          note: '',
          versions: [
            { source: 'S1', text: 'Miriam] Koss found nothing', ref: null },
            { source: 'S2', text: 'Miriam Koss found two faults', ref: null },
          ],
          foundBy: 'llm',
        },
      ],
      sources,
    );
    expect(flag?.versions[0]?.text).toBe('[county auditor Miriam] Koss found nothing');
  });
});
