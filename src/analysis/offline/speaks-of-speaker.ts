// Whether a quote tells of its own speaker in the third person: asked of quotes that only inherit a speaker.
import type { ResolvedSpeaker } from './resolve-speaker.ts';
import { lastWord } from './surname.ts';

/**
 * A quote that only inherits its speaker, and tells of that speaker in the third person, is someone else's
 * account of them: an excerpt of another outlet's report ("“The session was private, but Councillor Tomas Reyes
 * told the press …", "“Reyes said the audit …") before a quote Reyes is credited with. Only the full name or
 * the surname with a verb of saying: speakers name their own brands and families ("the Reyes ferries").
 */
export function speaksOfSpeaker(quoted: string, resolved: ResolvedSpeaker): boolean {
  if (resolved.entity?.kind !== 'person') return false;
  const name = resolved.entity.name;
  if (name.includes(' ') && wordAt(quoted, name) >= 0) return true;
  const surname = lastWord(name);
  const at = wordAt(quoted, surname);
  return at >= 0 && SAID_NEXT.test(quoted.slice(at + surname.length, at + surname.length + 12));
}
const SAID_NEXT = /^ (?:said|says|told|added)\b/;

/** Where `word` stands in `text` as a whole word (no letter either side), or -1. */
function wordAt(text: string, word: string): number {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isLetterAt(text, at - 1) && !isLetterAt(text, at + word.length)) return at;
  }
  return -1;
}

function isLetterAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && /\p{L}/u.test(text[at] as string);
}
