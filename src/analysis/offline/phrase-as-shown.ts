// How a speaker known only by a phrase is shown on the sheet.

/**
 * "A person familiar with the talks" opened its sentence; on the sheet it reads "a person familiar …".
 * "a nurse’s claims that …" is the nurse's: the owner's mark is no part of who spoke.
 */
export function phraseAsShown(text: string): string {
  return text.replace(SENTENCE_OPENER, (word) => word.toLowerCase()).replace(OWNER_MARK, '');
}

const OWNER_MARK = /(?<=(?:^|\s)\p{Ll}[\p{L}-]*)['’]s$/u;

// A number only before a lower-case word: "One Nation spokesman" keeps its party's name.
const SENTENCE_OPENER =
  /^(?:(?:The|A|An|Another|Those|These|Some|Several|Many|Most|Both|All|Half|Current|Former|People)(?=\s)|(?:One|Two|Three)(?=\s\p{Ll}))/u;
