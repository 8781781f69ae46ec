// "Reyes’s claim that the levy is legal drew scorn": a noun of saying owned by the name that opens the
// sentence is the subject of the sentence's main verb, which must come after what was claimed. The claim ends
// where that verb begins; read on, the report gave the reporter's "drew scorn" as Reyes's words.
import { cueOfClause } from './clause-lead-in.ts';
import { NOT_NAME_WORDS } from './lexicon.ts';
import { CONTRACTED } from './possessed-cue.ts';
import { isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { isCapitalised, isWord, lowerOf, type Token } from './tokens.ts';

/**
 * For a clause at `from` after "Name's NOUN (that)" opening the sentence: the index of the claim's last token,
 * or `from - 1` (nothing) when the main verb cannot be told apart. `undefined` for any other clause.
 */
export function ownedClaimEnd(tokens: Token[], from: number): number | undefined {
  const cue = cueOfClause(tokens, from);
  const owner = tokens[cue - 1];
  if (!owner || !/\p{L}['’]s$/u.test(owner.text) || CONTRACTED.test(owner.text)) return undefined;
  // The owner's name is all that comes before: "Mayor Ada Kiel’s warning that …", "The mayor’s claim that …".
  for (let k = 0; k < cue - 1; k++) {
    const token = tokens[k] as Token;
    const word = lowerOf(token);
    if (token.text === '.' || word === 'the') continue;
    // "Despite Reyes’s claims that …, the farmers …": a phrase before the main clause, read elsewhere.
    if (!isCapitalised(token.text) || NOT_NAME_WORDS.has(word)) return undefined;
  }
  let verbSeen = false;
  for (let k = from; k < tokens.length; k++) {
    const token = tokens[k] as Token;
    if (!isVerbForm(token) && !TENSED_HELPERS.has(lowerOf(token))) continue;
    // A verb right after its own subject or helper goes on the claim: "that taxes would fall, and prices would rise".
    const before = lowerOf(tokens[k - 1]);
    if (
      verbSeen &&
      !OPENS_VERB.has(before) &&
      !before.endsWith('ly') &&
      (isWord(tokens[k - 1]) || (before === ',' && !relativeSince(tokens, from, k)))
    ) {
      // Only a helper is surely the main verb: the lexicon counts "states" and "engineers" as verbs too.
      if (!TENSED_HELPERS.has(lowerOf(token))) return from - 1;
      return before === ',' ? k - 2 : k - 1;
    }
    verbSeen = true;
  }
  return from - 1;
}

/** "that the dam, which crews built, was safe": a relative clause set off by commas, its comma closing it. */
function relativeSince(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (RELATIVES.has(lowerOf(tokens[k]))) return true;
  return false;
}
const RELATIVES = new Set(['which', 'who', 'whom', 'whose', 'where']);

/** Words after which a tensed verb is the claim's own: subjects, helpers, relatives, joins and negations. */
const OPENS_VERB = new Set([
  ...TENSED_HELPERS,
  ...'he she it they we i you who which that and or but to not never also still be been'.split(' '),
]);
