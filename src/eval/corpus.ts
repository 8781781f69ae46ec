// The labelled evaluation corpus: clusters of articles on one story, each with a gold.json written by hand
// from the text (test/fixtures/eval/README.md states the labelling conventions).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { DisagreementKind } from '../types.ts';

export interface GoldQuote {
  text: string;
  speaker: string;
  kind: 'direct' | 'indirect';
}

export interface GoldVersion {
  article: string;
  /** The words that side of the disagreement uses; alternatives when a source says it more than one way. */
  text: string | string[];
}

export interface GoldDisagreement {
  kind: DisagreementKind;
  topic: string;
  versions: GoldVersion[];
}

export interface CorpusArticle {
  file: string;
  /** The article exactly as pasted: furniture and all. */
  raw: string;
  quotes: GoldQuote[];
}

export interface CorpusCluster {
  cluster: string;
  beat: string;
  articles: CorpusArticle[];
  disagreements: GoldDisagreement[];
}

interface GoldFile {
  cluster: string;
  beat?: string;
  articles: { file: string; quotes: GoldQuote[] }[];
  disagreements?: GoldDisagreement[];
}

/** Every sub-directory of `dir` holding a gold.json is a cluster; clusters come back in name order. */
export function loadCorpus(dir: string): CorpusCluster[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .flatMap((name) => {
      const goldPath = join(dir, name, 'gold.json');
      try {
        statSync(goldPath);
      } catch {
        return [];
      }
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as GoldFile;
      return [
        {
          cluster: gold.cluster,
          beat: gold.beat ?? '',
          articles: gold.articles.map((article) => ({
            file: article.file,
            raw: readFileSync(join(dir, name, article.file), 'utf8'),
            quotes: article.quotes,
          })),
          disagreements: gold.disagreements ?? [],
        },
      ];
    });
}

export function alternatives(version: GoldVersion): string[] {
  return Array.isArray(version.text) ? version.text : [version.text];
}
