// Disagreements of substance, apart from differences of house style (the same names written two ways): an
// editor reads the first as "the sources disagree", the second as noise if shown among them. Both are shown;
// only the first are counted.
import type { Disagreement } from '../types.ts';

export function substantive(disagreements: readonly Disagreement[]): Disagreement[] {
  return disagreements.filter((item) => item.style !== true);
}

export function styleDifferences(disagreements: readonly Disagreement[]): Disagreement[] {
  return disagreements.filter((item) => item.style === true);
}
