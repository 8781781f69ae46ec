// The headline figures of a real-text run, derived from its counts: the rows of issue 8's table and the
// names CI's floors refer to.
import type { RealEvalReport } from './run-real-eval.ts';

export interface RealFigure {
  name: string;
  label: string;
  value: number;
  /** "matched/total", so a reader sees how many items a ratio stands on. */
  of: string;
  /** What issue 8 asks for, when it names a target. */
  target: number | null;
}

const ratio = (n: number, d: number): number => (d === 0 ? 1 : n / d);

export function realFigures(report: RealEvalReport): RealFigure[] {
  const out: RealFigure[] = [];
  const add = (name: string, label: string, n: number, d: number, target: number | null) =>
    out.push({ name, label, value: ratio(n, d), of: `${n}/${d}`, target });
  const p = report.polnear;
  if (p) {
    const d = p.counts.direct;
    const scored = d.predicted - d.neutral;
    add(
      'polnear.direct.precision',
      'PolNeAR direct quotes: precision (relaxed)',
      d.relaxedMatched,
      scored,
      0.97,
    );
    add('polnear.direct.recall', 'PolNeAR direct quotes: recall (relaxed)', d.relaxedMatched, d.gold, 0.9);
    add(
      'polnear.direct.exactPrecision',
      'PolNeAR direct quotes: precision (exact)',
      d.exactMatched,
      scored,
      null,
    );
    add('polnear.direct.exactRecall', 'PolNeAR direct quotes: recall (exact)', d.exactMatched, d.gold, null);
    add('polnear.direct.recallPure', '  recall, wholly quoted', d.foundPure, d.goldPure, null);
    add(
      'polnear.direct.recallMixed',
      '  recall, quoted parts of mixed contents',
      d.foundMixed,
      d.goldMixed,
      null,
    );
    add(
      'polnear.direct.recallHonorific',
      '  recall, speaker "Mr./Ms./Rev. X" or "James B. X"',
      d.foundHonorific,
      d.goldHonorific,
      0.9,
    );
    add(
      'polnear.direct.speaker',
      'PolNeAR direct quotes: speaker right (named gold)',
      d.speakerRight,
      d.speakerScored,
      0.95,
    );
    add(
      'polnear.direct.speakerHonorific',
      '  speaker right, honorific or initial',
      d.honorificSpeakerRight,
      d.honorificSpeakerScored,
      null,
    );
    add(
      'polnear.direct.speakerSilver',
      '  speaker right against silver names (automatic gold)',
      d.silverRight,
      d.silverScored,
      null,
    );
    const i = p.counts.indirect;
    add(
      'polnear.indirect.precision',
      'PolNeAR reported speech: precision (relaxed)',
      i.matched,
      i.predicted,
      0.85,
    );
    add(
      'polnear.indirect.recall',
      'PolNeAR reported speech: recall, verbs of saying (relaxed)',
      i.foundSpeech,
      i.goldSpeech,
      0.65,
    );
    add(
      'polnear.indirect.speaker',
      'PolNeAR reported speech: speaker right (named gold)',
      i.speakerRight,
      i.speakerScored,
      null,
    );
  }
  const b = report.basil;
  if (b) {
    const q = b.counts.quotes;
    add(
      'basil.quotes.precision',
      'BASIL labelled events, quotes: precision (relaxed)',
      q.relaxedMatched,
      q.predicted,
      0.97,
    );
    add(
      'basil.quotes.recall',
      'BASIL labelled events, quotes: recall (relaxed)',
      q.relaxedMatched,
      q.gold,
      0.9,
    );
    add(
      'basil.quotes.speaker',
      'BASIL labelled events, quotes: speaker right',
      q.speakerRight,
      q.speakerScored,
      0.95,
    );
    const f = b.counts.flags;
    add(
      'basil.flags.precision',
      'BASIL flags matching a label (a lower bound: labels are not exhaustive)',
      f.matched,
      f.shown,
      0.9,
    );
    add('basil.flags.highPrecision', '  high-severity flags matching a label', f.highMatched, f.high, null);
    const g = b.counts.disagreements;
    add('basil.disagreements.recall', 'BASIL labelled disagreements found', g.found, g.total, 0.6);
  }
  return out;
}
