// The words by which a writer speaks as themself: "I", "me", "we", "our". Outside quotation marks they are
// the author's own voice (a column, a reader's letter, an interview's answers, a reporter's "told me", an
// editorial's "we"), never the outlet reporting what someone else said. The ingest note and the offline
// engine both ask it.

const SINGULAR = new Set(['me', 'my', 'myself']);
const PLURAL = new Set([
  'we',
  'our',
  'ours',
  'ourselves',
  'us',
  'we’re',
  "we're",
  'we’ve',
  "we've",
  'we’d',
  "we'd",
  'we’ll',
  "we'll",
]);
/** "I" and its contractions, written with either apostrophe. */
const I_FORMS = /^I(?:['’](?:m|ve|d|ll))?$/;
/** Words that number a thing with a roman "I": "Title I", "World War I", "Schedule I". */
const NUMBERED = new Set([
  'act',
  'annex',
  'appendix',
  'article',
  'book',
  'category',
  'chapter',
  'class',
  'division',
  'grade',
  'group',
  'level',
  'part',
  'phase',
  'round',
  'schedule',
  'section',
  'series',
  'stage',
  'tier',
  'title',
  'type',
  'volume',
  'war',
]);
/** After these, "we" is the reported speaker's ("<the governor> proposed we wake up…"), not the writer's. */
const REPORTING = new Set([
  'said',
  'says',
  'say',
  'proposed',
  'argued',
  'suggested',
  'insisted',
  'warned',
  'that',
]);

/**
 * Whether `word` is the writer speaking, given the words just before and after it in its sentence (undefined
 * at either end), and whether the word before opens the sentence. "I." with more of the sentence after it is
 * an initial ("I. M. Pei"); "I-Vt." is a party and state, one word that never matches; "I" after a capital
 * inside the sentence numbers a name ("Queen Ada I", "a Schedule I drug"), where "Then I" opens one. A capital "Our", "We" or "Me" inside a sentence, or before another
 * capital, is part of a name ("Save Our Harbours Fund", "Our Coast PAC", "Mommy and Me"), and
 * "ME" or "US" in capitals is a state or the country.
 */
export function isWriterWord(
  word: string,
  before: string | undefined,
  after: string | undefined,
  beforeOpens = false,
): boolean {
  if (I_FORMS.test(word)) {
    if (word === 'I' && (after === '.' || (!beforeOpens && startsCapital(before) && !isDayOrMonth(before))))
      return false;
    return before === undefined || !NUMBERED.has(before.toLowerCase());
  }
  const lower = word.toLowerCase();
  const plural = PLURAL.has(lower);
  if (!plural && !SINGULAR.has(lower)) return false;
  if (word !== lower) {
    const capitalised = word.slice(1) === lower.slice(1) && lower !== 'us';
    if (!capitalised || before !== undefined || startsCapital(after)) return false;
  }
  return !plural || before === undefined || !REPORTING.has(before.toLowerCase());
}

/** "On Tuesday I met …", "In March I wrote …": a day or a month before "I" is no name it numbers. */
const DAYS_AND_MONTHS = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december'.split(
    ' ',
  ),
);
function isDayOrMonth(word: string | undefined): boolean {
  return word !== undefined && DAYS_AND_MONTHS.has(word.toLowerCase());
}

function startsCapital(word: string | undefined): boolean {
  return word !== undefined && /^\p{Lu}/u.test(word);
}
