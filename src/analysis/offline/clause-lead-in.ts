// The words between a verb of saying and the clause it reports: a time ("said Friday that"), phrases ("said on
// the radio and in a letter that"), read past to where the clause starts; and whether such a phrase stood there,
// which makes the clause that follows prove itself with a tensed verb ("testified after the release of an audit"
// reports nothing).
import { JUDGING } from './framed-report.ts';
import { MONTH_ABBREVIATIONS, REPORT_CUES, TAKES_OBJECT } from './lexicon.ts';
import { SUBJECT_PRONOUNS } from './missing-verbs.ts';
import { isNameDot } from './name-dots.ts';
import { isCount } from './phrase-head.ts';
import { isVerbForm } from './tensed-word.ts';
import { isWord, lower, lowerOf, type Token } from './tokens.ts';

const OPENING_PRONOUNS = ['it', 'he', 'she', 'they', 'we', 'i', 'there', 'this'];
/**
 * Pronouns that open a clause, contracted too ("told reporters he'd support …": read as one word, "he'd" had run
 * the listener on to the end of the sentence, and the report was lost).
 */
export const CLAUSE_PRONOUNS = new Set([
  ...OPENING_PRONOUNS,
  ...OPENING_PRONOUNS.flatMap((pronoun) =>
    ['d', 'll', 're', 've', 'm'].flatMap((ending) => [`${pronoun}'${ending}`, `${pronoun}’${ending}`]),
  ),
]);
export const CLAUSE_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'some', 'all']);
export const PREPOSITIONS = new Set(
  'in on at outside during after before from to late last earlier via through under among'.split(/\s+/),
);

/** Phrases that set a report against an event ("after the release of an audit"), not a day or a place. */
const EVENT_TIME = new Set(['after', 'before', 'during']);

export const JOINING = new Set(['and', 'or', 'but']);

/**
 * "said at least 12 people died", "said under 40 were hurt": a count's own words, where the clause starts, not a
 * phrase of place ("said at a rally"), of circumstance ("said under oath") or of time or frequency ("at least twice
 * that", "under 24 hours after the attack that"): a count follows, and no "that" comes after it to open the clause.
 */
function opensCount(tokens: Token[], k: number): boolean {
  const word = lowerOf(tokens[k]);
  const next = lowerOf(tokens[k + 1]);
  // After "told", "warned" the count is the listeners: "told under 100 people at the town hall the plant …".
  if (TAKES_OBJECT.has(lowerOf(tokens[k - 1]))) return false;
  const count =
    word === 'under' ? k + 1 : word === 'at' && (next === 'least' || next === 'most') ? k + 2 : -1;
  if (count < 0 || !(isCount(tokens[count]) || COUNT_OPENERS.has(lowerOf(tokens[count])))) return false;
  for (let j = count + 1; j < tokens.length && j <= count + 8; j++) {
    const after = lowerOf(tokens[j]);
    if (after === 'that' || SPANS.has(after)) return false;
    if (!isWord(tokens[j])) break;
  }
  return true;
}
/** What opens a count in words: "at least a dozen", "at least half the staff", "at least some of the money". */
const COUNT_OPENERS = new Set(['a', 'an', 'half', 'some', 'several', 'many', 'one']);
/** A count of time or of times: "at least three years ago", "at least a dozen times". */
const SPANS = new Set(['times', 'ago', 'later', 'earlier', 'before', 'after', 'into', 'since']);

/** "on Tuesday", "in a statement", "outside the court": skipped up to where the clause starts. */
export function skipAdverbial(tokens: Token[], i: number): number {
  let k = i;
  let object = -1;
  // "said in an interview with Ada Kiel that …": "with" goes on a phrase; first after the verb it is its object
  // ("agreed with that decision").
  while (
    (PREPOSITIONS.has(lowerOf(tokens[k])) || (k > i && lowerOf(tokens[k]) === 'with')) &&
    !opensCount(tokens, k)
  ) {
    // "agreed in May to a sliding fee scale in which pensioners …": a relative clause on the last phrase's
    // noun; that phrase was what was agreed to, and is where the report starts.
    if (object >= 0 && RELATIVES.has(lowerOf(tokens[k + 1]))) return object;
    // "agreed this week to quietly drop the fee": an infinitive, the words after "to".
    if (lowerOf(tokens[k]) === 'to' && lowerOf(tokens[k + 1]).endsWith('ly')) return k + 1;
    k++;
    object = k;
    if (CLAUSE_DETERMINERS.has(lowerOf(tokens[k]))) k++;
    let nouns = 0;
    while ((isWord(tokens[k]) || isNameDot(tokens, k)) && nouns < 3) {
      // "explained to Mr. Lindqvist that …": the title's dot is part of the listener's name.
      if (!isWord(tokens[k])) {
        k++;
        continue;
      }
      const word = lowerOf(tokens[k]);
      const opens = CLAUSE_PRONOUNS.has(word) || CLAUSE_DETERMINERS.has(word);
      // "in the hall before the vote began": a phrase of time is read as one, not as the first one's nouns.
      // "at a hotel in downtown Lestria that …": a second preposition opens a phrase of its own.
      const preposition = PREPOSITIONS.has(word) || word === 'with';
      // "reported in March 2019 Varga declined …": a name and its verb after the phrase's nouns open the clause.
      if (nouns > 0 && nameThenVerb(tokens, k)) break;
      if (
        word === 'that' ||
        JOINING.has(word) ||
        (nouns > 0 && (opens || EVENT_TIME.has(word) || preposition))
      )
        break;
      // "after the release of an audit report": "of" and its object belong to the phrase's noun.
      if (word === 'of' && nouns > 0) {
        k += CLAUSE_DETERMINERS.has(lowerOf(tokens[k + 1])) ? 2 : 1;
        nouns = 0;
        continue;
      }
      k++;
      nouns++;
    }
    // "notes in Lestria Harbour Board hearings that …": a long name before the noun, then the "that".
    if (nouns === 3) k = longPhraseThat(tokens, k);
    // "said on the radio and in a letter that …": phrases joined by "and" are read on.
    if (JOINING.has(lowerOf(tokens[k])) && PREPOSITIONS.has(lowerOf(tokens[k + 1]))) k++;
  }
  return k;
}

/**
 * Up to two more words of a phrase when the clause's "that" follows them; otherwise `k` itself. Only a plain run
 * of nouns reads on: "at a briefing announcing that" and "to refrain from further strikes that" do not.
 */
function longPhraseThat(tokens: Token[], k: number): number {
  for (let end = k; end < k + 2 && isWord(tokens[end]); end++) {
    if (!nounRun(tokens, k - 3, end)) return k;
    if (lowerOf(tokens[end + 1]) === 'that') return end + 1;
  }
  return k;
}

function nounRun(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const word = lowerOf(tokens[k]);
    if (word === 'that' || RUN_BREAKS.has(word) || REPORT_CUES.has(word) || word.endsWith('ing'))
      return false;
  }
  return true;
}
/**
 * A capitalised run of words opening at tokens[k] (after a word that is not one), then a tensed verb. Not after
 * "why" or "how": "explained to the Courier why Varga was chosen" asks a question, and reports no claim.
 */
function nameThenVerb(tokens: Token[], k: number): boolean {
  const before = tokens[k - 1]?.text ?? '';
  if (/^\p{Lu}/u.test(before) || QUESTION_WORDS.has(before)) return false;
  let end = k;
  while (end < k + 4 && (/^\p{Lu}/u.test(tokens[end]?.text ?? '') || isNameDot(tokens, end))) end++;
  return end > k && isVerbForm(tokens[end]);
}

const RELATIVES = new Set(['which', 'whom', 'whose']);
const QUESTION_WORDS = new Set(['why', 'how', 'whether', 'if', 'what', 'when', 'where', 'who']);
const RUN_BREAKS = new Set([...PREPOSITIONS, 'of', 'for', 'with', 'about', 'by']);

/** Whether a phrase of time set by an event stands between the verb of saying and the clause at `from`. */
export function afterPhrase(tokens: Token[], from: number): boolean {
  let phrase = false;
  for (let k = from - 1; k >= 0 && k >= from - 16; k--) {
    const word = lowerOf(tokens[k]);
    if (REPORT_CUES.has(word)) return phrase;
    if (word === 'that' || !isWord(tokens[k])) return false;
    if (EVENT_TIME.has(word)) phrase = true;
  }
  return false;
}

/**
 * "said flatly that …": past a manner adverb right before "that" or a pronoun, which is the reporter's word. Not one that
 * judges the report's truth ("falsely", "incorrectly"): the reader must keep that.
 */
export function skipManner(tokens: Token[], i: number): number {
  const word = tokens[i]?.text ?? '';
  const next = lowerOf(tokens[i + 1]);
  // "stated clearly he had not served": before a subject pronoun too.
  const opens = next === 'that' || SUBJECT_PRONOUNS.has(next);
  return /^\p{Ll}+ly$/u.test(word) && !JUDGED.has(word) && opens ? i + 1 : i;
}
const JUDGED = new Set(JUDGING);

const NAME_LINKS = new Set(['and', 'of', 'the', 'newspaper', 'on', 'in', 'at']);

/**
 * "told The Ledger and Beacon newspaper of Kessel on Saturday that …": a listener's long name, which the noun
 * phrase ends at its "and", then "that". Where that "that" stands, or `i` when a word of no name comes first.
 */
export function pastNameToThat(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k - i <= 8; k++) {
    const token = tokens[k] as Token;
    const word = lowerOf(token);
    if (word === 'that') return k;
    if (!isWord(token) || !(/^\p{Lu}/u.test(token.text) || NAME_LINKS.has(word))) return i;
  }
  return i;
}

const LISTENER_GOES_ON = new Set(['of', 'and']);
/**
 * Tokens read for the listener's "that": two named people, each with a place, and a gloss after them ("…,
 * Councillors Ada Roe of Tarsa and Tom Vale of Lestria, both Liberals, that") run to some twenty.
 */
const LISTENER_REACH = 24;

/**
 * "told two critics of the levy, Councillors Ada Roe and Tom Vale, that …", "told friends and aides that": the
 * listener goes on past "of", "and" or an apposition to "that", with no verb on the way. Where that "that" stands, or `i`.
 */
export function pastListenerToThat(tokens: Token[], i: number): number {
  // Reached at "of", "and", a comma, or just past "of" or "and" at a word that stopped the listener's phrase.
  if (
    !LISTENER_GOES_ON.has(lowerOf(tokens[i])) &&
    !LISTENER_GOES_ON.has(lowerOf(tokens[i - 1])) &&
    tokens[i]?.text !== ','
  )
    return i;
  for (let k = i; k < tokens.length && k - i <= LISTENER_REACH; k++) {
    const token = tokens[k] as Token;
    if (lowerOf(token) === 'that') return k;
    const comma = token.text === ',';
    if (isVerbForm(token) || !(comma || isWord(token))) return i;
  }
  return i;
}

/**
 * "said during a taping of a town hall meeting in Tarsa, Korvin, that …": what is left of a long phrase of time
 * or place, set off up to ", that" with no verb on the way. Where that "that" stands, or `i`.
 */
export function pastPhraseToThat(tokens: Token[], i: number): number {
  for (let k = i; k < tokens.length && k - i <= 10; k++) {
    const token = tokens[k] as Token;
    const comma = token.text === ',';
    if (comma && lowerOf(tokens[k + 1]) === 'that') return k + 1;
    // "said on the radio, where she is now a host, that …": a relative clause on the phrase's last noun.
    if (comma && RELATIVE_WORDS.has(lowerOf(tokens[k + 1]))) return asideToThat(tokens, k, i);
    // "on Nov. 3, 2015, only hours before the vote, that …": a month's dot is part of the date.
    const monthDot = token.text === '.' && MONTH_ABBREVIATIONS.includes(lowerOf(tokens[k - 1]));
    if (isVerbForm(token) || !(comma || monthDot || isWord(token))) return i;
  }
  return i;
}

/** "warned, as did the union, that …": an aside between the verb and its "that" is the reporter's. */
export function skipAside(tokens: Token[], i: number): number {
  // "said — on the radio, as it happens — that …": an aside between dashes, commas and all.
  if (DASHES.has(tokens[i]?.text ?? '')) {
    const close = tokens.findIndex((t, k) => k > i && k - i <= 12 && DASHES.has(t.text));
    return close > 0 && lowerOf(tokens[close + 1]) === 'that' ? close + 1 : i;
  }
  if (tokens[i]?.text !== ',') return i;
  for (let k = i + 1; k < tokens.length && k - i <= 10; k++) {
    if (tokens[k]?.text !== ',') continue;
    return lowerOf(tokens[k + 1]) === 'that' ? k + 1 : i;
  }
  return i;
}
const DASHES = new Set(['—', '–']);

/** From the comma at `comma` to the "that" after the next comma, within twelve tokens; else `fallback`. */
function asideToThat(tokens: Token[], comma: number, fallback: number): number {
  for (let k = comma + 1; k < tokens.length && k - comma <= 12; k++)
    if (tokens[k]?.text === ',') return lowerOf(tokens[k + 1]) === 'that' ? k + 1 : fallback;
  return fallback;
}
const RELATIVE_WORDS = new Set(['where', 'which', 'who', 'when']);

/** A tensed verb of saying among tokens [from, to): not "announcing" or "to suggest", which are the speaker's. */
export function tensedCueIn(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const word = lowerOf(tokens[k]);
    const before = tokens[k - 1]?.text ?? '';
    // Nor a noun: "after the reports broke", "with an editor’s note".
    const noun = CLAUSE_DETERMINERS.has(lower(before)) || /['’]s$/.test(before);
    if (REPORT_CUES.has(word) && !word.endsWith('ing') && lower(before) !== 'to' && !noun) return true;
  }
  return false;
}

/** Where the verb of saying stands before a clause starting at `from`: right before it, or before its "that". */
export function cueOfClause(tokens: Token[], from: number): number {
  return lowerOf(tokens[from - 1]) === 'that' ? from - 2 : from - 1;
}

/**
 * Whether tokens[from] opens what "that" introduces, right after it or past its comma: "say that, even if they
 * wanted one, a recount …" opens on a phrase of the clause's own, as "say that even if …" does.
 */
export function afterThat(tokens: Token[], from: number): boolean {
  const before = tokens[from - 1]?.text === ',' ? from - 2 : from - 1;
  return lowerOf(tokens[before]) === 'that';
}
