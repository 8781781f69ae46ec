// What may stand between a speaker and the verb of saying in news copy: auxiliaries and adverbs ("has
// also", "forcefully"), a time ("on Thursday", "early Friday") and a bracketed party label ("(D-Wis.)").
// Both the before-the-verb and the after-the-name readings step over them.
import { AUXILIARIES, WEEKDAYS } from './lexicon.ts';
import { isNameMay } from './month-name.ts';
import { lowerOf, type Token } from './tokens.ts';

const EMPHATIC = new Set(['did', 'does']);
const SAYING_FORMS = new Set(
  'saying telling arguing claiming insisting suggesting warning predicting'.split(' '),
);

/**
 * Steps back over what may stand between a subject and its verb: auxiliaries and adverbs ("has also",
 * "forcefully") and a bracketed party label ("Rep. Gwen Moore (D-Wis.) said").
 */
export function skipBackOverModifiers(tokens: Token[], j: number, lo: number): number {
  let k = j;
  // "Critics were saying …": a plural's auxiliary before a verb of saying's -ing form ("are confirming judges"
  // takes an object).
  const progressive = SAYING_FORMS.has(lowerOf(tokens[j + 1]));
  for (;;) {
    const word = lowerOf(tokens[k]);
    // "but did note that …": an emphatic "did" or "does" right before the verb (a negation before it, "never did
    // say", is negated-cue.ts's); only here ("a pollster who does work for" keeps its role elsewhere).
    const emphatic = k === j && EMPHATIC.has(word);
    const auxiliary =
      (AUXILIARIES.has(word) && !isNameMay(tokens, k)) ||
      emphatic ||
      (progressive && (word === 'are' || word === 'were'));
    if (k >= lo && (auxiliary || GAP_ADVERBS.has(word) || isAdverb(tokens[k]?.text ?? ''))) {
      k--;
      continue;
    }
    // "Peskov on Thursday insisted", "Stone early Friday said": a time between subject and verb.
    if (k > lo && PERIODS.has(word) && ['this', 'last'].includes(lowerOf(tokens[k - 1]))) {
      k -= 2;
      continue;
    }
    if (k >= lo && (WEEKDAYS.has(word) || TIME_ADVERBS.has(word))) {
      k--;
      if (TIME_LEADS.has(lowerOf(tokens[k]))) k--;
      continue;
    }
    if (k >= lo && tokens[k]?.text === ')') {
      let open = k - 1;
      while (open > lo && tokens[open]?.text !== '(' && k - open < 12) open--;
      if (tokens[open]?.text === '(') {
        k = open - 1;
        continue;
      }
    }
    return k;
  }
}

const TIME_ADVERBS = new Set(['today', 'yesterday', 'tonight', 'morning', 'afternoon', 'evening', 'night']);
/** "The bank this month announced", "Vance last week said": a period only with its "this" or "last". */
const PERIODS = new Set(['week', 'month', 'year', 'weekend']);
/** Adverbs that sit between subject and verb without ending in -ly: "has long said", "just announced". */
const GAP_ADVERBS = new Set(['long', 'just', 'now', 'first', 'already', 'since']);
const TIME_LEADS = new Set(['on', 'early', 'late', 'last', 'this']);

/** Nouns that end like adverbs: "the family said", "an ally said". */
const LY_NOUNS = new Set(
  'family ally rally tally assembly daily weekly monthly quarterly anomaly monopoly bully'.split(' '),
);

/** "forcefully", "quickly": a lower-case -ly word that is not one of the few -ly nouns. */
export function isAdverb(word: string): boolean {
  // The ending first: most words do not end in "ly", and the test spares them the Unicode pattern (its
  // calls were the second costliest pattern of the engine; the answer is the same).
  return word.endsWith('ly') && /^\p{Ll}{2,}ly$/u.test(word) && !LY_NOUNS.has(word) && !word.endsWith('ply');
}
