// A paragraph of quote alone, right after a paragraph whose last words are a person's quote, goes on with that
// person: news copy credits a run of quote paragraphs once ("“A,” Reyes said. “B.”" / "“C.”"). Only when the
// text proves it: the quote before is credited to a person, it ends its sentence, and it asks nothing (the
// paragraph after a question is often someone else's answer).

import { hasWord } from '../../util/reg-exp.ts';
import { PRONOUN_GENDER } from './person-gender.ts';
import type { QuoteSpan } from './quote-spans.ts';
import type { Found } from './quote-tokens.ts';
import type { TextModel } from './sentences.ts';

/** A quote as attribution.ts holds it while it looks for speakers. */
export interface HeldQuote {
  quote: QuoteSpan;
  sentence: number;
  /** Nothing but punctuation precedes the quote in its sentence. */
  standalone: boolean;
  found: Found | null;
}

/**
 * "Reyes said the board had “lost its way.”" / "“It cannot go on like this.”": a paragraph of quote alone
 * after one ending on a person's partial quote goes on with that person, as news copy writes it.
 */
export function partialQuoteSpeaker(
  item: HeldQuote,
  model: TextModel,
  previousQuote: HeldQuote | undefined,
): Found | null {
  const found = previousQuote?.found;
  if (!found || previousQuote.sentence !== item.sentence - 1 || previousQuote.standalone) return null;
  return carriesOn(item, model) && namesPerson(found) ? found : null;
}

/**
 * "“A,” Reyes said. “B.”" / "“C.”": the quote ending the paragraph before is a whole sentence of quote, given
 * to a person by its own credit or as the rest of a split quote; the paragraph of quote after it is theirs.
 */
export function closingQuoteSpeaker(
  item: HeldQuote,
  model: TextModel,
  previousQuote: HeldQuote | undefined,
): Found | null {
  const found = previousQuote?.found;
  if (!found || previousQuote.sentence !== item.sentence - 1 || !previousQuote.standalone) return null;
  const before = previousQuote.quote;
  const sentence = model.sentences[previousQuote.sentence];
  if (!sentence || before.close === null) return null;
  // Only the sentence's last words, or words ending on its own credit ("“A” and more, Reyes said."): in
  // "“A.” Then Brandt stood up." someone else acts after the quote.
  const rest = model.text.slice(before.close + 1, sentence.end);
  if (/\p{L}/u.test(rest) && !endsOnItsCredit(found, before.close, sentence.end, model.text)) return null;
  // “A.” / "B.": marks of another kind are pasted from another text, not the same speaker going on.
  if (isStraight(model.text, before.open) !== isStraight(model.text, item.quote.open)) return null;
  if (found.cue === 'asked' || /\?\s*$/.test(model.text.slice(before.start, before.end))) return null;
  return carriesOn(item, model) && namesPerson(found) && !namesSpeakerInside(item, model, found)
    ? found
    : null;
}

/**
 * "“…the plan works as intended.”" / "“One flaw of Brenner’s piece is …”": a quote that names its speaker is
 * someone else's word on them, not theirs going on.
 */
function namesSpeakerInside(item: HeldQuote, model: TextModel, found: Found): boolean {
  if (found.ref.kind !== 'mention') return false;
  const surname = found.ref.mention.entity.name.split(/\s+/).pop() ?? '';
  if (surname.length < 2) return false;
  return hasWord(model.text.slice(item.quote.start, item.quote.end), surname);
}

/**
 * "“His conduct is beneath the office. …”" after the words of the man it is about: a paragraph of quote that
 * opens on someone of the last speaker's gender in the third person and says nothing in the first is someone's
 * word on that speaker, in copy that lost its credit (an editor's read), not the speaker going on.
 */
export function speaksOfSomeone(quote: string, found: Found): boolean {
  const opening = THIRD_PERSON_OPENING.exec(quote)?.[1]?.toLowerCase();
  if (!opening || FIRST_PERSON.test(quote)) return false;
  // Only of the speaker's own gender: "“He said he hoped for the crash.”" after her words is hers about him.
  // The speaker credited by name, or by "she added", whose pronoun tells the gender.
  const ref = found.ref;
  const gender =
    ref.kind === 'mention'
      ? ref.mention.entity.gender
      : ref.kind === 'pronoun'
        ? PRONOUN_GENDER.get(ref.word)
        : null;
  return gender != null && gender === PRONOUN_GENDER.get(opening);
}
const THIRD_PERSON_OPENING = /^[\s“"‘']*(his|her|he|she)\b/i;
const FIRST_PERSON = /\b(?:i|i['’](?:m|ve|d|ll)|me|my|mine|we|we['’](?:re|ve|d|ll)|us|our|ours)\b/i;

/**
 * The sentence ends on the quote's own credit, the speaker then a short verb phrase with no other name:
 * "…” and against the levy, Reyes said." / "…” on the ferry, she told reporters."
 */
function endsOnItsCredit(found: Found, close: number, end: number, text: string): boolean {
  const ref = found.ref;
  const from =
    ref.kind === 'mention' ? ref.mention.end : ref.kind === 'pronoun' ? ref.at + ref.word.length : -1;
  if (from <= close || from > end) return false;
  const tail = text.slice(from, end).trim();
  return /^(?:\p{Ll}+\s+){0,2}\p{Ll}+[.!]?$/u.test(tail);
}

function isStraight(text: string, at: number): boolean {
  return text.charAt(at) === '"';
}

/** The paragraph is the quote and nothing else, and more than a label in marks ("Related:"). */
function carriesOn(item: HeldQuote, model: TextModel): boolean {
  if (model.text.slice(item.quote.start, item.quote.end).split(/\s+/).length < 3) return false;
  // Words after the quote may credit someone no rule read.
  return endsItsParagraph(item, model);
}

/** Nothing but punctuation after the quote's closing mark in its paragraph. */
export function endsItsParagraph(item: HeldQuote, model: TextModel): boolean {
  const paragraph = model.paragraphs[item.quote.paragraph];
  if (!paragraph || item.quote.close === null) return false;
  return !/\p{L}/u.test(model.text.slice(item.quote.close + 1, paragraph.end));
}

/** A named person, or "he" or "she", resolved like any pronoun to the person it stands for. */
export function namesPerson(found: Found): boolean {
  const ref = found.ref;
  return (
    (ref.kind === 'mention' && ref.mention.entity.kind === 'person') ||
    (ref.kind === 'pronoun' && (ref.word === 'he' || ref.word === 'she'))
  );
}
