// "Brenner: his challenge to her in October": a report cut from "X announced his challenge to her" is the noun
// phrase the verb took, not a clause of anyone's words (an editor's read). Such a phrase opens on a possessive
// and has no verb after its head noun but infinitives ("her plan to support …" is a plan, not a claim).
import { wordLexicon } from './compromise-lexicon.ts';
import { hasPlainVerb } from './plain-verb.ts';

const POSSESSIVE_HEAD = /^(?:his|her|their|its)\s+\S+/i;

/** Whether a reported clause is only a possessive noun phrase: no verb past its head but after "to". */
export function nounPhraseOnly(clause: string): boolean {
  const head = POSSESSIVE_HEAD.exec(clause);
  if (!head) return false;
  const rest = clause.slice(head[0].length);
  // An auxiliary or a past tense ("has tripled", "planned to", "and jailed him"): a clause.
  if (hasPlainVerb(rest)) return false;
  const { verbs } = wordLexicon();
  const words = rest
    .toLowerCase()
    .split(/[^\p{L}'’]+/u)
    .filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i] as string;
    const verb = verbs.has(word) || (word.endsWith('s') && verbs.has(word.slice(0, -1)));
    if (verb && words[i - 1] !== 'to') return false;
  }
  return true;
}
