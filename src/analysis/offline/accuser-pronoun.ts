// "Union organisers accused the owners of hypocrisy, noting that their concern came only after …": after a verb
// of accusing, the pronoun opening the participle's report stands for the accused as often as for the accusers,
// and shown under the accusers it reads as their own (an editor's read: the accused's outrage became the
// accusers'). Such a report is not shown; nor is one after a verb of criticizing whose pronoun may be the critic.
import { PRONOUN_GENDER } from './person-gender.ts';
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
/**
 * "Kiel has long been criticizing Speaker Brenner, saying that he ought to resign": the one criticised is as
 * likely "he" as the critic. Under a critic of the other sex the pronoun cannot be read as the critic's own
 * ("Ruiz attacked Brandt, saying he would …" stays: she speaks of him).
 */
const CRITICIZING = new Set([
  'criticized',
  'criticizes',
  'criticizing',
  'criticised',
  'criticises',
  'criticising',
  'attacked',
  'attacking',
  'rebuked',
  'rebuking',
  'condemned',
  'condemning',
  'denounced',
  'denouncing',
]);
const PRONOUNS = new Set(['their', 'they', 'his', 'her', 'he', 'she', 'its', 'it', 'them', 'him']);

/**
 * Whether the participle report whose verb is tokens[at], clause from `from`, opens on a pronoun after an accusing
 * verb, or after a criticizing one on a pronoun that may be the critic's (`speaker`: the critic's sex, if known).
 */
export function accusedPronoun(
  tokens: Token[],
  at: number,
  from: number,
  speaker: 'm' | 'f' | null,
): boolean {
  const pronoun = lowerOf(tokens[from]);
  if (!lowerOf(tokens[at]).endsWith('ing') || !PRONOUNS.has(pronoun)) return false;
  const gender = PRONOUN_GENDER.get(pronoun);
  const critic = gender !== undefined && (speaker === null || speaker === gender);
  for (let k = 0; k < at; k++) {
    const word = lowerOf(tokens[k]);
    if (ACCUSING.has(word) && lowerOf(tokens[k + 1]) !== 'of') return true;
    if (critic && CRITICIZING.has(word)) return true;
  }
  return false;
}
