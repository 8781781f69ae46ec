// "the Council on Foreign Relations", "the Center on Wage and Harbor Priorities", "the Committee on Ways
// and Means": "on" inside a body's name. Cut there, the speaker was "Center", or "Foreign Relations".
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { isCapitalised, lowerOf, type Token } from './tokens.ts';

const ON_HEADS = new Set([
  'center',
  'centre',
  'council',
  'commission',
  'committee',
  'coalition',
  'institute',
]);

/**
 * Whether tokens[k] is "on" after a capitalised council's or centre's head word and before a capitalised
 * word that is no day or month ("the Council on Monday voted …" names the council alone).
 */
export function onInBodyName(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  const next = tokens[k + 1]?.text ?? '';
  if (tokens[k]?.text !== 'on' || !before || !isCapitalised(before.text) || !isCapitalised(next))
    return false;
  const lower = next.toLowerCase();
  return ON_HEADS.has(lowerOf(before)) && !WEEKDAYS.has(lower) && !MONTHS.includes(lower);
}
