// A quote that a colon or a comma introduces, with no verb of saying in its sentence, goes to the person the
// sentence opens with (a name, or "he" or "she" resolved as for any verb) when its words are plainly that
// person's own: a sentence of at least four words in the first person. "Ilse Brandt delivered a short retort: “We will not pay it.”" and "Reyes has since
// apologised for the delay: “I should have told the crews sooner.”" A shorter or third-person quote after a
// subject is as often the reporter's label (the board's “reform”, a book's title) and stays unreported, as
// does any quote after another person is named or another clause's "I" or "we" speaks.
import { clauseSubject } from './clause-subject.ts';
import { mentionAt } from './entities.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { Found } from './quote-tokens.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { isWord, type Token } from './tokens.ts';

const FIRST_PERSON =
  /\b(?:I|I'm|I’m|I've|I’ve|I'll|I’ll|[Mm]e|[Mm]y|[Ww]e|[Ww]e're|[Ww]e’re|[Ww]e'll|[Ww]e’ll|[Uu]s|[Oo]ur)\b/;
const INTRODUCING = new Set([':', ',']);
const GROUP_STANCE =
  /\b(?:stance|position|view|line|formula|argument|refrain)\b[^:“”"]*\b(?:common|typical|familiar|popular|shared|taken|held)\b/;

/** Pronouns that open a clause of another speaker between the sentence's subject and the quote. */
const OTHER_SUBJECTS = new Set(['I', 'we', 'they', 'you']);

/**
 * A sentence in the first person: a capital first, four words or more, "I", "we", "my"… among them. Not a
 * motto or a title, every word capitalised: the town's motto, “In Korvin We Trust”.
 */
function readsAsOwnWords(words: string): boolean {
  const list = words.split(/\s+/);
  return (
    /^\p{Lu}/u.test(words) &&
    list.length >= 4 &&
    FIRST_PERSON.test(words) &&
    !list.every((word) => /^\P{Ll}/u.test(word))
  );
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
  // "<A> took up the stance common among many lawmakers: “I am …”": the group's formula, in the writer's
  // words, not anything <A> is reported to have said.
  if (GROUP_STANCE.test(ctx.text.slice((tokens[first] as Token).start, quote.open))) return null;
  const subject = clauseSubject(tokens, first, markAt, ctx);
  // "She then faced the crowd: “I regret nothing.”": "she" is resolved as for any verb of saying.
  const pronoun = subject?.kind === 'pronoun' && (subject.word === 'he' || subject.word === 'she');
  if (!pronoun && (subject?.kind !== 'mention' || subject.mention.entity.kind !== 'person')) return null;
  const subjectEnd = subject.kind === 'mention' ? subject.mention.end : -1;
  for (let k = first; k < markAt; k++) {
    const token = tokens[k] as Token;
    if (token.start < subjectEnd) continue;
    // "Brandt was cross, so I gave way: “…”": the words are the later subject's. A "he" or
    // "she" may be the subject again ("When she spoke, she said: …").
    if (OTHER_SUBJECTS.has(token.text)) return null;
    if (mentionAt(ctx.registry, token.start)?.entity.kind === 'person') return null;
  }
  return { ref: subject, role: null, cue: 'subject' };
}
