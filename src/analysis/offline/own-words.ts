// A quote that a colon or a comma introduces, with no verb of saying in its sentence, goes to the person the
// sentence opens with when its words are plainly that person's own: a sentence of at least four words in
// the first person. "Ilse Brandt delivered a short retort: “We will not pay it.”" and "Reyes has since
// apologised for the delay: “I should have told the crews sooner.”" A shorter or third-person quote after a
// subject is as often the reporter's label (the board's “reform”, a book's title) and stays unreported, as
// does any quote after another person is named.
import { clauseSubject } from './clause-subject.ts';
import { mentionAt } from './entities.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { Found } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isWord, type Token } from './tokens.ts';

const FIRST_PERSON =
  /\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e'll|[Ww]e’ll|[Uu]s|[Oo]ur)\b/;
const INTRODUCING = new Set([':', ',']);

/** A sentence in the first person: a capital first, four words or more, "I", "we", "my"… among them. */
function readsAsOwnWords(words: string): boolean {
  return /^\p{Lu}/u.test(words) && words.split(/\s+/).length >= 4 && FIRST_PERSON.test(words);
}

/** The named person opening the sentence, when a colon or a comma introduces the quote at `markAt`. */
export function ownWords(
  tokens: Token[],
  markAt: number,
  quote: QuoteSpan,
  ctx: PhraseContext,
): Found | null {
  if (!INTRODUCING.has(tokens[markAt - 1]?.text ?? '')) return null;
  if (!readsAsOwnWords(ctx.text.slice(quote.start, quote.end))) return null;
  const first = tokens.findIndex(isWord);
  if (first < 0 || first >= markAt) return null;
  const subject = clauseSubject(tokens, first, markAt, ctx);
  if (subject?.kind !== 'mention' || subject.mention.entity.kind !== 'person') return null;
  for (let k = first; k < markAt; k++) {
    const token = tokens[k] as Token;
    if (token.start < subject.mention.end) continue;
    if (mentionAt(ctx.registry, token.start)?.entity.kind === 'person') return null;
  }
  return { ref: subject, role: null, cue: 'subject' };
}
