// The eval scores what a reader sees: a quote joined across its credit is its two passages, each matched
// against the gold on its own. Every text here is written for the test.
import { describe, expect, it } from 'vitest';
import { groundAnalysis } from '../../src/analysis/ground/ground-analysis.ts';
import { createOfflineEngine } from '../../src/analysis/offline/offline-engine.ts';
import { shownPassages } from '../../src/eval/shown-passages.ts';
import { articleFromPaste } from '../../src/ingest/ingest.ts';

describe('shownPassages', () => {
  it('gives each part of a joined quote as a passage of its own, and other quotes whole', async () => {
    const article = articleFromPaste(
      [
        'Ada Kiel chairs the harbour board.',
        '“Backers of the other ferry plans,” Kiel added, “have spent their money on television.”',
        '“The pier is ready,” she said.',
      ].join('\n\n'),
      'test',
    );
    const { value } = await createOfflineEngine().extract(article);
    const sheet = groundAnalysis('S1', article, value, 'hash');
    expect(shownPassages(sheet).filter((passage) => passage.kind === 'direct')).toEqual([
      { text: 'Backers of the other ferry plans', speaker: 'Ada Kiel', kind: 'direct' },
      { text: 'have spent their money on television.', speaker: 'Ada Kiel', kind: 'direct' },
      { text: 'The pier is ready', speaker: 'Ada Kiel', kind: 'direct' },
    ]);
  });
});
