// "Ada and Tomas Brenner": a given name joined by "and" to a full name shares its surname. Read alone, "Ada"
// named no one, and a later bare "Brenner" could only mean Tomas, whoever the story's pronouns said spoke.
import type { Mention } from './entities.ts';
import type { Run } from './name-runs.ts';
import { isKnownGivenName } from './person-name-check.ts';
import { spaceWords } from './space-words.ts';
import { lowerOf } from './tokens.ts';

/**
 * The full name a one-word run stands for when it is a given name followed by "and" and a person's full name
 * that opens with a given name too; null otherwise. `mentions` are the runs of two words or more, in text order.
 */
export function sharedSurnameName(run: Run, mentions: readonly Mention[]): string | null {
  const given = run.tokens[0];
  const next = run.sentenceTokens[run.at + 2];
  if (!given || !next || lowerOf(run.sentenceTokens[run.at + 1]) !== 'and') return null;
  if (!isKnownGivenName(given.text)) return null;
  const partner = mentions.find((mention) => mention.start === next.start);
  if (partner?.entity.kind !== 'person') return null;
  const words = spaceWords(partner.entity.name);
  if (words.length < 2 || !isKnownGivenName(words[0] as string)) return null;
  return `${given.text} ${words.at(-1)}`;
}

/** Whether a given name's mention is spelt with its surname after "and" ("Ada and Tomas Brenner"): named in full. */
export function surnameFollows(text: string, mention: Mention): boolean {
  const after = FOLLOWING_SURNAME.exec(text.slice(mention.end, mention.end + 60));
  return after !== null && mention.entity.name.endsWith(` ${after[1]}`);
}

const FOLLOWING_SURNAME = /^ and (?:\p{Lu}[\p{L}.'’-]* )+(\p{Lu}[\p{L}'’-]*)/u;
