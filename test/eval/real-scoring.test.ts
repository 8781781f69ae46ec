// The real-corpus scorers, on gold written here: they must follow the corpora's published protocol
// (the real corpora themselves are never read by a test).
import { describe, expect, it } from 'vitest';
import { type BasilEvent, emptyBasilCounts, scoreBasilFlags } from '../../src/eval/real/basil.ts';
import { belowFloor, REAL_FLOORS } from '../../src/eval/real/floors.ts';
import {
  emptyPolnearCounts,
  emptyPolnearErrors,
  type PolnearArticle,
  scorePolnearArticle,
  withArchiveQuotes,
  withoutRepeatedItems,
} from '../../src/eval/real/polnear.ts';
import { goldSurnames, normaliseReal, realSpeakerMatches } from '../../src/eval/real/real-text.ts';

describe('real-corpus text and speaker matching', () => {
  it('normalises as the protocol says: quote marks gone, dashes unified, edge punctuation stripped', () => {
    expect(normaliseReal('“We’ll win — again,”')).toBe('well win - again');
  });

  it('takes the surname of each named part, before a preposition when the words there name someone', () => {
    expect(goldSurnames('Harbour Party spokesman Ilse Maren')).toEqual(['maren']);
    expect(goldSurnames('Chris Low at Norland Financial')).toEqual(['low']);
    expect(goldSurnames('Officials at Port Authority')).toEqual(['authority']);
    expect(goldSurnames('a spokesman for Tomas Reyes')).toEqual([]);
    expect(goldSurnames('Sen. Ada Roe who represents Port Ely and served as its mayor')).toEqual(['roe']);
    expect(goldSurnames('Ada Roe and Tom Dale, who run the Varna Ledger')).toEqual(['roe', 'dale']);
    expect(realSpeakerMatches('Harbour Party spokesman Ilse Maren', 'Maren')).toBe(true);
    expect(realSpeakerMatches('Tomas Reyes', 'Ilse Maren')).toBe(false);
  });
});

describe('PolNeAR scoring', () => {
  const article: PolnearArticle = {
    file: 'a.txt',
    text: '',
    mixedContents: [],
    quotes: [
      {
        text: 'We will rebuild the bridge',
        kind: 'direct',
        mixed: false,
        fragment: false,
        speaker: 'Mr. Reyes',
        named: true,
        speaker_silver: null,
      },
      {
        text: 'by spring',
        kind: 'direct',
        mixed: true,
        fragment: true,
        speaker: 'Reyes',
        named: true,
        speaker_silver: null,
      },
      {
        text: 'the tolls were too low',
        kind: 'indirect',
        speech_cue: true,
        speaker: 'Reyes',
        named: true,
        speaker_silver: null,
      },
    ],
  };

  it('counts fragments as neutral and scores honorific speakers apart', () => {
    const counts = emptyPolnearCounts();
    const errors = emptyPolnearErrors();
    scorePolnearArticle(
      article,
      [
        { text: 'We will rebuild the bridge,', speaker: 'Tomas Reyes', kind: 'direct' },
        { text: 'by spring', speaker: 'Tomas Reyes', kind: 'direct' },
        { text: 'the tolls were too low', speaker: 'Tomas Reyes', kind: 'indirect' },
      ],
      counts,
      errors,
    );
    expect(counts.direct).toMatchObject({
      predicted: 2,
      neutral: 1,
      relaxedMatched: 1,
      gold: 1,
      speakerRight: 1,
    });
    expect(counts.direct).toMatchObject({ goldHonorific: 1, foundHonorific: 1 });
    expect(counts.indirect).toMatchObject({ predicted: 1, matched: 1, goldSpeech: 1, foundSpeech: 1 });
    expect(errors.missedIndirect).toEqual([]);
  });

  it('lists gold reported speech that nothing matched, with its cue', () => {
    const counts = emptyPolnearCounts();
    const errors = emptyPolnearErrors();
    scorePolnearArticle(
      {
        ...article,
        quotes: article.quotes.map((q) => (q.kind === 'indirect' ? { ...q, cue: 'argued' } : q)),
      },
      [],
      counts,
      errors,
    );
    expect(errors.missedIndirect).toEqual([
      { file: article.file, text: 'the tolls were too low', speaker: 'Reyes', cue: 'argued' },
    ]);
  });
});

describe('PolNeAR gold items', () => {
  it('counts an item repeated with the same kind, span and attribution once; keeps items that differ', () => {
    const item = {
      text: 'We will rebuild the bridge',
      kind: 'direct' as const,
      speaker: 'Reyes',
      named: true,
      speaker_silver: null,
      span: [10, 36] as [number, number],
      attribution: 'E6',
    };
    const quotes = [
      item,
      { ...item },
      { ...item },
      { ...item, attribution: 'E7' },
      { ...item, span: [40, 66] as [number, number] },
    ];
    expect(withoutRepeatedItems(quotes)).toEqual([
      item,
      { ...item, attribution: 'E7' },
      { ...item, span: [40, 66] },
    ]);
    const counts = emptyPolnearCounts();
    const article = {
      file: 'r.txt',
      text: '',
      mixedContents: [],
      quotes: withoutRepeatedItems([item, { ...item }]),
    };
    scorePolnearArticle(
      article,
      [{ text: item.text, speaker: 'Reyes', kind: 'direct' }],
      counts,
      emptyPolnearErrors(),
    );
    expect([counts.direct.relaxedMatched, counts.direct.gold]).toEqual([1, 1]);
  });
});

describe('PolNeAR archive quote marks', () => {
  const text =
    "The levy drew fire. ''It is a tax rise and a very large one at that,'' Reyes said. ''Nobody should pretend otherwise.'' Reyes said the tolls were ''far too low'' for years.";
  const at = (piece: string): [number, number] => [text.indexOf(piece), text.indexOf(piece) + piece.length];
  const base = {
    speaker: 'Reyes',
    named: true,
    speaker_silver: null,
    kind: 'indirect' as const,
    speech_cue: true,
  };
  // The annotator left the first opening mark outside the content span, as the README allows.
  const pure =
    "It is a tax rise and a very large one at that,'' Reyes said. ''Nobody should pretend otherwise.''";
  const mixed = "the tolls were ''far too low'' for years";
  const plain = 'The levy drew fire';

  it("applies the README's direct rule with '' read as a double mark: pure, mixed, fragments", () => {
    const article = withArchiveQuotes({
      file: 'archive.txt',
      text,
      quotes: [
        { ...base, text: pure, span: at(pure) },
        { ...base, text: mixed, span: at(mixed) },
        { ...base, text: plain, span: at(plain) },
      ],
      mixedContents: [],
    });
    expect(article.quotes.map((q) => [q.kind, q.text, q.mixed ?? null, q.fragment ?? null])).toEqual([
      ['direct', 'It is a tax rise and a very large one at that,', false, false],
      ['direct', 'Nobody should pretend otherwise.', false, false],
      ['direct', 'far too low', true, false],
      ['indirect', 'The levy drew fire', null, null],
    ]);
    expect(article.mixedContents).toEqual([mixed]);
  });
});

describe('BASIL flag scoring', () => {
  const event: BasilEvent = {
    event: 'test',
    files: [],
    disagreements: [
      {
        topic: 'Year the ferry line opened',
        kind: 'date',
        versions: [
          { file: '1_a.txt', text: 'The line opened in 1998.' },
          { file: '2_b.txt', text: 'The line opened in 1999' },
        ],
      },
    ],
    agreements: [],
  };

  it('matches a flag whose versions carry the labelled words of two files, and lists the rest', () => {
    const counts = emptyBasilCounts();
    const errors = {
      missed: [],
      spurious: [],
      wrongSpeaker: [],
      unmatchedFlags: [],
      missedDisagreements: [],
    };
    scoreBasilFlags(
      event,
      [
        {
          kind: 'date',
          topic: 'Opening year',
          severity: 'medium',
          versions: [
            { file: '1_a.txt', text: 'in 1998' },
            { file: '2_b.txt', text: 'in 1999' },
          ],
        },
        {
          kind: 'number',
          topic: 'Fare',
          severity: 'high',
          versions: [
            { file: '1_a.txt', text: '4 euros' },
            { file: '2_b.txt', text: '5 euros' },
          ],
        },
      ],
      counts,
      errors,
    );
    expect(counts.flags).toMatchObject({ shown: 2, matched: 1, high: 1, highMatched: 0 });
    expect(counts.disagreements).toMatchObject({ total: 1, found: 1 });
    expect(errors.unmatchedFlags).toHaveLength(1);
  });
});

describe('floors', () => {
  it('names every figure under its floor', () => {
    const name = Object.keys(REAL_FLOORS)[0] as string;
    const floor = REAL_FLOORS[name] as number;
    const figure = { name, label: name, value: floor - 0.01, of: '', target: null };
    expect(belowFloor([figure])).toEqual([{ figure, floor }]);
    expect(belowFloor([{ ...figure, value: floor }])).toEqual([]);
  });
});
