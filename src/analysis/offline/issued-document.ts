// "Barry Vance issued a formal statement saying that …": a participle after a document speaks for the document,
// whose issuer is the subject of "issued". The report went to "a formal statement"; it is the issuer's.
import { isCarrierHead } from './credit-before.ts';
import { withPartnerBefore } from './joint-speakers.ts';
import { type PhraseContext, parseBackward, type SpeakerRef } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

const ISSUING = new Set(['issued', 'released', 'sent', 'posted', 'published', 'put', 'issues', 'releases']);

/** The issuer of a document phrase that is the object of "issued" and the like; else the phrase as read. */
export function issuerOf(tokens: Token[], ref: SpeakerRef | null, ctx: PhraseContext): SpeakerRef | null {
  if (ref?.kind !== 'phrase' || !isCarrierHead(ref.head)) return ref;
  let verb = tokens.findIndex((t) => t.start === ref.at) - 1;
  if (lowerOf(tokens[verb]) === 'out') verb--; // "put out a statement"
  if (verb < 1 || !ISSUING.has(lowerOf(tokens[verb]))) return ref;
  const issuer = parseBackward(tokens, verb - 1, 0, ctx);
  // "Vance and Ruiz issued a statement saying …": the statement is both of theirs.
  if (issuer?.kind !== 'mention') return ref;
  return issuer.mention.entity.kind === 'person'
    ? (withPartnerBefore(tokens, issuer, ctx) ?? issuer)
    : issuer;
}
