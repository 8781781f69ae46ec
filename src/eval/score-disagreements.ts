// Disagreement recall: a gold disagreement is found when the sheet's comparison has an item of the same kind
// whose versions carry the gold words of at least two sources that really differ. "Carry" means the gold
// words occur, in order, in the version's text, or the version's text occurs in the gold words (a version
// may quote just "24" where the gold says "24 hostages"). Quote variants count as kind "quote_wording".
// Only recall is measured: the corpus does not label every agreement, so an extra item is not an error.
import type { Comparison, DisagreementKind, SourceVersion } from '../types.ts';
import { alternatives, type GoldDisagreement } from './corpus.ts';
import { containsWords, normaliseSpan } from './text-match.ts';

export interface DisagreementResult {
  kind: DisagreementKind;
  topic: string;
  found: boolean;
}

/**
 * `sourceOf` maps a gold article file to the sheet's source ID ("S2"), or null when that source failed.
 */
export function scoreDisagreements(
  gold: GoldDisagreement[],
  comparison: Comparison | null,
  sourceOf: (article: string) => string | null,
): DisagreementResult[] {
  return gold.map((item) => ({
    kind: item.kind,
    topic: item.topic,
    found: comparison ? isFound(item, comparison, sourceOf) : false,
  }));
}

function isFound(
  item: GoldDisagreement,
  comparison: Comparison,
  sourceOf: (article: string) => string | null,
): boolean {
  const candidates: SourceVersion[][] = comparison.disagreements
    .filter((d) => d.kind === item.kind)
    .map((d) => d.versions);
  if (item.kind === 'quote_wording') candidates.push(...comparison.quoteVariants.map((v) => v.versions));
  return candidates.some((versions) => coversTwoSides(item, versions, sourceOf));
}

function coversTwoSides(
  item: GoldDisagreement,
  versions: SourceVersion[],
  sourceOf: (article: string) => string | null,
): boolean {
  const sides = new Set<string>();
  const articles = new Set<string>();
  for (const gold of item.versions) {
    const source = sourceOf(gold.article);
    if (source === null) continue;
    const carried = versions.some(
      (v) => v.source === source && alternatives(gold).some((words) => carries(v.text, words)),
    );
    if (!carried) continue;
    articles.add(gold.article);
    sides.add(normaliseSpan(alternatives(gold)[0] ?? '').toLowerCase());
  }
  return articles.size >= 2 && sides.size >= 2;
}

function carries(versionText: string, goldWords: string): boolean {
  return containsWords(versionText, goldWords) || containsWords(goldWords, versionText);
}
