// "“…,” Reyes said. The treasurer disagreed. “…”": a sentence between two quotes in which someone described,
// not named ("the treasurer", "critics", "Reyes’s deputy"), answers back may be the one speaking now. The words
// are not carried on to the speaker before, unless the description is that speaker's own role ("The mayor
// disagreed" after Mayor Tom Reyes; not "The shadow chancellor" after Chancellor Ann Dale). Narration that is no
// answer ("The crowd cheered", "A man was arrested", "His wife squeezed his hand") leaves the speaker speaking.
import type { Entity, Registry } from './entities.ts';
import { BODY_NOUNS } from './lexicon.ts';
import type { TextModel } from './sentences.ts';
import { isPersonNoun } from './speaker-like.ts';
import { fold } from './tokens.ts';

/** Whether a sentence strictly between `after` and `before` is a description other than `speaker` answering. */
export function describedAnswersBetween(
  model: TextModel,
  { text, registry }: { text: string; registry: Registry },
  after: number,
  before: number,
  speaker: Entity | undefined,
): boolean {
  for (let s = after + 1; s < before; s++) {
    const sentence = model.sentences[s];
    if (!sentence) continue;
    const answer = DESCRIBED_ANSWER.exec(text.slice(sentence.start, sentence.end));
    const description = answer?.[1];
    if (!description) continue;
    const head = fold(description.slice(description.lastIndexOf(' ') + 1));
    if (
      (isPersonNoun(head) || BODY_NOUNS.has(head)) &&
      !isOwnRole(description, roleWords(speaker, registry, text))
    )
      return true;
  }
  return false;
}

/** "the mayor" after Mayor Tom Reyes: every word of the description, past its determiner, is a word of the role. */
function isOwnRole(description: string, role: Set<string>): boolean {
  return (
    role.size > 0 &&
    fold(description)
      .split(/\s+/)
      .slice(1)
      .every((word) => role.has(word))
  );
}

/** The words of the speaker's role, and of a title written before a mention of the speaker ("Sen." is senator). */
function roleWords(speaker: Entity | undefined, registry: Registry, text: string): Set<string> {
  const words = new Set(speaker?.role ? fold(speaker.role).split(/\s+/) : []);
  for (const mention of registry.mentions) {
    if (mention.entity !== speaker) continue;
    const title = TITLE.exec(text.slice(Math.max(0, mention.start - 8), mention.start))?.[1];
    for (const word of title ? (TITLE_WORDS[title] ?? []) : []) words.add(word);
  }
  return words;
}
const TITLE = /\b(Sen|Gov|Rep|Dr|Gen|Prof|Lt|Sgt|Det|Insp|Supt|Capt|Adm|Col|Maj)\.\s*$/;
const TITLE_WORDS: Record<string, string[]> = {
  Sen: ['senator'],
  Gov: ['governor'],
  Rep: ['representative', 'congressman', 'congresswoman', 'lawmaker'],
  Dr: ['doctor'],
  Gen: ['general'],
  Prof: ['professor'],
  Lt: ['lieutenant'],
  Sgt: ['sergeant'],
  Det: ['detective'],
  Insp: ['inspector'],
  Supt: ['superintendent'],
  Capt: ['captain'],
  Adm: ['admiral'],
  Col: ['colonel'],
  Maj: ['major'],
};

/**
 * A description opening the sentence, on a determiner or a possessive and up to four lower-case words, perhaps
 * with the name it describes set off ("The plan's author, Ann Dale,"), then a verb of answering back:
 * "disagreed", "objected", "hit back", "was unconvinced".
 */
const DESCRIBED_ANSWER =
  /^((?:The|A|An|His|Her|Their|Its|Some|Several|Many|\p{Lu}[\p{L}.-]*['’]s?)(?:\s+\p{Ll}[\p{Ll}'’-]*){1,4})(?:,\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})?,?\s+(?:(?:however|though|also|quickly|sharply|swiftly|immediately),?\s+)?(?:disagreed|disagrees|objected|objects|countered|counters|retorted|interjected|protested|protests|demurred|dissented|scoffed|scoffs|(?:hit|hits|fired|fires|shot|shoots|pushed|pushes) back|(?:was|were|is|are|remained|remains) (?:unconvinced|unmoved|unimpressed|skeptical|sceptical|not convinced))\b/u;
