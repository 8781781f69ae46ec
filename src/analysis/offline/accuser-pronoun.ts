// "Union organisers accused the owners of hypocrisy, noting that their concern came only after …": after a verb
// of accusing, the pronoun opening the participle's report stands for the accused as often as for the accusers,
// and shown under the accusers it reads as their own (an editor's read: the accused's outrage became the
// accusers'). Such a report is not shown.
import { lowerOf, type Token } from './tokens.ts';

const ACCUSING = new Set([
  'accused',
  'accuses',
  'blamed',
  'blames',
  'faulted',
  'faults',
  'charged',
  'charges',
]);
const PRONOUNS = new Set(['their', 'they', 'his', 'her', 'he', 'she', 'its', 'it', 'them', 'him']);

/** Whether the participle report whose verb is tokens[at], clause from `from`, opens on a pronoun after an accusing verb. */
export function accusedPronoun(tokens: Token[], at: number, from: number): boolean {
  if (!lowerOf(tokens[at]).endsWith('ing') || !PRONOUNS.has(lowerOf(tokens[from]))) return false;
  for (let k = 0; k < at; k++)
    if (ACCUSING.has(lowerOf(tokens[k])) && lowerOf(tokens[k + 1]) !== 'of') return true;
  return false;
}
