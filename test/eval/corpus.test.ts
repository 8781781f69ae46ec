// The corpus is labelled by hand; these checks keep the labels honest with the text they describe.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { alternatives, loadCorpus } from '../../src/eval/corpus.ts';
import { containsWords } from '../../src/eval/text-match.ts';
import { cleanPaste } from '../../src/ingest/clean-paste.ts';
import { DISAGREEMENT_KINDS } from '../../src/types.ts';

const corpus = loadCorpus(join(import.meta.dirname, '../fixtures/eval'));

describe('the evaluation corpus', () => {
  it('has at least four clusters of two to four articles each', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(4);
    for (const cluster of corpus) {
      expect(cluster.articles.length).toBeGreaterThanOrEqual(2);
      expect(cluster.articles.length).toBeLessThanOrEqual(4);
    }
  });

  it('labels only quotes whose exact text survives cleaning, so the pipeline can find them', () => {
    for (const cluster of corpus) {
      for (const article of cluster.articles) {
        const text = cleanPaste(article.raw).text;
        for (const quote of article.quotes) {
          expect(text.includes(quote.text), `${cluster.cluster}/${article.file}: ${quote.text}`).toBe(true);
          expect(quote.speaker.trim()).not.toBe('');
        }
      }
    }
  });

  it('labels disagreements with words each article really uses', () => {
    for (const cluster of corpus) {
      const files = new Set(cluster.articles.map((a) => a.file));
      for (const item of cluster.disagreements) {
        expect(DISAGREEMENT_KINDS).toContain(item.kind);
        expect(item.versions.length).toBeGreaterThanOrEqual(2);
        for (const version of item.versions) {
          expect(files.has(version.article), `${cluster.cluster}: ${version.article}`).toBe(true);
          const raw = cluster.articles.find((a) => a.file === version.article)?.raw ?? '';
          const used = alternatives(version).some((words) => containsWords(raw, words));
          expect(used, `${cluster.cluster}/${version.article}: ${alternatives(version).join(' | ')}`).toBe(
            true,
          );
        }
      }
    }
  });

  it('covers every kind of disagreement the comparison can report, bar "other"', () => {
    const kinds = new Set(corpus.flatMap((cluster) => cluster.disagreements.map((d) => d.kind)));
    for (const kind of DISAGREEMENT_KINDS.filter((k) => k !== 'other'))
      expect(kinds.has(kind), kind).toBe(true);
  });
});
