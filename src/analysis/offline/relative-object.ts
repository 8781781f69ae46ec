// "Analysts who have met Ilse Brandt say …", "Members who voted to reopen the harbour said …": the phrase
// read back from the verb of saying is the object inside a relative clause, and the speaker is the noun the
// clause belongs to. A government was shown as the speaker of a party's view (an editor's read).
import { cueOfClause } from './clause-lead-in.ts';
import {
  AUXILIARIES,
  INDIRECT_CUES,
  inPronouns,
  MONTHS,
  THAT_CLAUSE_CUES,
  TIME_NOUNS,
  WEEKDAYS,
} from './lexicon.ts';
import { DETERMINERS } from './noun-phrase.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { isPastForm, isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** How many words of the clause's verb a determiner-opened object may stand after: "voted to reopen". */
const VERB_WORDS = 3;

/**
 * The index of the "who" that opens a relative clause whose verb or object starts the phrase at `from` ("who
 * heard Tomas Reyes", "who have met Ilse Brandt", "who voted to reopen the harbour"), or -1. A phrase
 * opening on a determiner is a subject of its own unless a lower-case verb and "who" stand right before it; one
 * opening on a capital, unless "who" and a tensed verb do ("A woman who has accused Tomas Reyes of fraud said").
 */
export function relativeBefore(tokens: Token[], from: number, lo: number): number {
  const linked = afterVerbAndPreposition(tokens, from, lo);
  if (linked >= 0) return linked;
  const first = tokens[from] as Token;
  const word = lowerOf(first);
  if (inPronouns(word)) return -1;
  if (!/^\p{Ll}/u.test(first.text)) return whoBeforeVerb(tokens, from, lo);
  let k = from - 1;
  if (DETERMINERS.has(word)) {
    // Back over the clause's verb ("voted to reopen"), never over a preposition: "who spoke at the rally" is
    // not the rally's clause, and "the rally" no object.
    for (let steps = 0; steps < VERB_WORDS && k > lo && isVerbWord(tokens[k]); steps++) k--;
    if (k === from - 1) return agentWho(tokens, k, lo);
  } else while (k >= lo && AUXILIARIES.has(lowerOf(tokens[k]))) k--;
  if (k > lo && whoAfterWord(tokens, k)) return k;
  // "who has accused former Governor Tomas Reyes": a title before the name.
  return DETERMINERS.has(word) ? -1 : whoBeforeVerb(tokens, from, lo);
}

/**
 * "Officials who spoke with reporters said", "supporters who heard from the Varga campaign say": a verb and a
 * preposition before the phrase, "who" before them. Read as a subject of its own, the phrase, a preposition's
 * object, had no report at all, or took the group's (a campaign shown saying its supporters' view).
 */
function afterVerbAndPreposition(tokens: Token[], from: number, lo: number): number {
  // "… for Vance or Reyes or Lena Marr said": the preposition stands before the list's first name.
  const start = nameListStart(tokens, from, lo);
  if (!LINKS.has(lowerOf(tokens[start - 1]))) return -1;
  let k = start - 2;
  for (let steps = 0; steps < VERB_WORDS && k > lo && isVerbWord(tokens[k]); steps++) k--;
  if (k < start - 2 && k > lo && whoAfterWord(tokens, k)) return k;
  // "county chairs who’d sooner be out knocking on doors for Vance or Lena Marr said": a longer clause of
  // lower-case words, read back to its "who" for a list of names only (one name after a long clause may well
  // be a subject of its own).
  return start < from ? longClauseWho(tokens, start - 2, lo) : -1;
}
const LINKS = new Set(['with', 'to', 'at', 'on', 'for', 'in', 'about', 'from', 'by']);

/**
 * The "who" before a name that is its clause's object: "who accused Tomas Reyes", "who has long backed Ann
 * Roe", "who supported Kiel and Dale", "who backed former Governor Tom Reyes", "who wrote the speech delivered by
 * Ann Roe". Only a tensed verb before the name (or its list, past its title), after its helpers and adverbs, and
 * never a verb that takes a clause or a form of "be": in "a clerk who confirmed Reyes said …" and "who were
 * Reyes aides" the name opens a clause or a phrase of its own.
 */
function whoBeforeVerb(tokens: Token[], from: number, lo: number): number {
  let k = nameListStart(tokens, from, lo) - 1;
  // "backed former Governor Tom Reyes", "sued the billionaire Ann Roe": lower-case words of the name's title.
  for (let steps = 0; steps < 2 && k > lo && isTitleWord(tokens[k]); steps++) k--;
  if (lowerOf(tokens[k]) === 'by') return agentWho(tokens, k, lo);
  const verb = lowerOf(tokens[k]);
  if (!isVerbForm(tokens[k]) || TAKES_CLAUSE.has(verb) || TENSED_HELPERS.has(verb)) return -1;
  k--;
  while (k > lo && (TENSED_HELPERS.has(lowerOf(tokens[k])) || isClauseAdverb(lowerOf(tokens[k])))) k--;
  return k > lo && whoAfterWord(tokens, k) ? k : -1;
}

/**
 * A lower-case word of a title before a name ("former", "the", "billionaire"): no verb, no preposition, and not
 * "that", which opens a clause ("who knew that Governor Reyes …").
 */
function isTitleWord(token: Token | undefined): boolean {
  return (
    /^\p{Ll}+$/u.test(token?.text ?? '') &&
    !isVerbForm(token) &&
    !PREPOSITIONS.has(lowerOf(token)) &&
    lowerOf(token) !== 'that'
  );
}

/**
 * A participle's agent inside a relative clause ("who wrote the speech delivered by the mother", "read by Ann
 * Roe"): the "who" of the clause the participle's noun ends, when the token at `k` is "by"; or -1.
 */
function agentWho(tokens: Token[], k: number, lo: number): number {
  if (lowerOf(tokens[k]) !== 'by' || !/^\p{Ll}+$/u.test(tokens[k - 1]?.text ?? '')) return -1;
  // The noun may be a name ("The lifelong Republican who wrote …"): the agent is never it.
  return longClauseWho(tokens, k - 2, lo, true);
}

/** The first name of a list ("Vance or Reyes or Lena Marr", "Vance, Reyes and Marr") ending with the one at `from`. */
function nameListStart(tokens: Token[], from: number, lo: number): number {
  // The last name comes after "or" or "and": a comma alone ("Asked about those who voted for Ryan, Pelosi said")
  // closes an opening phrase, not a list; nor is ", and" before a clause's subject one ("… on Monday, and police
  // said"), unless an earlier comma lists a third name.
  const last = lowerOf(tokens[from - 1]);
  if ((last !== 'or' && last !== 'and') || !isListName(tokens[from])) return from;
  let start = from;
  let serial = false;
  for (let k = from - 1; k - 1 >= lo && LIST_JOINS.has(lowerOf(tokens[k])); ) {
    // ", and" (a serial comma): one join.
    if (tokens[k - 1]?.text === ',' && k - 2 >= lo) {
      serial = true;
      k--;
    }
    let name = k - 1;
    while (name - 1 >= lo && isListName(tokens[name - 1]) && !LIST_JOINS.has(lowerOf(tokens[name - 1])))
      name--;
    if (!isListName(tokens[name])) break;
    if (serial && start === from && tokens[name - 1]?.text !== ',') return from;
    start = name;
    k = name - 1;
  }
  return start;
}
const LIST_JOINS = new Set([',', 'or', 'and']);

/** A capitalised word that may be part of a name: not a day or a month ("on Monday, and …"; May is a surname too). */
function isListName(token: Token | undefined): boolean {
  if (token?.word !== true || !/^\p{Lu}/u.test(token.text)) return false;
  const word = lowerOf(token);
  return !WEEKDAYS.has(word) && (word === 'may' || !MONTHS.includes(word));
}

/** How many words a relative clause read back over may hold: "’d sooner be out knocking on doors". */
const LONG_CLAUSE = 10;

/**
 * The "who" (with its noun before it) that opens a clause of lower-case words ending at tokens[end], or -1. The
 * clause holds one verb of its own, after its helpers ("who’d sooner be out knocking", "who had spent the summer
 * campaigning"): a later tensed verb is the sentence's ("the men who attacked the guard were still at large in
 * Dalton and …"), and a verb before "who" makes it a question's ("would not say who was invited").
 */
function longClauseWho(tokens: Token[], end: number, lo: number, capitalNoun = false): number {
  let verbs = 0;
  for (let k = end; k > lo && end - k < LONG_CLAUSE; k--) {
    const token = tokens[k] as Token;
    if (isWho(token)) {
      const noun = tokens[k - 1];
      const helpers = TENSED_HELPERS.has(lowerOf(tokens[k + 1])) ? 1 : 0;
      const question = isVerbForm(noun) || ASKING.has(lowerOf(noun)); // "It was unclear who sent …"
      return isWord(noun) && (capitalNoun || /^\p{Ll}/u.test(noun.text)) && !question && verbs <= 1 + helpers
        ? k
        : -1;
    }
    // Lower-case words only: no comma, quote or name, and no verb of saying or relative of another clause.
    if (!token.word || !/^\p{Ll}/u.test(token.text) || CLAUSE_BREAKS.has(lowerOf(token))) return -1;
    if (isVerbForm(token) || TENSED_HELPERS.has(lowerOf(token))) verbs++;
  }
  return -1;
}
/** "who", or "who’d", "who'll" with its helper glued on. */
function isWho(token: Token | undefined): boolean {
  return /^who(?:['’](?:d|ll|ve|re))?$/.test(lowerOf(token));
}

/** "who" after a word: "Critics who sued …", "a builder who said …"; not a question's "Who …". */
function whoAfterWord(tokens: Token[], k: number): boolean {
  return isWho(tokens[k]) && isWord(tokens[k - 1]);
}

/** "once", "long", "previously": an adverb between a relative's helpers and its verb. */
function isClauseAdverb(word: string): boolean {
  return isAdverb(word) || CLAUSE_ADVERB_WORDS.has(word);
}
const CLAUSE_ADVERB_WORDS = new Set(
  'once long also never often still always already just first later even ever'.split(' '),
);

/** Words before a question's "who": "unclear who", "not sure who". */
const ASKING = new Set(['unclear', 'clear', 'known', 'unknown', 'sure', 'certain', 'uncertain']);
const CLAUSE_BREAKS = new Set(['said', 'says', 'say', 'told', 'that', 'which', 'whom', 'whose']);
/** Verbs whose object may open a clause of its own: "who confirmed Reyes said …", "who believe Reyes is …". */
const TAKES_CLAUSE = new Set([
  ...INDIRECT_CUES,
  ...THAT_CLAUSE_CUES,
  ...CLAUSE_BREAKS,
  'believed',
  'believes',
  'thought',
  'thinks',
  'knew',
]);

function isVerbWord(token: Token | undefined): boolean {
  if (!token?.word || !/^\p{Ll}/u.test(token.text)) return false;
  const word = lowerOf(token);
  return (
    word !== 'who' && word !== 'that' && (word === 'to' || !PREPOSITIONS.has(word)) && !DETERMINERS.has(word)
  );
}

const PREPOSITIONS = new Set('at in on of for with from by about against into over under near'.split(' '));

/** Adverbs the modifier skip leaves before a verb of saying: "almost universally say", "also said". */
const CLAUSE_ADVERBS = new Set(['almost', 'also', 'still', 'often', 'never', 'always', 'nearly', 'now']);

/** The most words a relative clause may hold to be shown as part of its speaker. */
const SHOWN_CLAUSE = 8;

/**
 * A description keeps its short relative clause, which says which of them spoke: "Democrats who voted to reopen
 * the port said …" is not all Democrats (an editor's read). A name needs none.
 */
export function withClause(
  ref: SpeakerRef | null,
  tokens: Token[],
  who: number,
  end: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  if (ref === null || ref.kind === 'pronoun' || end - who > SHOWN_CLAUSE) return ref;
  // "… who run news outlets almost universally say": the adverbs before the verb of saying are its own.
  let last = end;
  while (last > who + 1 && CLAUSE_ADVERBS.has(lowerOf(tokens[last]))) last--;
  const clauseEnd = (tokens[last] as Token).end;
  if (ref.kind === 'phrase') return { ...ref, text: ctx.text.slice(ref.at, clauseEnd) };
  // A group named like a body ("Democrats", "Senate Republicans") is described the same way; a person is not.
  const { mention } = ref;
  if (mention.entity.kind === 'person') return ref;
  const text = ctx.text.slice(mention.start, clauseEnd);
  return { kind: 'phrase', text, head: lowerOf(tokens[who - 1]), at: mention.start };
}

/**
 * "a forum that only three candidates said they would attend": the verb of saying stands in a relative clause
 * on a noun, and the report it gives lacks its object (the forum), which stands before: "they would attend" is
 * no claim anyone made. So with the "that" left out ("the 12,000 jobs he and Ruiz say the plan would create")
 * and with a time after the verb ("the thing that aides said he should have done last week"). Only when the
 * report ends on a helper and its verb; "the plan that officials said would cost $5 million" keeps its words.
 */
export function objectGapReport(tokens: Token[], from: number, end: number): boolean {
  const cue = cueOfClause(tokens, from);
  let relative = -1;
  // Within ten tokens: "an approach that some of Mr. Reyes’s former aides say", a title's dot passed over.
  for (let k = cue - 1; k >= 1 && cue - k <= 10; k--) {
    const word = lowerOf(tokens[k]);
    if (k < cue - 1 && (word === 'that' || word === 'which')) relative = k;
    else if (GAP_SUBJECTS.has(word) && NOUN_BEFORE.test(tokens[k - 1]?.text ?? '')) relative = k;
    if (!isWord(tokens[k]) && tokens[k]?.text !== '.') break;
  }
  if (relative < 1 || !isWord(tokens[relative - 1])) return false;
  let last = end;
  if (TIME_NOUNS.has(lowerOf(tokens[last])) && LAST_OR_THIS.has(lowerOf(tokens[last - 1]))) last -= 2;
  // A verb after its helper ends it, the lexicon being short of bare verbs ("attend", "sign"): "would create",
  // "should have done".
  if (lowerOf(tokens[last - 1]) === 'have' || lowerOf(tokens[last - 1]) === 'be') last--;
  if (ENDING_HELPERS.has(lowerOf(tokens[last - 1])) && isWord(tokens[last])) return true;
  // "a doctrine that aides say the mayor never truly grasped": a tensed verb ends it, its object the noun before;
  // not after a preposition ("a call in which organisers said 400 members took part": nothing is missing).
  if (PREPOSITIONS.has(lowerOf(tokens[relative - 1]))) return false;
  let subject = last - 1;
  while (subject > from && GAP_ADVERBS.test(lowerOf(tokens[subject]))) subject--;
  // A passive ("was not being replaced") is whole.
  if (AUXILIARIES.has(lowerOf(tokens[subject])) || PASSIVE_BE.has(lowerOf(tokens[subject]))) return false;
  return (
    subject >= from && isPastForm(tokens[last]) && isWord(tokens[subject]) && !isVerbForm(tokens[subject])
  );
}
const PASSIVE_BE = new Set(['be', 'been', 'being']);
/** Adverbs between a subject and its verb: "never", "not", "fully", "truly". */
const GAP_ADVERBS = /^(?:never|not|ever|always|once|still|\p{Ll}+ly)$/u;
const ENDING_HELPERS = new Set(['would', 'will', 'could', 'should', 'can', 'might', 'may', 'must', 'to']);
/** A pronoun opening a relative clause whose "that" is left out, and the plain plural noun it follows. */
const GAP_SUBJECTS = new Set(['he', 'she', 'they', 'we']);
const NOUN_BEFORE = /^\p{Ll}+s$/u;
const LAST_OR_THIS = new Set(['last', 'this', 'next']);
