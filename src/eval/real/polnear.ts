// PolNeAR (../shared/data/polnear/<split>): real US political news with human gold for every attribution.
// Scored as its README prescribes: direct quotes against non-fragment gold (fragments neutral), speakers
// against the gold mention or its surname (silver names reported apart), reported speech against the gold
// indirect contents with recall on the speech-verb subset.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pairBest } from '../pairing.ts';
import { splitArchiveQuotes } from './archive-quotes.ts';
import { normaliseReal, REAL_RELAXED_DICE, realSpeakerMatches, relaxedScore } from './real-text.ts';

export interface PolnearQuote {
  text: string;
  kind: 'direct' | 'indirect';
  mixed?: boolean;
  fragment?: boolean;
  speech_cue?: boolean;
  speaker: string | null;
  named: boolean;
  speaker_silver: string | null;
  /** The annotated cue as written ("said", "according to"), null when the annotator marked none. */
  cue?: string | null;
  /** [start, end) of the content (direct: of the quoted words) in the article text. */
  span?: [number, number];
  /** The annotation's event id ("E4"): the items of one attribution share it. */
  attribution?: string;
}

export interface PolnearArticle {
  file: string;
  text: string;
  quotes: PolnearQuote[];
  /** Full contents of mixed attributions: acceptable targets for reported speech, never counted for recall. */
  mixedContents: string[];
}

interface GoldEntry {
  file: string;
  quotes: PolnearQuote[];
  attributions: { content: string }[];
}

export function loadPolnear(dir: string): PolnearArticle[] {
  const gold = JSON.parse(readFileSync(join(dir, 'gold.json'), 'utf8')) as GoldEntry[];
  return gold.map((entry) =>
    withArchiveQuotes({
      file: entry.file,
      text: readFileSync(join(dir, entry.file), 'utf8'),
      quotes: withoutRepeatedItems(entry.quotes),
      mixedContents: entry.attributions.map((a) => a.content).filter((c) => /[“”"]/.test(c)),
    }),
  );
}

/**
 * Each gold item once: the conversion repeats some items word for word, same kind, span and attribution (one
 * train article lists each of its embedded posts up to 80 times under one event). Scored one to one, every
 * repeat counted as a quote no prediction could ever match, and one article weighed 6 % of train's direct gold.
 */
export function withoutRepeatedItems(quotes: PolnearQuote[]): PolnearQuote[] {
  const seen = new Set<string>();
  return quotes.filter((quote) => {
    if (!quote.span || !quote.attribution) return true;
    const key = `${quote.kind} ${quote.span[0]} ${quote.span[1]} ${quote.attribution}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Gold items quoted in archive marks (''…'') become the direct items the README's rule makes of them. */
export function withArchiveQuotes(article: PolnearArticle): PolnearArticle {
  const quotes: PolnearQuote[] = [];
  const mixedContents = [...article.mixedContents];
  for (const quote of article.quotes) {
    const split = splitArchiveQuotes(quote, article.text);
    if (!split) {
      quotes.push(quote);
      continue;
    }
    quotes.push(...split.direct);
    if (split.mixedContent) mixedContents.push(split.mixedContent);
  }
  return { ...article, quotes, mixedContents };
}

export interface Predicted {
  text: string;
  speaker: string;
  kind: 'direct' | 'indirect';
}

/** Counts that add up over articles. */
export interface PolnearCounts {
  direct: {
    predicted: number;
    neutral: number;
    exactMatched: number;
    relaxedMatched: number;
    gold: number;
    goldPure: number;
    foundPure: number;
    goldMixed: number;
    foundMixed: number;
    goldHonorific: number;
    foundHonorific: number;
    speakerRight: number;
    speakerScored: number;
    honorificSpeakerRight: number;
    honorificSpeakerScored: number;
    silverRight: number;
    silverScored: number;
    speakerUnscorable: number;
  };
  indirect: {
    predicted: number;
    matched: number;
    goldSpeech: number;
    foundSpeech: number;
    speakerRight: number;
    speakerScored: number;
  };
}

export interface PolnearErrors {
  missed: { file: string; text: string; speaker: string | null }[];
  spurious: { file: string; text: string; speaker: string }[];
  wrongSpeaker: { file: string; text: string; gold: string; predicted: string }[];
  spuriousIndirect: { file: string; text: string; speaker: string }[];
  /** Gold reported speech (a verb-of-saying cue) that no prediction matched. */
  missedIndirect: { file: string; text: string; speaker: string | null; cue: string | null }[];
}

/** "Mr. Doe", "Rev. Al Sharpton", "James B. Comey": the layouts the first real-copy run missed most. */
export function isHonorificOrInitial(speaker: string | null): boolean {
  if (!speaker) return false;
  return (
    /\b(?:Mr|Mrs|Ms|Dr|Rev|Rep|Sen|Gov|Gen|Lt)\.?\s+\p{Lu}/u.test(speaker) || /\s\p{Lu}\.\s/u.test(speaker)
  );
}

export function emptyPolnearErrors(): PolnearErrors {
  return { missed: [], spurious: [], wrongSpeaker: [], spuriousIndirect: [], missedIndirect: [] };
}

export function emptyPolnearCounts(): PolnearCounts {
  return {
    direct: {
      predicted: 0,
      neutral: 0,
      exactMatched: 0,
      relaxedMatched: 0,
      gold: 0,
      goldPure: 0,
      foundPure: 0,
      goldMixed: 0,
      foundMixed: 0,
      goldHonorific: 0,
      foundHonorific: 0,
      speakerRight: 0,
      speakerScored: 0,
      honorificSpeakerRight: 0,
      honorificSpeakerScored: 0,
      silverRight: 0,
      silverScored: 0,
      speakerUnscorable: 0,
    },
    indirect: { predicted: 0, matched: 0, goldSpeech: 0, foundSpeech: 0, speakerRight: 0, speakerScored: 0 },
  };
}

export function scorePolnearArticle(
  article: PolnearArticle,
  predicted: Predicted[],
  counts: PolnearCounts,
  errors: PolnearErrors,
): void {
  scoreDirect(
    article,
    predicted.filter((p) => p.kind === 'direct'),
    counts.direct,
    errors,
  );
  scoreIndirect(
    article,
    predicted.filter((p) => p.kind === 'indirect'),
    counts.indirect,
    errors,
  );
}

function scoreDirect(
  article: PolnearArticle,
  predicted: Predicted[],
  c: PolnearCounts['direct'],
  errors: PolnearErrors,
): void {
  const direct = article.quotes.filter((q) => q.kind === 'direct');
  const gold = direct.filter((q) => !q.fragment);
  const fragments = direct.filter((q) => q.fragment);
  const relaxed = pairBest(predicted, gold, (p, g) => relaxedScore(p.text, g.text), REAL_RELAXED_DICE);
  const exact = pairBest(
    predicted,
    gold,
    (p, g) => (normaliseReal(p.text) === normaliseReal(g.text) ? 1 : 0),
    1,
  );
  const matchedP = new Set(relaxed.map(([p]) => p));
  const matchedG = new Set(relaxed.map(([, g]) => g));
  const unmatched = predicted.filter((p) => !matchedP.has(p));
  const neutral = unmatched.filter((p) =>
    fragments.some((f) => relaxedScore(p.text, f.text) >= REAL_RELAXED_DICE),
  );
  c.predicted += predicted.length;
  c.neutral += neutral.length;
  c.exactMatched += exact.length;
  c.relaxedMatched += relaxed.length;
  c.gold += gold.length;
  for (const g of gold) {
    const found = matchedG.has(g);
    if (g.mixed) {
      c.goldMixed++;
      if (found) c.foundMixed++;
    } else {
      c.goldPure++;
      if (found) c.foundPure++;
    }
    if (isHonorificOrInitial(g.speaker)) {
      c.goldHonorific++;
      if (found) c.foundHonorific++;
    }
    if (!found) errors.missed.push({ file: article.file, text: g.text, speaker: g.speaker });
  }
  for (const p of unmatched) {
    if (!neutral.includes(p)) errors.spurious.push({ file: article.file, text: p.text, speaker: p.speaker });
  }
  for (const [p, g] of relaxed) {
    if (g.named && g.speaker) {
      const right = realSpeakerMatches(g.speaker, p.speaker);
      c.speakerScored++;
      if (right) c.speakerRight++;
      else
        errors.wrongSpeaker.push({ file: article.file, text: g.text, gold: g.speaker, predicted: p.speaker });
      if (isHonorificOrInitial(g.speaker)) {
        c.honorificSpeakerScored++;
        if (right) c.honorificSpeakerRight++;
      }
    } else if (g.speaker_silver) {
      c.silverScored++;
      if (realSpeakerMatches(g.speaker_silver, p.speaker)) c.silverRight++;
    } else c.speakerUnscorable++;
  }
}

function scoreIndirect(
  article: PolnearArticle,
  predicted: Predicted[],
  c: PolnearCounts['indirect'],
  errors: PolnearErrors,
): void {
  const gold = article.quotes.filter((q) => q.kind === 'indirect');
  const pairs = pairBest(predicted, gold, (p, g) => relaxedScore(p.text, g.text), REAL_RELAXED_DICE);
  const matchedP = new Set(pairs.map(([p]) => p));
  const alsoRight = predicted.filter(
    (p) =>
      !matchedP.has(p) &&
      article.mixedContents.some((content) => relaxedScore(p.text, content) >= REAL_RELAXED_DICE),
  );
  c.predicted += predicted.length;
  c.matched += pairs.length + alsoRight.length;
  const speech = gold.filter((g) => g.speech_cue);
  c.goldSpeech += speech.length;
  c.foundSpeech += pairs.filter(([, g]) => g.speech_cue).length;
  const matchedG = new Set(pairs.map(([, g]) => g));
  for (const g of speech) {
    if (!matchedG.has(g))
      errors.missedIndirect.push({
        file: article.file,
        text: g.text,
        speaker: g.speaker,
        cue: g.cue ?? null,
      });
  }
  for (const [p, g] of pairs) {
    if (!g.named || !g.speaker) continue;
    c.speakerScored++;
    if (realSpeakerMatches(g.speaker, p.speaker)) c.speakerRight++;
  }
  for (const p of predicted) {
    if (!matchedP.has(p) && !alsoRight.includes(p))
      errors.spuriousIndirect.push({ file: article.file, text: p.text, speaker: p.speaker });
  }
}
