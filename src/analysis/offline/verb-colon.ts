// "Ada Brenner resisted: “…”", "Reyes went even further: “…”": a named person, a verb and at most a few
// adverbs, then a colon before the quote. With nothing else in the clause there is no one and nothing else
// whose words the colon could announce. Not "Reyes was asked: “…”", "Brandt faced a question: “…”" nor
// "Brandt read the sign: “…”": a passive or an object leaves the words to someone, or something, else.
import { clauseSubject } from './clause-subject.ts';
import type { Found } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isTensedWord } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Words that may follow the verb: "went even further", "shot back", "fired back again". */
const ADVERBS = new Set('even further back again then too also in out on up first once instead'.split(' '));

/** The longest clause after the name: "went even further", "shot back at once". */
const LONGEST_CLAUSE = 4;

/** Forms of "be" and "get", and verbs whose subject receives the words: the quote is someone else's. */
const RECEIVING = new Set(
  'was were is are been being be got gets asked told heard read received saw sees'.split(' '),
);

/** The named person whose bare verb introduces the quote after a colon, or null. */
export function verbColon(region: Token[], first: number, markAt: number, ctx: PhraseContext): Found | null {
  if (first < 0 || region[markAt - 1]?.text !== ':') return null;
  const subject = clauseSubject(region, first, markAt - 1, ctx);
  if (subject?.kind !== 'mention' || subject.mention.entity.kind !== 'person') return null;
  // "Republicans’ reaction:": a possessive name owns a noun, the layout of a headline, not a speaker's verb.
  if (/^['’]/u.test(ctx.text.slice(subject.mention.end, subject.mention.end + 1))) return null;
  const from = region.findIndex((t) => t.start >= subject.mention.end);
  if (from < 0 || markAt - 1 - from < 1 || markAt - 1 - from > LONGEST_CLAUSE) return null;
  // A tensed verb, then adverbs and particles only: "resisted", "went even further", "shot back".
  if (!isTensedWord(region[from]) || RECEIVING.has(lowerOf(region[from]))) return null;
  for (let k = from + 1; k < markAt - 1; k++) {
    const word = lowerOf(region[k]);
    if (!ADVERBS.has(word) && !/^\p{Ll}+ly$/u.test(region[k]?.text ?? '')) return null;
  }
  return { ref: subject, role: null, cue: 'colon' };
}
