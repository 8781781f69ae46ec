// A small synthetic story told three ways (a warehouse fire in a made-up town), with its texts, for the table
// grid, follow-up questions and feedback tests. Every name, figure and outlet here is invented.
import type { Disagreement, FactSheet } from '../../src/types.ts';
import { sourceSheet } from './slack-sheets.ts';

export const GRID_TEXTS: Record<string, string> = {
  S1: [
    'A fire destroyed a timber warehouse on Quarry Lane in Larkfield on Tuesday night, and 60 firefighters worked until dawn to contain it.',
    'Fire chief Daria Koval said the blaze started in a loading bay shortly after 11 p.m. “We were lucky the wind dropped,” she said.',
    'Two workers were treated for smoke inhalation. The owner, Brightwell Timber, estimated the damage at £2.4 million.',
    'Residents of Mill Row were told to keep their windows closed until Wednesday afternoon.',
  ].join('\n\n'),
  S2: [
    'LARKFIELD, March 4 (Meridian Wire) - About 45 firefighters fought a blaze that tore through a warehouse in Larkfield overnight.',
    'Deputy fire chief Darya Kovall said the fire began near midnight. “We were fortunate that the wind dropped,” Kovall said.',
    'Brightwell Timber said no one was hurt and that it would reopen the site within a month.',
  ].join('\n\n'),
  S3: [
    'Crews spent the night at a burning warehouse on Quarry Lane, Larkfield, where the fire damaged the roof and two storage halls.',
    'Fire chief Daria Koval praised the crews. Police said the cause was not yet known and that arson had not been ruled out.',
    'Two workers were taken to Larkfield General with smoke inhalation and released on Wednesday.',
  ].join('\n\n'),
};

const OUTLETS: Record<string, { outlet: string; url: string; title: string }> = {
  S1: {
    outlet: 'Larkfield Herald',
    url: 'https://herald.example/fire',
    title: 'Warehouse fire on Quarry Lane',
  },
  S2: { outlet: 'Meridian Wire', url: 'https://wire.example/fire', title: 'Blaze tears through warehouse' },
  S3: { outlet: 'Coast Radio', url: 'https://radio.example/fire', title: 'Crews battle Larkfield fire' },
};

const FLAGS: Disagreement[] = [
  {
    topic: 'Number of firefighters',
    kind: 'number',
    severity: 'high',
    note: 'S1 and S2 give different numbers of firefighters; S3 gives none.',
    versions: [
      { source: 'S1', text: '60 firefighters worked until dawn to contain it', ref: 'S1.F1' },
      { source: 'S2', text: 'About 45 firefighters fought a blaze', ref: 'S2.F1' },
    ],
    foundBy: 'rule',
  },
  {
    topic: 'Fire chief’s name',
    kind: 'name',
    severity: 'high',
    note: 'The chief’s name is spelled two ways.',
    versions: [
      { source: 'S1', text: 'Fire chief Daria Koval', ref: null },
      { source: 'S2', text: 'Deputy fire chief Darya Kovall', ref: null },
      { source: 'S3', text: 'Fire chief Daria Koval', ref: null },
    ],
    foundBy: 'rule',
  },
  {
    topic: 'Injuries',
    kind: 'other',
    severity: 'medium',
    note: 'S2 says no one was hurt; S1 and S3 report two workers treated.',
    versions: [
      { source: 'S1', text: 'Two workers were treated for smoke inhalation.', ref: null },
      { source: 'S2', text: 'no one was hurt', ref: null },
      { source: 'S3', text: 'Two workers were taken to Larkfield General with smoke inhalation', ref: null },
    ],
    foundBy: 'llm',
  },
  {
    topic: 'When the fire started',
    kind: 'date',
    severity: 'low',
    note: '',
    versions: [
      { source: 'S1', text: 'shortly after 11 p.m.', ref: null },
      { source: 'S2', text: 'near midnight', ref: null },
    ],
    foundBy: 'llm',
  },
  {
    topic: 'How bad the fire was',
    kind: 'characterisation',
    severity: 'low',
    note: 'S1 says the warehouse was destroyed; S3 says the roof and two halls were damaged.',
    versions: [
      { source: 'S1', text: 'A fire destroyed a timber warehouse', ref: null },
      { source: 'S2', text: 'a blaze that tore through a warehouse', ref: null },
      { source: 'S3', text: 'the fire damaged the roof and two storage halls', ref: null },
    ],
    foundBy: 'llm',
  },
];

/** The three-source fire story as a sheet, with five flags of every severity. */
export function gridSampleSheet(): FactSheet {
  const sources = ['S1', 'S2', 'S3'].map((id, index) => {
    const meta = OUTLETS[id] as { outlet: string; url: string; title: string };
    const text = GRID_TEXTS[id] as string;
    return sourceSheet(index, {
      ...meta,
      label: meta.url,
      byline: null,
      truncated: false,
      extractionNote: null,
      words: text.split(/\s+/).length,
      summary: (text.split('\n\n')[0] as string).slice(0, 200),
      quotes: [],
      facts: [],
      textHash: `fire-${id}`,
    });
  });
  return {
    engine: 'llm',
    promptVersion: 'extract.v2+compare.v2',
    model: 'gpt-4.1-mini',
    sources,
    failed: [],
    comparison: { consensus: [], disagreements: FLAGS, quoteVariants: [], singleSource: [], note: null },
    usage: { llmCalls: 4, inputTokens: 5200, outputTokens: 1300, cached: 0 },
  };
}
