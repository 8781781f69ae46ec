import { describe, expect, it } from 'vitest';
import { findTermManners } from '../../../src/analysis/compare/term-manner.ts';
import { verifyFlags } from '../../../src/analysis/compare/verify-flag.ts';
import { makeSources } from './sources.ts';

const manners = (...texts: string[]) => {
  const sources = makeSources(...texts.map((text) => ({ text })));
  return verifyFlags(findTermManners(sources), sources);
};

describe('how the same term of office was won', () => {
  it('shows an appointment against an election to the same term of the same person', () => {
    const [item, ...rest] = manners(
      'Harbour master Ilse Varga on Monday was appointed to a third term as head of the port.',
      'The board voted on Monday, re-electing Ilse Varga of Tessel to a third term as head of the port.',
    );
    expect(rest).toEqual([]);
    expect(item?.kind).toBe('other');
    expect(item?.versions.map((v) => v.text)).toEqual([
      'appointed to a third term',
      're-electing Ilse Varga of Tessel to a third term',
    ]);
  });

  it('never sets two terms, two people or a source that tells it both ways against each other', () => {
    expect(manners('Varga was appointed to a third term.', 'Varga was elected to a second term.')).toEqual(
      [],
    );
    expect(
      manners('Ilse Varga was appointed to a third term.', 'Tomas Arl was elected to a third term.'),
    ).toEqual([]);
    expect(
      manners(
        'Varga was appointed to a third term. Critics said Varga was in effect elected to a third term.',
        'Varga was elected to a third term.',
      ),
    ).toEqual([]);
  });

  it('keeps a source that reports the vote itself at a minor item: its "appointed" is loose wording', () => {
    const [item] = manners(
      'Harbour master Ilse Varga on Monday was appointed to a third term. She won by a 14-to-6 vote of the board.',
      'The board voted on Monday, re-electing Ilse Varga of Tessel to a third term as head of the port.',
    );
    expect(item?.severity).toBe('low');
    const [plain] = manners(
      'Harbour master Ilse Varga on Monday was appointed to a third term as head of the port.',
      'The board voted on Monday, re-electing Ilse Varga of Tessel to a third term as head of the port.',
    );
    expect(plain?.severity).toBe('medium');
  });
});
