// Whether a "who" or a "that" opens a relative clause on the noun before it, for the readers of relative clauses
// (relative-object.ts): "Critics who sued Tom Reyes", "Firms that sued Acme Corp". "That" opens as many clauses
// that tell what was said ("told reporters that unnamed officials said", "the news that …"), so it is read as a
// relative pronoun only where no other reading stands.
import { INDIRECT_CUES, TAKES_OBJECT, THAT_CLAUSE_CUES } from './lexicon.ts';
import { isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** "who", or "who’d", "who'll" with its helper glued on. */
export function isWho(token: Token | undefined): boolean {
  return /^who(?:['’](?:d|ll|ve|re))?$/.test(lowerOf(token));
}

/**
 * "who" after a word; or "that" after a noun and before the clause's verb ("Firms that sued Acme Corp", "Donors
 * that previously funded Ann Roe"). Not "so that", nor after a content noun ("the news that …"), nor in a clause
 * whose verb takes a "that" clause ("told Parliament that detained Britons said", "said in an interview that
 * retired Gen. Tom Dale said"): there "that" opens what was said, and an adjective reads like a verb.
 */
export function isRelativeAt(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1];
  if (!isWord(before)) return false;
  if (isWho(tokens[k])) return true;
  if (
    lowerOf(tokens[k]) !== 'that' ||
    NOT_RELATIVE_THAT.has(lowerOf(before)) ||
    CONTENT_NOUNS.has((before as Token).text)
  )
    return false;
  let verb = k + 1;
  while (TENSED_HELPERS.has(lowerOf(tokens[verb])) || isAdverb(tokens[verb])) verb++;
  if (!isVerbForm(tokens[verb])) return false;
  for (let j = k - 1; j >= 0 && !CLAUSE_BOUNDS.has(lowerOf(tokens[j])); j--)
    if (TAKES_THAT.has(lowerOf(tokens[j]))) return false;
  return true;
}

/** "once", "long", "previously": an adverb between a relative's helpers and its verb. */
export function isAdverb(token: Token | undefined): boolean {
  return /^\p{Ll}+ly$/u.test(token?.text ?? '') || ADVERB_WORDS.has(token?.text ?? '');
}
const ADVERB_WORDS = new Set(
  'once long also never often still always already just first later even ever'.split(' '),
);
/** Verbs that take a "that" clause, or a listener and one: "told reporters that …", "wrote in a letter that …". */
const TAKES_THAT = new Set([
  ...INDIRECT_CUES,
  ...THAT_CLAUSE_CUES,
  ...TAKES_OBJECT,
  'heard',
  'learned',
  'found',
  'showed',
  'reminded',
]);
/** Where the clause that holds the noun begins: "On Monday, voters that …", "found that families that …". */
const CLAUSE_BOUNDS = new Set([',', ':', ';', '“', '"', '(', '—', '–', 'that', 'who', 'which']);

/** Words before "that" that make it no relative pronoun: "so that", "after that", "now that". */
const NOT_RELATIVE_THAT = new Set(
  'so now such than except given and but or after before since like with of for about despite'.split(' '),
);
/**
 * Nouns a "that" clause tells the content of ("the news that unnamed officials said …", "rumours that retired
 * General Dale said …"), as written in lower case: "Sky News that interviewed Ann Roe" is a body.
 */
const CONTENT_NOUNS = new Set(
  `news fact facts claim claims rumour rumours rumor rumors word evidence idea notion belief view sign signs hope
  hopes fear fears concern concerns suggestion suggestions allegation allegations assertion assurance warning`.split(
    /\s+/,
  ),
);
