// "“…,” Reyes said. The treasurer disagreed. “…”": a sentence between two quotes whose subject is someone
// described, not named ("the treasurer", "critics", "Reyes’s deputy"), and who acts, may be the one speaking
// now. The words are not carried on to the speaker before unless the description is plainly that speaker's
// own role ("“…,” Reyes said. The mayor smiled. “…”" after Mayor Tom Reyes).
import { clauseSubject } from './clause-subject.ts';
import type { Entity } from './entities.ts';
import { sentenceTokens } from './quote-tokens.ts';
import type { TextModel } from './sentences.ts';
import type { PhraseContext } from './speaker-phrase.ts';
import { fold, isWord } from './tokens.ts';

/** Whether a sentence strictly between `after` and `before` opens on a described subject other than `speaker`. */
export function describedActsBetween(
  model: TextModel,
  ctx: PhraseContext,
  after: number,
  before: number,
  speaker: Entity | undefined,
): boolean {
  for (let s = after + 1; s < before; s++) {
    const sentence = model.sentences[s];
    if (!sentence) continue;
    const tokens = sentenceTokens(model, sentence);
    const first = tokens.findIndex(isWord);
    if (first < 0) continue;
    const subject = clauseSubject(tokens, first, tokens.length, ctx, true);
    if (subject?.kind === 'phrase' && !isOwnRole(subject.head, speaker)) return true;
  }
  return false;
}

/** "the mayor" after Mayor Tom Reyes: the head noun is a word of the speaker's known role. */
function isOwnRole(head: string, speaker: Entity | undefined): boolean {
  const role = speaker?.role;
  return role !== null && role !== undefined && fold(role).split(/\s+/).includes(fold(head));
}
