// "“…,” X said in a statement issued on Sunday. “…,” the statement continued.": the statement is X's, the
// person just credited as speaking through it, so its later quotes are X's too, not a document's. So is one
// credited as "the statement from X" (document-from.ts).
import type { ResolveContext } from './resolve-context.ts';
import type { ResolvedSpeaker } from './resolve-speaker.ts';
import type { SpeakerRef } from './speaker-phrase.ts';
import { lastWord } from './surname.ts';
import { lower } from './tokens.ts';

/** How much text between the last credit and this one is read for its "in a statement". */
const WINDOW = 1500;
/** Between two authors' names: "and", perhaps a party tag before it and the second one's title after it. */
const JOINED = /^(?:\s\([DRI]-[^)]{1,12}\))?,? and (?:\p{Lu}[\p{L}.]*\s+){0,3}$/u;
/** How many sentences back the last credit may be. */
const REACH = 2;

export function documentAuthor(
  ref: SpeakerRef,
  sentence: number,
  ctx: ResolveContext,
): ResolvedSpeaker | null {
  // "the statement", "the joint statement": one word for the document, or "joint" before it.
  if (ref.kind !== 'phrase' || !/^the\s(?:joint\s)?\S+$/i.test(ref.text)) return null;
  const last = ctx.trail[ctx.trail.length - 1];
  if (last?.entity?.kind !== 'person' || sentence - last.sentence > REACH)
    return reportedAuthor(ref, sentence, ctx);
  // From the last credited quote (or its credit) to this credit: "X said in a statement" stands between.
  const window = ctx.text.slice(Math.max(last.at, ref.at - WINDOW), ref.at).toLowerCase();
  const head = lower(ref.head);
  const at = Math.max(window.lastIndexOf(`in a ${head}`), window.lastIndexOf(`in an ${head}`));
  // The statement is the one this person spoke through: their name just before it ("Hallam said in a statement").
  // After another's ("Ada Rusk, the harbour chief, said in a statement that …") it is that one's (reportedAuthor).
  const surname = lastWord(last.entity.name).toLowerCase();
  // Or "the statement from Reyes's lawyer, Ada Brenner": the document named with its author after it.
  // It may stand before the last credited quote, which it credited: read back from this credit.
  const before = ctx.text.slice(Math.max(0, ref.at - WINDOW), ref.at).toLowerCase();
  const from = Math.max(before.lastIndexOf(`the ${head} from`), before.lastIndexOf(`a ${head} from`));
  const spoke = at >= 0 && window.slice(Math.max(0, at - 30), at).includes(surname);
  const authored = from >= 0 && before.slice(from, from + head.length + 70).includes(surname);
  if (!spoke && !authored) return reportedAuthor(ref, sentence, ctx);
  return { speaker: last.entity.name, role: last.entity.role, entity: last.entity };
}

/**
 * "Farm minister Jona Vesk said in a statement on Monday evening that … “…,” the statement said": no quote
 * credited the person yet, only a report. The statement is theirs when their name stands right before "said in a
 * statement" or "issued a (joint) statement", or before an apposition and it ("Jona Vesk, the farm minister, said in
 * a statement"), within the last few sentences.
 */
function reportedAuthor(
  ref: SpeakerRef & { kind: 'phrase' },
  sentence: number,
  ctx: ResolveContext,
): ResolvedSpeaker | null {
  const found = new RegExp(
    String.raw`(?:,[^,.;“”"]{1,80},|\s\([DRI]-[^)]{1,12}\))?\s(?:(?:said|says|wrote|writes)\s+in|issued|released|put out)\s+an?\s+(?:joint\s+)?${headPattern(ref)}\b`,
    'gi',
  );
  const offset = lastMatchBefore(ref, ctx, found, 'start');
  if (offset < 0) return openingAuthor(ref, sentence, ctx);
  const said = ctx.sentenceOf(offset);
  if (sentence - said > REACH) return null;
  const people = ctx.peopleBySentence.get(said) ?? [];
  const person = people.find((mention) => mention.end === offset);
  if (!person) return null;
  // "Mayor Ana Ruiz and Council President Tomas Reyes issued a joint statement": both wrote it.
  const first = people.find(
    (m) => m.entity !== person.entity && JOINED.test(ctx.text.slice(m.end, person.start)),
  );
  if (first) return { speaker: `${first.entity.name} and ${person.entity.name}`, role: null, entity: null };
  return { speaker: person.entity.name, role: person.entity.role, entity: person.entity };
}

/**
 * "In separate letters sent on Monday, Treasurer Omar Haddad told the auditors …. The letter said …": a sentence
 * opening "In a letter" (or letters) names the one who wrote it as its subject, after the comma that closes the
 * phrase, a title perhaps before the name. Not "In a letter, obtained by the Ledger, the lawmakers slammed Reyes":
 * a name that is no subject after a comma is the one written about.
 */
function openingAuthor(
  ref: SpeakerRef & { kind: 'phrase' },
  sentence: number,
  ctx: ResolveContext,
): ResolvedSpeaker | null {
  const opening = new RegExp(
    String.raw`(?:^|[.!?”"]\s+)In (?:[\p{L}-]+\s+){1,4}?${headPattern(ref)}s?\b`,
    'gu',
  );
  const offset = lastMatchBefore(ref, ctx, opening, 'end');
  if (offset < 0) return null;
  const said = ctx.sentenceOf(offset);
  if (sentence - said > REACH) return null;
  const person = (ctx.peopleBySentence.get(said) ?? []).find((mention) => mention.start > offset);
  if (!person) return null;
  const lead = ctx.text.slice(offset, person.start);
  return SUBJECT_AFTER_COMMA.test(lead)
    ? { speaker: person.entity.name, role: person.entity.role, entity: person.entity }
    : null;
}
/** What stands between the document and its author: a comma closing the phrase, then at most a title. */
const SUBJECT_AFTER_COMMA = /,\s(?:\p{Lu}[\p{L}.]*\s){0,4}$/u;

/** The document's head word as a pattern: any character not a letter stands for itself loosely. */
function headPattern(ref: SpeakerRef & { kind: 'phrase' }): string {
  return lower(ref.head).replace(/[^\p{L}]/gu, '.');
}

/** Where the last match of `pattern` in the text read back from the credit starts or ends, or −1. */
function lastMatchBefore(
  ref: SpeakerRef & { kind: 'phrase' },
  ctx: ResolveContext,
  pattern: RegExp,
  edge: 'start' | 'end',
): number {
  const before = ctx.text.slice(Math.max(0, ref.at - WINDOW), ref.at);
  let at = -1;
  for (let match = pattern.exec(before); match !== null; match = pattern.exec(before))
    at = edge === 'start' ? match.index : match.index + match[0].length;
  return at < 0 ? -1 : ref.at - before.length + at;
}
