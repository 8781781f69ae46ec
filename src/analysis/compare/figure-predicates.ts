// The verb a figure is the object of, in classes: "needing to gain 35 seats" and "lost 60 seats" count
// different things, while "grants $1.4 billion" and "includes $1.4 billion" count the same money. Read before
// the figure, or just after it ("the $4.2 million he asked for").

/**
 * Verbs whose object a figure is, in classes: "needing to gain 35 seats" and "lost 60 seats" count
 * different things, while "grants $1.4 billion" and "includes $1.4 billion" count the same money.
 */
const PREDICATES: Record<string, string[]> = {
  gain: [
    'gain',
    'gained',
    'gaining',
    'gains',
    'win',
    'won',
    'winning',
    'wins',
    'flip',
    'flipped',
    'pick',
    'picked',
  ],
  need: ['need', 'needed', 'needing', 'needs', 'require', 'required', 'requires', 'requiring'],
  lose: ['lose', 'lost', 'losing', 'loses'],
  provide: [
    'grant',
    'grants',
    'granted',
    'include',
    'includes',
    'included',
    'including',
    'provide',
    'provides',
    'provided',
    'allocate',
    'allocates',
    'allocated',
    'give',
    'gives',
    'gave',
    'fund',
    'funds',
    'funded',
    'authorized',
    'authorised',
    'contains',
  ],
  seek: [
    'seek',
    'seeks',
    'sought',
    'request',
    'requested',
    'ask',
    'asked',
    'asks',
    'demand',
    'demanded',
    'want',
    'wanted',
    'wants',
  ],
  spend: [
    'spend',
    'spent',
    'spends',
    'divert',
    'diverted',
    'diverting',
    'use',
    'used',
    'redirect',
    'redirected',
    'shift',
    'move',
    'moved',
    'tap',
    'tapped',
    'unlock',
    'reroute',
  ],
};
const PREDICATE_OF = new Map(
  Object.entries(PREDICATES).flatMap(([predicate, words]) => words.map((word) => [word, predicate])),
);

/** The nearest known verb in the clause (up to 12 words) before a phrase. */
function predicateInClause(before: string): string | null {
  const clause = before.split(/[.;:!?]/).at(-1) ?? '';
  return firstPredicate(wordsOf(clause).slice(-12).reverse());
}

/** "the $4.2 million he asked for": the verb a few words after, when none comes before. */
export function predicateAfter(after: string): string | null {
  const clause = after.split(/[.,;:!?]/)[0] ?? '';
  return firstPredicate(wordsOf(clause.toLowerCase()).slice(1, 6));
}

/** The class of the nearest known verb in the five words before a figure. */
export function predicateBefore(before: string): string | null {
  // "draw on the reserve, to the tune of $2 million": the sum belongs to the clause before.
  const tune = /,?\s*to the tune of$/.exec(before);
  if (tune) return predicateInClause(before.slice(0, tune.index));
  return firstPredicate(wordsOf(before).slice(-5).reverse());
}

function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}]+/u).filter(Boolean);
}

/** The class of the first word, in the order given, that is a known verb. */
function firstPredicate(words: string[]): string | null {
  for (const word of words) {
    const predicate = PREDICATE_OF.get(word);
    if (predicate) return predicate;
  }
  return null;
}
