// Which of two namesakes a bare surname means, when they are a man and a woman: "Varn said" in a story that
// names Senator Tomas Varn and his wife Ilse Varn. The story's pronouns tell: the first "he" or "she" after
// each bare "Varn", with no other name between, votes, and two votes with none against decide. Without them
// the one named most often was taken, and a story that named the wife twice and the senator once in full gave
// her every "Varn said".

import { SUBJECT_PRONOUNS } from './missing-verbs.ts';
import type { Run } from './name-runs.ts';
import { VERB_PARTICLES } from './participle.ts';
import { PRONOUN_GENDER } from './person-gender.ts';
import { fold, isCapitalised, lowerOf, type Token } from './tokens.ts';

/** Per folded surname among `surnames`, the gender its bare mentions' pronouns agree on. */
export function bareSurnameGenders(singles: Run[], surnames: Set<string>): Map<string, 'm' | 'f'> {
  const votes = new Map<string, { m: number; f: number }>();
  for (let r = 0; r < singles.length; r++) {
    const run = singles[r] as Run;
    const surname = fold((run.tokens[0] as Token).text);
    if (!surnames.has(surname)) continue;
    const gender = pronounAfter(run.sentenceTokens, run.at + 1);
    if (gender === null) continue;
    let tally = votes.get(surname);
    if (tally === undefined) {
      tally = { m: 0, f: 0 };
      votes.set(surname, tally);
    }
    tally[gender]++;
  }
  const genders = new Map<string, 'm' | 'f'>();
  votes.forEach((tally, surname) => {
    if (tally.m >= 2 && tally.f === 0) genders.set(surname, 'm');
    else if (tally.f >= 2 && tally.m === 0) genders.set(surname, 'f');
  });
  return genders;
}

/**
 * The first gendered pronoun from token `from` on that can be the bare surname's own, or null when a
 * capitalised word (another name) or a quote comes first: the pronouns inside a quote are the speaker's, about
 * anyone. An object ("began vilifying her", "told him", "giving her the same line") is someone else: passed
 * over, where it had voted a congressman his wife's gender.
 */
function pronounAfter(tokens: Token[], from: number): 'm' | 'f' | null {
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (token.quoted === true) return null;
    if (!token.word) continue;
    const word = lowerOf(token);
    const gender = PRONOUN_GENDER.get(word);
    if (gender !== undefined && !isObject(word, tokens[k + 1])) return gender;
    if (isCapitalised(token.text)) return null;
  }
  return null;
}

/** "him", and "her" unless a word of its own follows ("her seat", not "her the", "her and", "her."). */
function isObject(pronoun: string, next: Token | undefined): boolean {
  if (pronoun === 'him') return true;
  if (pronoun !== 'her') return false;
  return !next?.word || isCapitalised(next.text) || NOT_OWNED.has(lowerOf(next));
}

/**
 * Words after an object "her": an article, a conjunction, a preposition, a verb's particle, or the subject of
 * a clause ("told her he was leaving"). ("her Senate seat" is passed over too, a capital being no sign either
 * way: a vote lost, not a wrong one.)
 */
const NOT_OWNED = new Set([
  ...SUBJECT_PRONOUNS,
  ...VERB_PARTICLES,
  ...'a an the and or but that to in on at for with from of by about as over'.split(' '),
]);
