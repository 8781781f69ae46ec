// "Brandt said she backs the pact but declined to say when she signs": the verb phrase after "but"
// is the reporter telling what the speaker kept back, not part of her report. Shown with it, the report reads
// as her own words ("… but declined to say"), and "but stopped short of endorsing him" turns her position
// round. Only the speaker's own silence is read so: "but has not" or "but refused to drop the gun" may still
// be what was reported.
import { laterDeedAfterBut } from './later-deed.ts';
import { isNameDot } from './name-dots.ts';
import { keptOrNotAfterBut } from './promise-kept.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Adverbs between "but" and the verb: "but still declined", "but otherwise did not delve". */
const BETWEEN = new Set(['still', 'otherwise', 'also', 'then', 'later', 'again', 'repeatedly', 'pointedly']);
/** Subjects that may stand between "but" and a negated verb of telling. */
const PRONOUNS = new Set(['he', 'she', 'they', 'it']);
/** Verbs of refusing, before "to" and a verb of telling: "declined to say". */
const REFUSALS = new Set(['declined', 'refused', 'declines', 'refuses']);
/** Verbs of giving, before "no": "offered no proof", "gave no details". */
const GIVINGS = new Set(['offered', 'gave', 'provided', 'offers', 'gives', 'provides']);
/** Auxiliaries a negated verb of telling follows: "did not name", "wouldn't say", "won't disclose" ("wo"). */
const NEGATED_AUXILIARIES = new Set(['did', 'does', 'would', 'will', 'wo']);
/** What a speaker withholds: saying, naming, detailing. Never an act of the report's own subject. */
const TELLING = new Set(
  'say tell specify name identify elaborate comment discuss disclose reveal detail delve explain answer address offer provide give share outline confirm describe predict speculate'.split(
    ' ',
  ),
);

/** Whether "not" (or a contraction such as "didn't") negates the verb after it. */
function negates(word: string, next: string): 'contraction' | 'not' | null {
  if (/^\p{L}+n[’']t$/u.test(word) && NEGATED_AUXILIARIES.has(word.replace(/n[’']t$/u, '')))
    return 'contraction';
  return NEGATED_AUXILIARIES.has(word) && next === 'not' ? 'not' : null;
}

/** Whether the words after "but" at `but` tell what the speaker would not say. */
function withholdsAfterBut(tokens: Token[], from: number, but: number): boolean {
  let k = but + 1;
  // "Cook said …, but Cook did not say when", "but he would not name them": the speaker named again before the
  // silence, by a word the words before the report hold; not "…, but Hallam did not tell the crew".
  const subject = k;
  while (k < subject + 3 && (/^\p{Lu}[\p{L}’'-]*$/u.test(tokens[k]?.text ?? '') || isNameDot(tokens, k))) k++;
  const said = new Set(tokens.slice(0, from).map((t) => t.text));
  if (k > subject && !tokens.slice(subject, k).some((t) => t.text.length > 3 && said.has(t.text)))
    return false;
  if (k === subject && PRONOUNS.has(lowerOf(tokens[k]))) k++;
  while (BETWEEN.has(lowerOf(tokens[k]))) k++;
  const word = lowerOf(tokens[k]);
  if (REFUSALS.has(word)) return lowerOf(tokens[k + 1]) === 'to' && TELLING.has(lowerOf(tokens[k + 2]));
  if (GIVINGS.has(word)) return ['no', 'few', 'little'].includes(lowerOf(tokens[k + 1]));
  if (word === 'stopped' || word === 'stops') return lowerOf(tokens[k + 1]) === 'short';
  const negation = negates(word, lowerOf(tokens[k + 1]));
  if (!negation) return false;
  let verb = k + (negation === 'not' ? 2 : 1);
  if (BETWEEN.has(lowerOf(tokens[verb]))) verb++;
  return TELLING.has(lowerOf(tokens[verb]));
}

/**
 * Whether the words after "but" at `but` are the reporter's: what the speaker withheld, whether a promise the
 * report in tokens[from, but) holds was kept (promise-kept.ts), or what the speaker did next (later-deed.ts).
 */
export function reporterAfterBut(tokens: Token[], from: number, but: number): boolean {
  return (
    withholdsAfterBut(tokens, from, but) ||
    keptOrNotAfterBut(tokens, from, but) ||
    laterDeedAfterBut(tokens, from, but)
  );
}
