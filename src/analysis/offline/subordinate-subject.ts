// "Ortiz urged Becker to quit, as the veteran senator refused to budge and vowed to keep his seat": a verb
// joined by "and" inside a clause that "as", "while" or "because" opens after a comma shares that clause's
// subject, not the one the sentence opens on.
import { BODY_NOUNS, ROLE_NOUNS, TITLE_WORDS } from './lexicon.ts';
import { isKnownGivenName } from './person-name-check.ts';
import { type PhraseContext, parseBackward, type SpeakerRef } from './speaker-phrase.ts';
import { isTensedWord, isVerbForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

const SUBORDINATORS = new Set(['as', 'while', 'because', 'although', 'though', 'whereas', 'since']);
/** What opens a clause read without a comma before it: "listened as the governor announced …". */
const OPENERS_WITHOUT_COMMA = new Set([...SUBORDINATORS, 'when', 'after']);
/** The longest subject read between the opening word and the clause's verb: "the veteran state senator". */
const SUBJECT_WORDS = 6;
/** How far back from the joined verb the clause's opening word is looked for. */
const REACH = 16;

/** The subject of the subordinate clause the joined verb at `at` stands in, or null when it stands in none. */
export function subordinateSubject(tokens: Token[], at: number, ctx: PhraseContext): SpeakerRef | null {
  for (let k = at - 2; k >= 0 && at - k <= REACH; k--) {
    const word = lowerOf(tokens[k]);
    // "As the storm eased, Kiel thanked the crews and said …": a comma closes the clause before the verb's own.
    if (word === ';' || (word === ',' && !SUBORDINATORS.has(lowerOf(tokens[k + 1])))) return null;
    if (!SUBORDINATORS.has(word) || !afterComma(tokens, k, ctx.text)) continue;
    // The clause's subject is what stands before its own verb: "as the veteran senator refused …".
    for (let verb = k + 2; verb < at && verb <= k + SUBJECT_WORDS + 1; verb++)
      if (isVerbForm(tokens[verb])) return parseBackward(tokens, verb - 1, k + 1, ctx);
    return null;
  }
  return null;
}

/**
 * "Dale listened as the governor announced the grant and said …": a clause opened without a comma, with a subject
 * and verb of its own, stands between the sentence's subject and the joined verb at `at`. Whose the "and said"
 * is the words do not tell (Dale's or the governor's), so the sentence's subject is not given it.
 */
export function clauseBetween(tokens: Token[], at: number): boolean {
  if (at >= tokens.length) return false;
  for (let k = at - 2; k > 0 && at - k <= REACH; k--) {
    const word = lowerOf(tokens[k]);
    if (word === ',' || word === ';') return false;
    if (!OPENERS_WITHOUT_COMMA.has(word)) continue;
    // A tensed verb of its own, not an infinitive ("positioned her as the best person ever to run" opens none),
    // after a subject that could speak: "apologised after the report was published and said" is the subject's.
    for (let verb = k + 2; verb < at - 1 && verb <= k + SUBJECT_WORDS + 1; verb++)
      if (isTensedWord(tokens[verb]) && lowerOf(tokens[verb - 1]) !== 'to')
        return canSpeak(tokens, k + 1, verb);
    return false;
  }
  return false;
}

/**
 * A person's name or a noun of people or of a body, right before the verb at `to`: "the governor", "Ada Kiel", "the
 * ministry". Not "I", nor a name that only describes ("after the Ledger report was published").
 */
function canSpeak(tokens: Token[], from: number, to: number): boolean {
  const word = lowerOf(tokens[to - 1]);
  if (ROLE_NOUNS.has(word) || BODY_NOUNS.has(word)) return true;
  // "Governor Alma Reyes", "Ada Kiel", "Sen. Kiel": a capitalised word after a given name or a title.
  if (to - 1 <= from || !/^\p{Lu}/u.test(tokens[to - 1]?.text ?? '')) return false;
  const before = tokens[to - 2];
  return (
    isKnownGivenName(before?.text ?? '') ||
    TITLE_WORDS.has(lowerOf(before)) ||
    TITLE_WORDS.has(lowerOf(tokens[to - 3]))
  );
}

/** A comma right before token `k`: in the tokens, or in the text before the first of them (a sentence's rest). */
function afterComma(tokens: Token[], k: number, text: string): boolean {
  if (k > 0) return tokens[k - 1]?.text === ',';
  return /,\s*$/.test(text.slice(Math.max(0, (tokens[0] as Token).start - 3), (tokens[0] as Token).start));
}
