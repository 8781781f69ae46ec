// One figure told at two precisions: "$1.375 billion" rounds to "$1.4 billion", "$43,350" to "$43,000". A figure with as many
// significant digits as that is rarely a coincidence, so two sums the same verb pays that round alike are
// one sum; a whole "$3 billion" would round from anything between 2.5 and 3.5, and proves nothing.
import type { Figure } from './number-facts.ts';

/** The coarse figure must carry this many significant digits before a rounding pairs anything. */
const MIN_SIGNIFICANT = 2;

/** The number as written, without currency, separators or scale word: "1.375" of "$1.375 billion". */
function digitsOf(figure: Figure): string | null {
  return /\d[\d,]*(?:\.\d+)?/.exec(figure.written)?.[0].replace(/,/g, '') ?? null;
}

/** Whether `fine`, rounded to the last digit `coarse` writes, is `coarse`; and `fine` says more. */
export function roundsTo(fine: Figure, coarse: Figure): boolean {
  const [f, c] = [digitsOf(fine), digitsOf(coarse)];
  if (f === null || c === null || fine.value === coarse.value) return false;
  if (c.replace('.', '').replace(/^0+/, '').replace(/0+$/, '').length < MIN_SIGNIFICANT) return false;
  const decimals = c.split('.')[1]?.length ?? 0;
  const fineDecimals = f.split('.')[1]?.length ?? 0;
  // A whole number is rounded by its trailing zeros: "$43,000" against "$43,350".
  const zeros = decimals === 0 ? (/0+$/.exec(c)?.[0].length ?? 0) : 0;
  const fineZeros = fineDecimals === 0 ? (/0+$/.exec(f)?.[0].length ?? 0) : 0;
  if (fineDecimals < decimals || (fineDecimals === decimals && (decimals > 0 || fineZeros >= zeros)))
    return false;
  // The unit of the coarse figure's last digit, in the figures' own scale (value / written number).
  const scale = coarse.value / Number(c);
  const unit = scale * 10 ** (zeros - decimals);
  return Math.abs(fine.value - coarse.value) <= unit / 2 + 1e-9 * scale;
}

/** Every figure is the coarsest one, or rounds to it. */
export function sameAtPrecision(figures: Figure[]): boolean {
  if (figures.some((f) => f.qualifier !== null)) return false;
  const coarse = figures.reduce((a, b) => (precisionOf(a) <= precisionOf(b) ? a : b));
  return figures.every((f) => f.value === coarse.value || roundsTo(f, coarse));
}

/** Decimal places, or minus the trailing zeros of a whole number: "1.375" 3, "12,480" -1, "12,000" -3. */
function precisionOf(figure: Figure): number {
  const digits = digitsOf(figure) ?? '';
  const decimals = digits.split('.')[1]?.length ?? 0;
  return decimals > 0 ? decimals : -(/0+$/.exec(digits)?.[0].length ?? 0);
}
