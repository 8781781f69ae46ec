// "“I will stay,” Kiel said. Reyes faced the same question, and he said he would not resign." The registry knows
// Kiel as a person (she speaks) but cannot class Reyes, named once and never speaking, so a "he" read back over
// the people alone went to Kiel. A name that opens the pronoun's own sentence, that no lexicon holds as a place
// or a common word and the story capitalises inside a sentence, is as likely the "he" as anyone before it: the
// words do not say whose, and a wrong name costs more than a missing one.
import { wordLexicon } from './compromise-lexicon.ts';
import { mentionAt } from './mention-at.ts';
import type { ResolveContext } from './resolve-context.ts';
import { fold } from './tokens.ts';

/** Whether a name the registry could not class opens the main clause of the pronoun's sentence before it. */
export function unclassedSubjectBefore(ctx: ResolveContext, at: number): boolean {
  const sentence = ctx.sentenceOf(at);
  if ((ctx.peopleBySentence.get(sentence) ?? []).some((mention) => mention.start < at)) return false;
  const start = ctx.mainClauseAt(sentence).start;
  const mention = start < at ? mentionAt(ctx.registry, start) : undefined;
  if (mention?.start !== start || mention.entity.kind !== 'other' || mention.entity.name.includes(' '))
    return false;
  const name = fold(mention.entity.name);
  const lexicon = wordLexicon();
  if (lexicon.places.has(name) || lexicon.listed.has(name) || lexicon.organizations.has(name)) return false;
  // Capitalised inside a sentence somewhere, a name; only ever opening one, as likely a common word ("Sales were
  // great", "Memories have faded"). Asked only where a pronoun's sentence opens on such a name: one scan is cheap.
  const entity = mention.entity;
  return ctx.registry.mentions.some(
    (m) => m.entity === entity && ctx.firstWordOf(m.sentence)?.start !== m.start,
  );
}
