// "Berg left saying the mayor told them “he’d keep the ferries idle for weeks”": a quote that goes on the
// clause after "told them" and opens on "he" speaks of the one who told, in the third person. Those are not his
// words but the relayer's rendering of them: they are the outer teller's ("Berg … saying"), else no one's.
// Shown under the man the pronoun stands for, they read as his own promise.
import { mentionAt } from './entities.ts';
import { PRONOUN_GENDER } from './person-gender.ts';
import type { Found } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import type { Token } from './tokens.ts';

/** "he", "he’d", "she’ll" …: a lower-case third-person subject opening the quote, and the sex it names. */
const OPENING_PRONOUN = /^(he|she)(?:['’](?:d|s|ll))?\b/;

/**
 * For a quote credited before its mark to `found`, when the quote opens on a pronoun of the found person's
 * sex (or of one whose sex is not known) and no other person is named between them: the credit found before that person's name (undefined when the quote is no such rendering; null when
 * nobody is named further back).
 */
export function tellerOfRendering(
  tokens: Token[],
  lo: number,
  markAt: number,
  quoted: string,
  found: Found,
  ctx: PhraseContext,
  creditBefore: (tokens: Token[], lo: number, markAt: number, ctx: PhraseContext) => Found | null,
): Found | null | undefined {
  const pronoun = OPENING_PRONOUN.exec(quoted)?.[1];
  if (!pronoun || found.ref.kind !== 'mention') return undefined;
  const { entity, start, end } = found.ref.mention;
  if (entity.gender !== null && entity.gender !== PRONOUN_GENDER.get(pronoun)) return undefined;
  // "Kiel said that when Ms. Ruiz spoke up for the crews, “she was right”": another person named
  // between the credit and the quote may be the one the pronoun stands for.
  const mark = tokens[markAt] as Token;
  for (const token of tokens) {
    if (token.start < end || token.start >= mark.start) continue;
    const other = mentionAt(ctx.registry, token.start);
    if (other && other.entity !== entity && other.entity.kind === 'person') return undefined;
  }
  const at = tokens.findIndex((token) => token.start >= start);
  return at > lo ? creditBefore(tokens, lo, at, ctx) : null;
}
