// Two named people speaking together, as one speaker line: "“…,” Councillor Ada Brenner and Councillor Tomas
// Reyes said", and in a report, "Ms. Brenner and Mr. Reyes said £2 million was their best offer", where the
// subject read back from the verb was the second name alone.
import { type Mention, mentionAt } from './entities.ts';
import { TITLE_WORDS } from './lexicon.ts';
import { isGroupPlural } from './speaker-like.ts';
import type { ParsedSpeaker, PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { lastWord } from './surname.ts';
import { isNamePart, lowerOf, type Token } from './tokens.ts';

/** "Ada Brenner and Tomas Reyes", when both are named people; null otherwise. */
export function jointSpeakers(a: SpeakerRef, b: SpeakerRef): SpeakerRef | null {
  if (a.kind !== 'mention' || b.kind !== 'mention') return null;
  if (a.mention.entity.kind !== 'person' || b.mention.entity.kind !== 'person') return null;
  const text = `${a.mention.entity.name} and ${b.mention.entity.name}`;
  return { kind: 'phrase', text, head: lastWord(b.mention.entity.name).toLowerCase(), at: a.mention.start };
}

/**
 * "…, Ilse Varga and Tomas Reyl said": a credit after the clause read forward from its first name, joined with
 * the one after "and" (the phrase reader stops at "and", and the credit was lost). `parse` is the phrase reader.
 */
export function jointAfter(
  tokens: Token[],
  first: ParsedSpeaker | null,
  ctx: PhraseContext,
  parse: (tokens: Token[], at: number, ctx: PhraseContext) => ParsedSpeaker | null,
): ParsedSpeaker | null {
  if (!first || lowerOf(tokens[first.end]) !== 'and') return first;
  const second = parse(tokens, first.end + 1, ctx);
  const joint = second ? jointSpeakers(first.ref, second.ref) : null;
  return joint && second ? { ref: joint, end: second.end, role: null } : first;
}

/**
 * A person's mention opening the clause at `from`, joined with the person "and" adds right after it ("Vance
 * and Ruiz issued …"), for a verb at `verb`; else `ref`. Not past "with" ("Vance and Ruiz spoke, with Vance
 * recently promising …" is his alone).
 */
export function withPartnerAfter(
  tokens: Token[],
  ref: SpeakerRef | null,
  from: number,
  verb: number,
  ctx: PhraseContext,
  parse: (tokens: Token[], at: number, ctx: PhraseContext) => ParsedSpeaker | null,
): SpeakerRef | null {
  if (ref?.kind !== 'mention' || ref.mention.entity.kind !== 'person') return ref;
  // The first name opens the clause at `from` (after a title at most): in "The council censured Ada Vance and Tom
  // Ruiz, saying …" the two are the verb's objects.
  for (let k = from; (tokens[k]?.start ?? Infinity) < ref.mention.start; k++)
    if (!isNamePart(tokens[k])) return ref;
  const end = tokens.findIndex((t) => t.start >= ref.mention.end);
  if (end < 0 || lowerOf(tokens[end]) !== 'and') return ref;
  for (let k = end; k < verb; k++) if (lowerOf(tokens[k]) === 'with') return ref;
  const second = parse(tokens, end + 1, ctx);
  // The partner's name opens the words after "and" ("and Tom Ruiz", "and Mayor Tom Ruiz"), not a phrase that
  // runs on to a name further ("and other leaders shunned Tom Ruiz").
  if (second?.ref.kind !== 'mention') return ref;
  const start = second.ref.mention.start;
  for (let k = end + 1; (tokens[k]?.start ?? start) < start; k++) if (!isNamePart(tokens[k])) return ref;
  return jointSpeakers(ref, second.ref) ?? ref;
}

/**
 * A verb's subject read back from it, joined with what "and" puts before it: the people of a list ("Ada Brenner,
 * Otto Hallam and Tomas Reyes said"), or a group before a group ("Democrats and some Republicans said"), where
 * the subject read back was the last of them alone (an editor's read: the second group's view given to the
 * other side).
 */
export function withPartnerBefore(
  tokens: Token[],
  ref: SpeakerRef | null,
  ctx: PhraseContext,
): SpeakerRef | null {
  if (ref?.kind === 'phrase') return withGroupBefore(tokens, ref, ctx);
  if (ref?.kind !== 'mention') return ref;
  // "Democrats and some Republicans": a party or a people named as a group is one too.
  if (ref.mention.entity.kind !== 'person') {
    const text = ctx.text.slice(ref.mention.start, ref.mention.end);
    const group = { kind: 'phrase' as const, text, head: text.toLowerCase(), at: ref.mention.start };
    const joined = withGroupBefore(tokens, group, ctx);
    return joined === group ? ref : joined;
  }
  let and = tokens.findIndex((t) => t.start === ref.mention.start) - 1;
  // "… and Senator Tomas Reyes", "… and Mr. Reyes": the title before the name is the name's.
  while (and > 0 && (TITLE_WORDS.has(lowerOf(tokens[and])) || tokens[and]?.text === '.')) and--;
  if (and < 1 || lowerOf(tokens[and]) !== 'and') return ref;
  const partners = peopleBefore(tokens, and, ctx);
  if (partners.length === 0) return ref;
  const joint = jointSpeakers({ kind: 'mention', mention: partners[0] as Mention }, ref);
  if (joint?.kind !== 'phrase' || partners.length === 1) return joint ?? ref;
  const names = partners.map((partner) => partner.entity.name);
  return { ...joint, text: `${names.join(', ')} and ${ref.mention.entity.name}` };
}

/** The people a list puts before the "and" at `and`, first to last: "Ada Brenner, Otto Hallam and …". */
function peopleBefore(tokens: Token[], and: number, ctx: PhraseContext): Mention[] {
  const found: Mention[] = [];
  let end = and - 1;
  for (;;) {
    const last = tokens[end];
    const partner = last ? mentionAt(ctx.registry, last.start) : null;
    // "Justices Vasko and Reyes": a plural title made part of the first name; the sheet shows neither so.
    if (!partner || partner.end !== last?.end || partner.entity.kind !== 'person') break;
    if (pluralTitle(partner.entity.name)) return [];
    found.unshift(partner);
    const first = tokens.findIndex((t) => t.start === partner.start);
    if (tokens[first - 1]?.text !== ',' || first < 2) break;
    end = first - 2;
  }
  return found;
}

/** "White House officials and Democratic lawmakers": a group, "and", and the group read back from the verb. */
function withGroupBefore(
  tokens: Token[],
  ref: SpeakerRef & { kind: 'phrase' },
  ctx: PhraseContext,
): SpeakerRef {
  if (!isGroupPlural(ref.head)) return ref;
  let and = tokens.findIndex((t) => t.start === ref.at) - 1;
  // "Democrats and some Republicans": the phrase read back may leave its quantifier out.
  while (and > 0 && GROUP_MODIFIERS.has(lowerOf(tokens[and]))) and--;
  if (and < 1 || lowerOf(tokens[and]) !== 'and' || !isGroupPlural(lowerOf(tokens[and - 1]))) return ref;
  let first = and - 1;
  while (first > 0 && first > and - GROUP_WORDS && describesGroup(tokens[first - 1])) first--;
  const start = (tokens[first] as Token).start;
  return { ...ref, text: ctx.text.slice(start, ref.at + ref.text.length), at: start };
}

/** The most words a group before "and" is read back over: "senior White House officials". */
const GROUP_WORDS = 4;

/** A word that may stand in a group's name before its noun: a capitalised one, or a word of number or rank. */
function describesGroup(token: Token | undefined): boolean {
  if (!token?.word) return false;
  const word = lowerOf(token);
  return (/^\p{Lu}/u.test(token.text) && !OPENING_WORDS.has(word)) || GROUP_MODIFIERS.has(word);
}

/** Words that open a sentence before its subject: "But attorneys and legal experts said" is theirs alone. */
const OPENING_WORDS = new Set('but and or so yet still also then now instead meanwhile'.split(' '));

const GROUP_MODIFIERS = new Set('some many most several other senior top local state federal'.split(' '));

function pluralTitle(name: string): boolean {
  const first = (name.split(' ')[0] ?? '').toLowerCase();
  return first.endsWith('s') && TITLE_WORDS.has(first.slice(0, -1));
}
