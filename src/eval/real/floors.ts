// Floors under the figures on real text, set just below what the offline engine reached when they were last
// raised, so that CI fails on a regression (`node scripts/eval.ts --real --check`). Raise them when the
// engine improves; never lower one to let a change through: report the miss instead.
import type { RealFigure } from './real-figures.ts';

export const REAL_FLOORS: Record<string, number> = {
  'polnear.direct.precision': 0.98,
  'polnear.direct.recall': 0.905,
  'polnear.direct.recallHonorific': 0.95,
  'polnear.direct.speaker': 0.975,
  'polnear.indirect.precision': 0.91,
  'polnear.indirect.recall': 0.65,
  'polnear.indirect.speaker': 0.95,
  'basil.quotes.precision': 0.97,
  'basil.quotes.recall': 0.905,
  'basil.quotes.speaker': 0.95,
  'basil.flags.precision': 0.95,
  'basil.disagreements.recall': 0.61,
};

export function belowFloor(figures: RealFigure[]): { figure: RealFigure; floor: number }[] {
  return figures.flatMap((figure) => {
    const floor = REAL_FLOORS[figure.name];
    return floor !== undefined && figure.value < floor ? [{ figure, floor }] : [];
  });
}
