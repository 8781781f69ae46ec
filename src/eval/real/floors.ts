// Floors under the figures on real text, set just below what the offline engine reached when they were last
// raised, so that CI fails on a regression (`node scripts/eval.ts --real --check`). Raise them when the
// engine improves; never lower one to let a change through: report the miss instead.
import type { RealFigure } from './real-figures.ts';

export const REAL_FLOORS: Record<string, number> = {};

export function belowFloor(figures: RealFigure[]): { figure: RealFigure; floor: number }[] {
  return figures.flatMap((figure) => {
    const floor = REAL_FLOORS[figure.name];
    return floor !== undefined && figure.value < floor ? [{ figure, floor }] : [];
  });
}
