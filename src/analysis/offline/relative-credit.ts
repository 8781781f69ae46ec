// "Critics say the deal broke the part of the code that says: “…”": a verb of saying right after a relative
// "that" or "which" is the noun's that the pronoun stands for, and the quote is that noun's words (shown when
// it can speak, else under no one), never those of the sentence's subject further back (an editor's read).
// A message is the exception: "Reyes posted a tweet that accused Brandt of “…”" quotes Reyes, who sent it.
import { carriesOnly } from './credit-before.ts';
import { AND_BUT, WEEKDAYS } from './lexicon.ts';
import { type PhraseContext, parseBackward, type SpeakerRef } from './speaker-phrase.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** The noun a relative pronoun before the cue at region[i] stands for, or null when none stands there. */
export function relativeAntecedent(
  region: Token[],
  i: number,
  lo: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  const relative = lowerOf(region[i - 1]);
  if ((relative !== 'that' && relative !== 'which') || i - 2 < lo || !isWord(region[i - 2])) return null;
  const noun = region[i - 2] as Token;
  // "a note from her lawyer Monday morning that says …": after a time, what "that" stands for is further back.
  if (TIMES.has(lowerOf(noun))) return null;
  // "the part of the code": a phrase after "of" is no subject for parseBackward; the noun alone stands.
  const ref: SpeakerRef = parseBackward(region, i - 2, lo, ctx) ?? {
    kind: 'phrase',
    text: noun.text,
    head: lowerOf(noun),
    at: noun.start,
  };
  return carriesOnly(ref) ? null : ref;
}

const TIMES = new Set([
  ...WEEKDAYS,
  ...'morning afternoon evening night day week month year today yesterday tonight'.split(' '),
]);

/**
 * "…asked by host Ada Brenner, who backs Reyes but has dismissed the story, “…”": a verb joined by "and" or "but"
 * inside a ", who" clause has the clause's antecedent for its subject, not the name the clause mentions nor the
 * sentence's subject. Null when no such clause holds the cue at region[i].
 */
export function whoClauseAntecedent(
  region: Token[],
  i: number,
  lo: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  for (let k = i - 1; k - 2 >= lo; k--) {
    const word = region[k]?.text;
    // ", but has …" goes on with the clause's own subject.
    if (word === ',' && AND_BUT.has(lowerOf(region[k + 1]))) continue;
    if (word === ',' || word === '.' || word === ';') return null;
    if (word === 'who' && region[k - 1]?.text === ',') return parseBackward(region, k - 2, lo, ctx);
    // "“…,” said a former inspector who oversaw the audits and described the fine as “…”": a "who" with no
    // comma, after the subject of an inverted credit, goes on with that subject however the "and" is read.
    const credited = word === 'who' && isWord(region[k - 1]) ? creditedSubject(region, k - 1, lo, ctx) : null;
    if (credited) return credited;
  }
  return null;
}

/**
 * The phrase ending at region[end] when it is the subject of an inverted credit: a verb of saying right before
 * it, after a closing quote mark or a comma ("…,” said | a former inspector"). "Brenner criticized | officials
 * who … and said" is no credit: the verb's object is not the one who speaks.
 */
function creditedSubject(region: Token[], end: number, lo: number, ctx: PhraseContext): SpeakerRef | null {
  const ref = parseBackward(region, end, lo, ctx);
  if (!ref) return null;
  const start = ref.kind === 'mention' ? ref.mention.start : ref.at;
  for (let j = end; j > lo; j--) {
    if ((region[j] as Token).start !== start) continue;
    const before = region[j - 2]?.text;
    const inverted = j - 1 === lo || before === ',' || before === '”' || before === '"';
    return inverted && INVERTING_CUES.has(lowerOf(region[j - 1])) ? ref : null;
  }
  return null;
}

/** Verbs of saying that stand before their subject in a credit: "…,” said the inspector". */
const INVERTING_CUES = new Set(
  'said says added adds explained explains recalled recalls noted notes wrote writes'.split(' '),
);
