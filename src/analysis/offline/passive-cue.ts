// A verb of saying in the passive makes its subject no speaker: the words are someone else's, named after "by"
// or not at all. Read by credit-before.ts for the verb before a quote.
import { BE_FORMS } from './lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Participles whose passive subject is the one who receives words: "was asked", "were told". */
const WORDS_RECEIVED = new Set(['asked', 'told', 'questioned', 'pressed', 'informed', 'reminded', 'advised']);

/**
 * What follows a passive participle of naming: "described in the filing as", "labelled by X as". Not "as"
 * alone: "which he described as", "whom an insider described as" are active, their object moved in front.
 */
const PASSIVE_NEXT = new Set(['in', 'by', 'on']);

/** Whether the verb of saying at region[i], before the quote mark at `markAt`, is passive. */
export function isPassiveCue(region: Token[], i: number, markAt: number): boolean {
  const word = lowerOf(region[i]);
  const object = lowerOf(region[i + 1]);
  const afterBe = BE_FORMS.has(lowerOf(region[i - 1]));
  // "Reyes was asked: “…?”", "Brandt was told: “…”": the words are the asker's or the teller's, never Reyes's.
  if (afterBe && WORDS_RECEIVED.has(word)) return true;
  // "Brenner was confirmed 90-4 in May and “aye” tallies keep falling", "was promised “dirt”": any other verb
  // of saying, too. Not "was quoted as saying", nor "is reported to have called the levy “…”", whose subject
  // does speak.
  if (afterBe && word.endsWith('ed') && word !== 'quoted' && object !== 'to') return true;
  // "the clerk described in the filing as “…”": with a place or an agent straight after it the participle is
  // passive; it names what the noun before it was called, not who called it so.
  const passive = afterBe || lowerOf(region[markAt - 1]) === 'as';
  return word.endsWith('ed') && PASSIVE_NEXT.has(object) && passive;
}
