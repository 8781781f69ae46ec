// How a speaker known only by a phrase, or a one-word title, is shown on the sheet.
import type { Entity } from './entities.ts';
import { ADVERBS_BEFORE, BE_FORMS, POSTMODIFIER_LINKS, HOW_SPOKEN as SPOKEN } from './phrase-head.ts';

/**
 * "A person familiar with the talks" opened its sentence; on the sheet it reads "a person familiar …".
 * "a nurse’s claims that …" is the nurse's: the owner's mark is no part of who spoke. "an official speaking on
 * condition of anonymity" is "an official", as "said an official, speaking on condition of anonymity" shows her:
 * how a source spoke does not say who it is.
 */
export function phraseAsShown(text: string): string {
  return text
    .replace(HOW_SPOKEN, '')
    .replace(FLOATING_QUANTIFIER, '')
    .replace(RELATIVE_HEAD, '')
    .replace(SENTENCE_OPENER, (word) => word.toLowerCase())
    .replace(OWNER_MARK, '');
}

/**
 * "the reef became the spot Lestrian admirals say …": a noun a relative clause without "where" or "that"
 * follows, before the clause's own capitalised subject, is no part of who speaks.
 */
const RELATIVE_HEAD = /^[Tt]he (?:place|way|reason|day|time|moment|point|spot) (?=\p{Lu})/u;

/**
 * "an official speaking on condition of anonymity": how the source spoke, cut; not a verb ("who was talking to").
 * Built from the words the phrase reader (phrase-head.ts isPostmodifier) asks, so the two read alike.
 */
const HOW_SPOKEN = new RegExp(
  `(?<=\\p{L})(?<!\\b(?:${[...BE_FORMS, ...ADVERBS_BEFORE].join('|')}|\\p{L}+ly|\\p{L}+['’]s)) ` +
    `(?:${[...SPOKEN].join('|')}) (?:${[...POSTMODIFIER_LINKS].join('|')})\\b.*$`,
  'u',
);

/** "Strategists for both campaigns all agree": the "all" goes with the verb, not with who speaks. */
const FLOATING_QUANTIFIER =
  /(?<=\p{L})(?<!\b(?:for|to|of|from|with|between|among|by|at|in|on)) (?:all|both|each)$/u;

const OWNER_MARK = /(?<=(?:^|\s)\p{Ll}[\p{L}-]*)['’]s$/u;

// A number only before a lower-case word: "One Nation spokesman" keeps its party's name.
const SENTENCE_OPENER =
  /^(?:(?:The|A|An|Another|Those|These|Some|Several|Many|Most|Both|All|Half|Current|Former|People)(?=\s)|(?:One|Two|Three)(?=\s\p{Ll}))/u;

/**
 * "according to The Hill", "told The Post": a one-word body the story writes with a capital "The" inside a
 * sentence is a title, shown whole ("The Hill"); alone, "Hill" reads as a person's surname.
 */
export function titledName(article: TitledText, entity: Entity): string {
  if (entity.kind === 'person' || entity.name.includes(' ')) return entity.name;
  // Read once per article: a search of the whole text for each one-word body made a long paste quadratic
  // (2 MB of news: 120 ms here, against 23 ms for 1 MB).
  article.titledStarts ??= titledStarts(article.text);
  return writtenTitled(article.text, article.titledStarts, entity.name) ? `The ${entity.name}` : entity.name;
}

/** An article's text, and where a capital "The" stands inside its sentences (built on first need). */
export interface TitledText {
  text: string;
  /** The offsets just after each " The " that follows a lower-case letter or a comma. */
  titledStarts?: number[];
}

function titledStarts(text: string): number[] {
  const starts: number[] = [];
  for (const match of text.matchAll(CAPITAL_THE)) starts.push(match.index + match[0].length);
  return starts;
}
const CAPITAL_THE = /(?<=[\p{Ll},]) The /gu;

/** Whether `name` follows one of the starts as a whole word: what `The ${name}\b` matches there. */
function writtenTitled(text: string, starts: number[], name: string): boolean {
  const endsInWord = isWordCode(name.charCodeAt(name.length - 1));
  return starts.some(
    (at) => text.startsWith(name, at) && isWordCode(text.charCodeAt(at + name.length)) !== endsInWord,
  );
}

/** What `\b` counts as a word character (A-Z, a-z, 0-9, _); past the text's end (NaN) is not one. */
function isWordCode(code: number): boolean {
  return (
    (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95
  );
}
