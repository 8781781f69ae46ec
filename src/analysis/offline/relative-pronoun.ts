// Whether a "who" or a "that" opens a relative clause on the noun before it, for the readers of relative clauses
// (relative-object.ts): "Critics who sued Tom Reyes", "Firms that sued Acme Corp". "That" opens as many clauses
// that tell what was said ("told reporters that unnamed officials said", "the news that …"), so it is read as a
// relative pronoun only where no other reading stands.
import { READ_CUES } from './lexicon.ts';
import { isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** "who", or "who’d", "who'll" with its helper glued on. */
export function isWho(token: Token | undefined): boolean {
  return /^who(?:['’](?:d|ll|ve|re))?$/.test(lowerOf(token));
}

/**
 * "who" after a word; or "that" after a noun, before a verb and the name it takes ("Firms that sued Acme Corp",
 * "The report that named Tom Dale"), on a noun phrase with no verb before it in its clause. Not "so that", nor
 * after a verb ("told reporters that retired officers said"), nor before a lower-case word ("reports that unnamed
 * officials said": an adjective that reads like a verb).
 */
export function isRelativeAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!isWord(before)) return false;
  if (isWho(tokens[k])) return true;
  if (lowerOf(tokens[k]) !== 'that' || NOT_RELATIVE_THAT.has(lowerOf(before))) return false;
  let verb = k + 1;
  while (TENSED_HELPERS.has(lowerOf(tokens[verb])) || ADVERBS.has(lowerOf(tokens[verb]))) verb++;
  if (!isVerbForm(tokens[verb]) || !/^\p{Lu}/u.test(tokens[verb + 1]?.text ?? '')) return false;
  for (let j = k - 1; j >= 0 && !CLAUSE_BOUNDS.has((tokens[j] as Token).text); j--) {
    const token = tokens[j] as Token;
    // "newly elected officials that …": an -ed form before a lower-case noun describes it.
    const next = tokens[j + 1];
    const describes =
      /ed$/.test(token.text) &&
      j + 1 < k &&
      /^\p{Ll}/u.test(next?.text ?? '') &&
      !NOT_NOUN_HEADS.has(lowerOf(next)) &&
      !READ_CUES.has(lowerOf(token));
    if (token.word && !describes && (isVerbForm(token) || TENSED_HELPERS.has(lowerOf(token)))) return false;
  }
  return true;
}
/** Words after an -ed form that make it a verb, not an adjective before a noun: "showed the", "urged them". */
const NOT_NOUN_HEADS = new Set(
  'the a an his her their its our my this that these those to them him us it by'.split(' '),
);
const ADVERBS = new Set(['once', 'also', 'later', 'never', 'recently', 'first']);
/** Where the clause that holds the noun begins: "On Monday, voters that backed …". */
const CLAUSE_BOUNDS = new Set([',', ':', ';', '“', '"', '(', '—', '–']);

/**
 * Words before "that" that make it no relative pronoun: "so that", "after that"; and nouns a "that" clause tells
 * the content of ("the news that unnamed officials said …", "rumours that retired General Dale said …").
 */
const NOT_RELATIVE_THAT = new Set(
  `so now such than except given and but or after before since like with of for about despite news fact facts
  claim claims rumour rumours rumor rumors word evidence idea notion belief view sign signs hope
  hopes fear fears concern concerns suggestion suggestions allegation allegations assertion assurance warning`.split(
    /\s+/,
  ),
);
