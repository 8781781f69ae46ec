import { describe, expect, it } from 'vitest';
import { compareSources } from '../../../src/analysis/compare/compare-sources.ts';
import { alignNumbers } from '../../../src/analysis/compare/number-differences.ts';
import { findSharedCopy } from '../../../src/analysis/compare/shared-copy.ts';
import { createOfflineEngine } from '../../../src/analysis/offline/offline-engine.ts';
import { silentLogger } from '../../../src/logger.ts';
import { emptyUsage } from '../../../src/usage.ts';
import { alignSpecs, factSpec, makeSources, type SourceSpec } from './sources.ts';

const numbers = alignSpecs;
const fact = factSpec;

describe('figures of the same thing', () => {
  it('never sets seats needed against seats lost', () => {
    const { disagreements } = numbers(
      fact('The Greens won control of the assembly though it needed roughly 35 more seats'),
      fact('The Greens have shed close to 60 seats in six years of losses'),
    );
    expect(disagreements).toEqual([]);
  });

  it('never sets part of a count against the count', () => {
    const { disagreements } = numbers(
      fact('The blast killed a driver and 19 other children'),
      fact('The blast killed 26 people'),
    );
    expect(disagreements).toEqual([]);
  });

  it('shows qualifiers as written and keeps such figures off high', () => {
    const { disagreements } = numbers(
      fact('More than 7,000 islanders have been evacuated'),
      fact('At least 7,326 islanders have been evacuated'),
    );
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.note).toContain('S1 “More than 7,000”, S2 “At least 7,326”');
    expect(disagreements[0]?.severity).not.toBe('high');
  });

  it('never sets one person’s share or rate against another’s', () => {
    const { disagreements } = numbers(
      fact('Mr. Varga had carried his ward in past primaries by up to 79 percent of ballots cast'),
      fact('Holm beat the harbour council leader, taking 56 percent of ballots cast'),
    );
    expect(disagreements).toEqual([]);
  });

  it('never sets a threshold against a count of votes', () => {
    const { disagreements } = numbers(
      fact('Should the Greens rewrite the rule, Ossian Vale would need only a bare majority of 51 votes'),
      fact('Under the assembly’s rule, closing a debate takes a supermajority of 60 votes'),
    );
    expect(disagreements).toEqual([]);
  });

  it('names what is counted, not the word that describes it', () => {
    const { disagreements } = numbers(
      fact('The walkout kept 800,000 council employees at home'),
      fact('The walkout kept more than 800,000 council employees at home'),
    );
    expect(disagreements[0]?.topic).toBe('Number of employees');
  });

  it('still flags a differing death toll', () => {
    const { disagreements } = numbers(
      fact('Fourteen people died in the landslide'),
      fact('Nine people died in the landslide'),
    );
    expect(disagreements).toMatchObject([{ kind: 'number', severity: 'high' }]);
  });

  it('pairs sums of money only on the same verb and a word of their own', () => {
    const { disagreements } = numbers(
      fact(
        'The council wanted $5.7 million for the bridge, and the bill grants $1.4 million for the ferry pier',
      ),
      fact('The bill provides $1.375 million for the ferry pier'),
    );
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.note).toContain('“$1.4 million”');
  });

  it('sets people hit against people injured when no source gives a toll, never as high', () => {
    const { disagreements } = numbers(
      fact('A gunman opened fire on the rowing club, striking four people'),
      fact('Six people, including two coaches, were injured in the attack at the rowing club'),
    );
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.topic).toBe('Number hit or injured');
    expect(disagreements[0]?.severity).toBe('medium');
  });

  it('never sets people hit against people injured where someone died', () => {
    const { disagreements } = numbers(fact('A gunman opened fire on the rowing club, striking four people'), {
      text: 'Two people were injured in the attack at the rowing club. Two people were killed.',
      facts: [
        {
          statement: 'Two people were injured',
          evidence: 'Two people were injured in the attack at the rowing club',
        },
      ],
    });
    expect(disagreements).toEqual([]);
  });

  it('reads a toll past a blow ("struck", then "killing") and pairs arrests with apprehensions', () => {
    expect(
      numbers(
        fact('A shell struck the market on Monday, killing 12 people'),
        fact('Officials said 15 people were killed at the market'),
      ).disagreements[0]?.topic,
    ).toBe('Death toll');
    expect(
      numbers(
        fact('There were roughly 520,000 arrests at the northern crossings last year'),
        fact('Apprehensions at the crossings fell to 400,000 in the past twelve months'),
      ).disagreements,
    ).toHaveLength(1);
  });

  it('shows a source’s second figure for a sum, against the same means, never as high', () => {
    const sources = [
      {
        text: 'The port plans to divert $3.5 million from the dredging budget. Of that, $3 million may be diverted through the harbour levy.',
      },
      { text: 'The harbour levy will let the port divert $3.6 million from the dredging budget.' },
    ];
    const { disagreements } = numbers(...sources);
    expect(disagreements).toHaveLength(2);
    const second = disagreements[1];
    expect(second?.severity).toBe('medium');
    expect(second?.versions.map((v) => v.text)).toEqual([
      'Of that, $3 million may be diverted through the harbour levy.',
      'The harbour levy will let the port divert $3.6 million from the dredging budget.',
    ]);
    // Without a means both sentences name, the second figure is left alone.
    const apart = numbers(
      {
        text: 'The port plans to divert $3.5 million from the dredging budget. Of that, $3 million may be diverted through the city.',
      },
      sources[1] as SourceSpec,
    );
    expect(apart.disagreements).toHaveLength(1);
  });

  it('shows one sum told at two precisions as low, with no word of their own in common', () => {
    const { disagreements } = numbers(
      fact('The council signed a budget that grants $1.375 million for the harbour'),
      fact('Voters were told the deal includes just $1.4 million for dredging'),
    );
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.severity).toBe('low');
    expect(disagreements[0]?.note).toContain('different precision');
  });

  it('never pairs a whole figure that any sum could round to, or sums of different verbs', () => {
    expect(
      numbers(
        fact('The council signed a budget that grants $3.4 million for the harbour'),
        fact('Voters were told the deal includes just $3 million for dredging'),
      ).disagreements,
    ).toEqual([]);
    expect(
      numbers(
        fact('The council signed a budget that grants $1.375 million for the harbour'),
        fact('Voters were told the mayor wanted $1.4 million for dredging'),
      ).disagreements,
    ).toEqual([]);
  });
});

const WIRE =
  'The regional water board said on Monday that the Tessel reservoir had fallen to its lowest level since records began, and that households in four districts would face rationing from the first week of next month unless heavy rain arrived before then.';

describe('shared copy', () => {
  it('reports a passage two sources print word for word', () => {
    const items = findSharedCopy(
      makeSources(
        { text: `Drought bites.\n\n${WIRE}\n\nFarmers were angry.` },
        { text: `Our reporter writes.\n\n${WIRE}` },
        {
          text: 'Rationing may come next month to four districts, officials warned after the reservoir fell.',
        },
      ),
    );
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({ kind: 'shared_copy', severity: 'low' });
    expect(items[0]?.note).toContain('not independent confirmation');
    expect(items[0]?.versions.map((v) => v.source)).toEqual(['S1', 'S2']);
  });

  it('is part of every comparison', async () => {
    const comparison = await compareSources(
      makeSources({ text: `Drought bites.\n\n${WIRE}` }, { text: `Our reporter writes.\n\n${WIRE}` }),
      { engine: createOfflineEngine(), store: null, logger: silentLogger(), usage: emptyUsage() },
    );
    expect(comparison.disagreements.map((d) => d.kind)).toContain('shared_copy');
  });

  it('does not take the same quotation printed by two outlets for shared copy', () => {
    const quote = `“${WIRE}”`;
    const items = findSharedCopy(
      makeSources(
        { text: `The minister said: ${quote} Then she left.` },
        { text: `${quote} the minister told reporters.` },
      ),
    );
    expect(items).toEqual([]);
  });
});

describe('figures told with descriptions and idioms', () => {
  it('pairs the same noun after different descriptions, keeping "an estimated" as written', () => {
    const { disagreements } = numbers(
      fact('The strike left an estimated 9,000 port workers without pay'),
      fact('The strike left more than 9,000 dock workers without pay'),
    );
    expect(disagreements).toHaveLength(1);
    expect(disagreements[0]?.severity).toBe('low');
    expect(disagreements[0]?.topic).toBe('Number of workers');
    expect(disagreements[0]?.note).toContain('S1 “an estimated 9,000”, S2 “more than 9,000”');
  });
});

describe('figures the key facts left out', () => {
  it('reads a toll from any sentence of the story, with the sentence as the version', () => {
    const sources = makeSources(
      {
        text: 'The ferry sank on Saturday. Fourteen people died in the crossing, officials said.',
        facts: [],
      },
      {
        text: 'The ferry sank on Saturday. Nine people died in the crossing, the coastguard said.',
        facts: [],
      },
    );
    const { disagreements } = alignNumbers(
      sources.map((s) => s.sheet),
      new Map(sources.map((s) => [s.sheet.id, s.text])),
    );
    expect(disagreements).toMatchObject([{ kind: 'number', severity: 'high' }]);
    expect(disagreements[0]?.versions.map((v) => v.text)).toEqual([
      'Fourteen people died in the crossing, officials said.',
      'Nine people died in the crossing, the coastguard said.',
    ]);
  });

  it('does not read a bare figure of something from other sentences', () => {
    const sources = makeSources(
      { text: 'The council met on Monday. The plan listed 16 projects for the harbour.', facts: [] },
      { text: 'The council met on Monday. The plan listed 9 projects for the harbour.', facts: [] },
    );
    expect(
      alignNumbers(
        sources.map((s) => s.sheet),
        new Map(sources.map((s) => [s.sheet.id, s.text])),
      ).disagreements,
    ).toEqual([]);
  });
});

describe('topics', () => {
  it('never makes a noun of the verb after a toll', () => {
    const { disagreements } = numbers(
      fact('Fourteen people died when the ferry overturned'),
      fact('At least 12 people died when the ferry overturned'),
    );
    expect(disagreements[0]?.topic).toBe('Death toll');
  });
});
