// Two named people speaking together, as one speaker line: "“…,” Councillor Ada Brenner and Councillor Tomas
// Reyes said", and in a report, "Ms. Brenner and Mr. Reyes said £2 million was their best offer", where the
// subject read back from the verb was the second name alone.
import { mentionAt } from './entities.ts';
import { TITLE_WORDS } from './lexicon.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { lastWord } from './surname.ts';
import { lowerOf, type Token } from './tokens.ts';

/** "Ada Brenner and Tomas Reyes", when both are named people; null otherwise. */
export function jointSpeakers(a: SpeakerRef, b: SpeakerRef): SpeakerRef | null {
  if (a.kind !== 'mention' || b.kind !== 'mention') return null;
  if (a.mention.entity.kind !== 'person' || b.mention.entity.kind !== 'person') return null;
  const text = `${a.mention.entity.name} and ${b.mention.entity.name}`;
  return { kind: 'phrase', text, head: lastWord(b.mention.entity.name).toLowerCase(), at: a.mention.start };
}

/** A person read back as a verb's subject, joined with the person "and" puts before them, if any. */
export function withPartnerBefore(
  tokens: Token[],
  ref: SpeakerRef | null,
  ctx: PhraseContext,
): SpeakerRef | null {
  if (ref?.kind !== 'mention') return ref;
  let and = tokens.findIndex((t) => t.start === ref.mention.start) - 1;
  // "… and Senator Tomas Reyes", "… and Mr. Reyes": the title before the name is the name's.
  while (and > 0 && (TITLE_WORDS.has(lowerOf(tokens[and])) || tokens[and]?.text === '.')) and--;
  const before = tokens[and - 1];
  if (and < 1 || lowerOf(tokens[and]) !== 'and' || !before) return ref;
  const partner = mentionAt(ctx.registry, before.start);
  // "Justices Vasko and Reyes": a plural title made part of the first name; the sheet shows neither so.
  if (!partner || partner.end !== before.end || pluralTitle(partner.entity.name)) return ref;
  return jointSpeakers({ kind: 'mention', mention: partner }, ref) ?? ref;
}

function pluralTitle(name: string): boolean {
  const first = (name.split(' ')[0] ?? '').toLowerCase();
  return first.endsWith('s') && TITLE_WORDS.has(first.slice(0, -1));
}
