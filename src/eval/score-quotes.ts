// Quote scores for one article, then summed over the corpus (micro-averaged: every quote counts once).
// Predicted and gold quotes are paired one to one, best match first; direct and indirect quotes are scored
// separately, since an indirect quote's boundaries are a matter of judgement in a way a direct one's are not.
import type { GoldQuote } from './corpus.ts';
import { pairBest } from './pairing.ts';
import { sameSpeaker } from './speaker-match.ts';
import { dice, exactMatch, RELAXED_MIN_DICE } from './text-match.ts';

export interface PredictedQuote {
  text: string;
  speaker: string;
}

export interface Counts {
  matched: number;
  predicted: number;
  gold: number;
}

export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

export interface QuoteScore {
  exact: Counts;
  relaxed: Counts;
  /** Over relaxed-matched pairs: how many carry the gold speaker. */
  attribution: { correct: number; total: number };
  missed: GoldQuote[];
  spurious: PredictedQuote[];
  wrongSpeaker: { gold: GoldQuote; predicted: PredictedQuote }[];
}

export function scoreQuotes(predicted: PredictedQuote[], gold: GoldQuote[]): QuoteScore {
  const exact = { pairs: pairBest(predicted, gold, (p, g) => (exactMatch(p.text, g.text) ? 1 : 0), 1) };
  const relaxed = {
    pairs: pairBest(
      predicted,
      gold,
      (p, g) => (exactMatch(p.text, g.text) ? 1 : dice(p.text, g.text)),
      RELAXED_MIN_DICE,
    ),
  };
  const wrongSpeaker = relaxed.pairs
    .filter(([p, g]) => !sameSpeaker(g.speaker, p.speaker))
    .map(([p, g]) => ({ gold: g, predicted: p }));
  return {
    exact: { matched: exact.pairs.length, predicted: predicted.length, gold: gold.length },
    relaxed: { matched: relaxed.pairs.length, predicted: predicted.length, gold: gold.length },
    attribution: { correct: relaxed.pairs.length - wrongSpeaker.length, total: relaxed.pairs.length },
    missed: gold.filter((g) => !relaxed.pairs.some(([, h]) => h === g)),
    spurious: predicted.filter((p) => !relaxed.pairs.some(([q]) => q === p)),
    wrongSpeaker,
  };
}

export function addScores(total: QuoteScore, more: QuoteScore): QuoteScore {
  const add = (a: Counts, b: Counts): Counts => ({
    matched: a.matched + b.matched,
    predicted: a.predicted + b.predicted,
    gold: a.gold + b.gold,
  });
  return {
    exact: add(total.exact, more.exact),
    relaxed: add(total.relaxed, more.relaxed),
    attribution: {
      correct: total.attribution.correct + more.attribution.correct,
      total: total.attribution.total + more.attribution.total,
    },
    missed: [...total.missed, ...more.missed],
    spurious: [...total.spurious, ...more.spurious],
    wrongSpeaker: [...total.wrongSpeaker, ...more.wrongSpeaker],
  };
}

export function emptyScore(): QuoteScore {
  const zero = { matched: 0, predicted: 0, gold: 0 };
  return {
    exact: zero,
    relaxed: zero,
    attribution: { correct: 0, total: 0 },
    missed: [],
    spurious: [],
    wrongSpeaker: [],
  };
}

/** Precision with nothing predicted is 1 (it made no mistakes); recall with nothing to find is 1. */
export function prf(counts: Counts): Prf {
  const precision = counts.predicted === 0 ? 1 : counts.matched / counts.predicted;
  const recall = counts.gold === 0 ? 1 : counts.matched / counts.gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

export function accuracy(attribution: { correct: number; total: number }): number {
  return attribution.total === 0 ? 1 : attribution.correct / attribution.total;
}
