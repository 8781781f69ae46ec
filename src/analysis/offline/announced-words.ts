// Words a colon announces as a person's own comment or answer: rule 2 of attribution (credit-before.ts) asks it
// once no verb of saying before the quote credits anyone.
import { clauseSubject } from './clause-subject.ts';
import { mentionAt } from './entities.ts';
import type { Found } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Nouns that announce the words a colon then gives: "Sanders made the following comment: “…”". */
const ANNOUNCING_NOUNS = new Set(
  'comment comments message remark remarks statement words answer response reply warning explanation verdict assessment'.split(
    ' ',
  ),
);

/** "put it bluntly:", "put it this way in an email to the Ledger:": the speaker's own wording follows. */
const PUT = new Set(['put', 'puts']);

/**
 * "Reyes is trying out a new campaign line: “It is about you.”", "The Green Party issued a statement: “…”",
 * "Kiel put it bluntly: “…”": a named person's or body's own comment, message or answer, announced by a colon.
 * Not "Trump faced a question:" (asked of him) nor a clause naming another person.
 */
export function announced(region: Token[], first: number, markAt: number, ctx: PhraseContext): Found | null {
  if (first < 0 || region[markAt - 1]?.text !== ':') return null;
  const subject = clauseSubject(region, first, markAt - 1, ctx);
  if (subject?.kind !== 'mention' || subject.mention.entity.kind === 'other') return null;
  const clause = region.slice(first, markAt - 1).filter((t) => t.start >= subject.mention.end);
  const putIt = clause.some((t, k) => PUT.has(lowerOf(t)) && lowerOf(clause[k + 1]) === 'it');
  if (!putIt && !clause.some((t) => ANNOUNCING_NOUNS.has(lowerOf(t)))) return null;
  // Another person named in the clause may be whose words they are; a paper written to is not.
  const others = clause.some((t) => {
    const named = mentionAt(ctx.registry, t.start);
    return (
      named !== undefined &&
      named.entity.kind === 'person' &&
      named !== subject.mention &&
      named.entity !== subject.mention.entity
    );
  });
  return others ? null : { ref: subject, role: null, cue: 'colon' };
}
