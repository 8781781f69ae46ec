// "Hale’s claim that there were “…”" and "slammed Reyes for his claims in the press that there was “…”": a quote
// inside what a noun of saying says is the words of the noun's owner: the person named with "’s", or the one a
// "his" follows "for". Without the second, the quote fell to the subject of the sentence, who attacked the claim.
import { mentionAt } from './entities.ts';
import { CUE_VERBS } from './lexicon.ts';
import type { Found } from './quote-tokens.ts';
import { CONTENT_MARKERS, callsFor, quoteSaidOfNoun } from './said-of-noun.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isTensedWord } from './tensed-word.ts';
import { isPossessive, lowerOf, type Token } from './tokens.ts';

/** Nouns that report what someone said: "Trump’s claim that …", "her warning that …". */
export const SAYING_NOUNS = new Set(
  `claim claims comment comments remark remarks assertion assertions statement warning promise pledge prediction
  accusation description words opinion contention call calls vow vows plea`.split(/\s+/),
);

/** Possessive pronouns before a noun of saying. */
const OWNERS = new Set(['his', 'her', 'their']);

/** The credit the noun of saying at region[i] gives the quote opening at `markAt`, or null. */
export function sayingNounOwner(
  tokens: Token[],
  region: Token[],
  i: number,
  lo: number,
  markAt: number,
  ctx: PhraseContext,
): Found | null {
  const before = region[i - 1];
  const cue = lowerOf(region[i]);
  if (!before) return null;
  // "slammed Reyes for his claims in the press that there was “…”": the person just before "for his", when the
  // quote is what the claim says ("that" within a few words). A "his" anywhere else is left alone: whose it is
  // takes more reading than this.
  if (OWNERS.has(lowerOf(before))) {
    const object = region[i - 3];
    const named =
      object && lowerOf(region[i - 2]) === 'for' ? mentionAt(ctx.registry, object.start) : undefined;
    if (
      named?.entity.kind !== 'person' ||
      named.end !== object?.end ||
      !saysThat(region, i, markAt, THAT_NEAR)
    )
      return null;
    return { ref: { kind: 'mention', mention: named }, role: null, cue };
  }
  // "Suthers' opinion": the apostrophe after an s is no token of its own, so it is read in the text.
  const sApostrophe = /s$/i.test(before.text) && /['’]/.test(ctx.text.charAt(before.end));
  if (!isPossessive(before.text) && !sApostrophe) return null;
  const owner = mentionAt(ctx.registry, before.start);
  // Not "Brenner called Mr. Vance’s remarks “a shameful insult”": there the remarks are what a cue verb is said
  // of, and the quote is the verb's subject's; the scan goes on to that verb. "Brenner dismissed Vance’s claim
  // that the crews were “exhausted”" still quotes the claim: its words follow "that" (or "of", or a colon). Nor
  // "Brandt said Vance’s comments “show contempt”": said OF them (said-of-noun.ts).
  if (
    owner?.entity.kind !== 'person' ||
    (objectOfCue(region, owner.start, lo) && !saysThat(region, i, markAt) && !callsFor(tokens, i, markAt)) ||
    quoteSaidOfNoun(tokens, i, markAt, ctx.text) ||
    predicatedOfClaim(region, i, markAt)
  )
    return null;
  return { ref: { kind: 'mention', mention: owner }, role: null, cue };
}

/**
 * "said that Kessler’s claim that the port supports dredging is “simply false”": after the claim's own clause
 * (its subject and verb) a second verb is the claim's predicate, and the quote is what the sentence's speaker
 * says of it. Read as two tensed verbs between the claim's "that" and the quote.
 */
function predicatedOfClaim(region: Token[], i: number, markAt: number): boolean {
  const that = region.findIndex((t, k) => k > i && k <= i + 3 && lowerOf(t) === 'that');
  if (that < 0) return false;
  let verbs = 0;
  for (let k = that + 1; k < markAt; k++) if (isTensedWord(region[k])) verbs++;
  return verbs >= 2;
}

/**
 * Whether the name starting at `start` ("Mr. Vance’s", "Lena Vance’s") follows a cue verb directly, titles and
 * honorifics between them: "called Mr. Vance’s remarks", "dismissed Lena Vance’s offer as".
 */
function objectOfCue(region: Token[], start: number, lo: number): boolean {
  let k = region.findIndex((token) => token.start === start) - 1;
  while (k >= lo && (region[k]?.text === '.' || /^\p{Lu}/u.test(region[k]?.text ?? ''))) k--;
  return k >= lo && CUE_VERBS.has(lowerOf(region[k]));
}

/**
 * Whether the quote gives what the noun at `noun` said: a content marker stands between them, within `near`
 * words of the noun when given ("claims in the press that there was “…”").
 */
function saysThat(
  region: Token[],
  noun: number,
  markAt: number,
  near?: { words: number; markers: Set<string> },
) {
  const to = near ? Math.min(markAt, noun + near.words + 1) : markAt;
  const markers = near?.markers ?? CONTENT_MARKERS;
  for (let k = noun + 1; k < to; k++) if (markers.has(lowerOf(region[k]))) return true;
  return false;
}

/** After "for his …", only "that", within four words. */
const THAT_NEAR = { words: 4, markers: new Set(['that']) };
