// Groups the quotes of several sources into "the same quote", then reports the ones worded differently
// (quote variants) and the ones given to different speakers (attribution disagreements).
import type { Disagreement, Quote, QuoteVariant, SourceSheet, SourceVersion } from '../../types.ts';
import { shownQuotes } from '../ground/ground-analysis.ts';
import { normalizeNeedle } from '../ground/normalize.ts';
import { wordDiff, wordSimilarity } from '../ground/word-diff.ts';
import { sameSpeaker } from './text-similarity.ts';

/** Two wordings sharing this share of their words, in order, are taken for one quote. */
const SAME_QUOTE_MIN_SIMILARITY = 0.55;
/** Quotes shorter than this are too generic ("We are ready") to align across sources. */
const MIN_WORDS = 4;

interface Member {
  source: string;
  quote: Quote;
  words: string;
}

export interface QuoteAlignment {
  variants: QuoteVariant[];
  attributions: Disagreement[];
}

export function alignQuotes(sheets: SourceSheet[]): QuoteAlignment {
  const clusters: Member[][] = [];
  for (const sheet of sheets) {
    for (const quote of shownQuotes(sheet)) {
      if (quote.kind !== 'direct') continue;
      const words = quote.sourceText ?? quote.text;
      if (words.split(/\s+/).length < MIN_WORDS) continue;
      const member = { source: sheet.id, quote, words };
      const home = clusters.find(
        (cluster) =>
          !cluster.some((other) => other.source === sheet.id) &&
          cluster.some((other) => wordSimilarity(other.words, words) >= SAME_QUOTE_MIN_SIMILARITY),
      );
      if (home) home.push(member);
      else clusters.push([member]);
    }
  }
  const variants: QuoteVariant[] = [];
  const attributions: Disagreement[] = [];
  for (const cluster of clusters) {
    if (cluster.length < 2) continue;
    const first = cluster[0] as Member;
    const versions = cluster.map(toVersion);
    const speakersAgree = cluster.every((member) => sameSpeaker(member.quote.speaker, first.quote.speaker));
    if (!speakersAgree) {
      attributions.push({
        topic: `Who said “${shorten(first.words)}”`,
        kind: 'attribution',
        severity: 'high',
        note: cluster.map((member) => `${member.source} attributes it to ${member.quote.speaker}`).join('; '),
        versions,
        foundBy: 'rule',
      });
    }
    const differing = cluster.find(
      (member) => normalizeNeedle(member.words) !== normalizeNeedle(first.words),
    );
    if (differing) {
      variants.push({ speaker: first.quote.speaker, versions, diff: wordDiff(first.words, differing.words) });
    }
  }
  return { variants, attributions };
}

function toVersion(member: Member): SourceVersion {
  return { source: member.source, text: member.words, ref: member.quote.id };
}

function shorten(text: string): string {
  const words = text.split(/\s+/);
  return words.length <= 8 ? text : `${words.slice(0, 8).join(' ')}…`;
}
