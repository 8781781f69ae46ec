// Whether a sentence of the story can be read on its own, out of its article: by a summary that picks two or
// three sentences, and by a key fact that shows one. It cannot when it points back to something said before
// ("He clarified…", "This comes after…", "Of that, $3 billion…"), names no one for its "she" or "they", is a
// question, is quotation first, or is page furniture that reads like a sentence.
import { isSpaceCode } from '../../util/word-count.ts';
import { namedAfterFrontedPhrase } from './cataphora.ts';
import type { Registry } from './entities.ts';
import { UPDATED_STAMP } from './furniture.ts';
import { leadingDatelineLength } from './lead-dateline.ts';
import { MONTHS, WEEKDAYS } from './lexicon.ts';
import { isOutletOpinion, JUDGEMENT } from './opinion.ts';
import { PRONOUN_GENDER } from './person-gender.ts';
import { lastIndexBefore } from './span-search.ts';
import { hasFiniteVerb } from './speaker-check.ts';

/**
 * A leading connective ties the sentence to the one before it; the fact reads as well without it. Two may
 * stand together ("And so it was …"): both go. "Instead of …" is no connective; nor is "Now 72, …": "now" is
 * one only before a pronoun, a determiner or a comma ("Now it has become …" leans on what came before), and
 * "Now that …" and "Now, though, …" open clauses of their own. "So did <name>" is no "so" of consequence: it
 * says <name> did what the sentence before told, and cut to "Did <name>" it says nothing (an editor's read).
 */
const CONNECTIVE =
  /^(?:(?:and|but)\s+(?=(?:so|yet|still|also|now)\b))?(?:but|and|so(?!\s+(?:too\s+)?(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b)|still|yet|also|however|meanwhile|moreover|indeed|instead(?!\s+of\b)|further|furthermore|now(?=,(?!\s*though\b)|\s+(?:it|he|she|they|we|this|these|those|there|the)\b))\b,?\s+/i;
/**
 * Openers that point back to something said before: "He raised…", "This comes after…", "Both men…", "The
 * statement came from…", "The latest candidate to…", "Pressing this question, …", "Namely, that …", "So did …".
 */
const ANAPHORIC_START =
  /^(?:(?:namely|in other words|that is)(?=,)|(?:so|neither|nor) (?:too )?(?:did|does|do|is|was|are|were|has|have|had|will|would|can|could|should)\b|he|she|they|it|this|that|these|those|his|her|their|its|such|both|the two|the three|(?:all|the) (?:two|three|four|five|six|seven|eight|nine|ten)\b(?!(?: [\w-]+){1,3} of\b)|the latter|the former|there|one(?! of (?:the|an?)\b)|another|the same(?!(?: [\w-]+){1,3} (?:that|as|which|who)\b)|(?:of|from|for|in|by|with|despite|after|before|under|on top of) (?:that|this|these|those|them|it|which)\b|on \w+ \d{1,2} that year\b|the \d+-year-old\b|the (?:[A-Z][a-z]+ )?(?:democrat|republican|senator|congressman|congresswoman|lawmaker|president|governor|mayor|minister|official|leader)\b(?! who\b)|the (?:statement|move|remarks|comments?|announcement|latest|news|exchange|incident|episode)\b|\w+ing (?:this|that|these|those)\b)\b/i;
/**
 * "The tabloid published …", "the service announced …", "The bill cleared the House …": a body, a document or
 * a plan by a common noun, the one the story named before. A key fact cannot say which; a summary can, when
 * it shows the sentence before too. Lower case only ("The Department of Justice" names itself), and not when
 * the words after say which ("the practice of …", "the plan that …", "The survey, conducted by the Harbour
 * Institute, …").
 */
const NAMED_BEFORE_START =
  /^[Tt]he (?:tabloid|newspaper|paper|network|service|department|agency|ministry|company|firm|group|organi[sz]ation|project|study|report|survey|bill|measure|legislation|proposal|practice|program|programme|panel|committee|plan|deal|policy)\b(?!['’]s\b| (?:of|that|which|who|to|for|in|on|by)\b|, (?:known|called|named|dubbed|titled|led|written|which|[a-z]+ed)\b)/;
/** "Democrats opposed it because …", "Reyes elevated them to …": a past verb's "it" or "them", named before. */
const OBJECT_NAMED_BEFORE =
  /^(?:[\w'’.-]+ ){1,3}\w+ed (?:it|them)(?=\s*[,.;:“"]|\s+(?:because|to|in|as|for|on|at|after|when|with)\b)/i;
/** Whether the sentence opens on a body, document or plan the story named before, or on a verb's "it" for one. */
export function opensOnNamedBefore(head: string): boolean {
  return NAMED_BEFORE_START.test(head) || OBJECT_NAMED_BEFORE.test(head);
}
/**
 * Openers that draw a sentence from the one before: "As a result, the ferries …", "Regardless, …", "From there,
 * members …". Shown alone, the sheet's reader has no idea what it follows from. A time told from the event
 * before ("Moments later, …", "Later that night, …") would date itself from whatever the sheet showed before.
 */
const CONSEQUENCE_START =
  /^(?:(?:as such|as a result|as a consequence|without fail|regardless|from there|by then|in response|after all|even so|in turn),|(?:consequently|therefore|thus(?! far)|hence|nonetheless|nevertheless|likewise|similarly|otherwise)\b|(?:\w+ )?(?:moments|seconds|minutes|hours|days|weeks|months|years) (?:later|afterwards?|after that)\b|(?:shortly|soon) (?:afterwards?|thereafter)\b|(?:shortly|soon) after(?=,| that\b)|(?:afterwards?|thereafter)\b|later(?:,| (?:that|the same|in the) (?:day|night|morning|afternoon|evening|week)\b)|the (?:next|following) (?:day|morning|night|week)\b)/i;
/**
 * "those efforts", "these rules": what they are, the sentence before said. Not "those who …", "those polled",
 * "those in power", "these days": people or times the words themselves describe.
 */
const DEMONSTRATIVE_NOUN =
  '(?:those|these) (?!(?:who|whom|which|of|in|at|on|for|with|from|that|are|were|may|might|between|about|put|less|more|most|not|over|under|ages|aged|days|years|people)\\b|[a-z]+(?:ing|ed)\\b)[a-z]+';
/**
 * Words that end a sentence leaning on one before it: "… did the same.", "… has drawn similar criticism.",
 * "… declined to go that far", "Rep. Lyle Moss also demurred.", "who sat in on the smaller session",
 * "… dismissed those efforts" (see DEMONSTRATIVE_NOUN),
 * "… met the former governor", "On Monday, the former mayor said". Not "the former" in apposition: "Reyes,
 * the former mayor, pleaded guilty" names him first.
 */
const LEANING_PHRASES =
  'did the same|the same thing|similar criticism|similar concerns|that year|that far|also [a-z]+ed(?=\\.?\\s*$)|the (?:smaller|larger|bigger|earlier) (?!hand\\b)[a-z]+';
const ANAPHORIC_WORDS = new RegExp(
  `\\b(?:${LEANING_PHRASES}|the latter|the former|${DEMONSTRATIVE_NOUN})\\b`,
  'i',
);
const PERSONAL_PRONOUN = /\b(?:he|she|him|his|her|hers|himself|herself)\b/gi;
/** Furniture that reads like a sentence: update stamps, print notes, credits, calls to follow. */
const FURNITURE_START =
  /^(?:update[sd]?\b|correction\b|clarification\b|editor['’]?s note|a version of this (?:article|story)|this (?:article|story) (?:was|has been|originally)|follow\b|click\b|watch\b|read more\b|sign up\b|contact\b|email\b|photo\b)/i;
/** A credit anywhere in the sentence; apart from FURNITURE_START, it is searched for its own first letters. */
const CREDIT = /\bcontributed (?:reporting|to this report)\b/i;
/** Characters to skip at the start of a sentence: spaces, a dateline, a connective ("But", "Meanwhile,"). */
export function leadLength(sentence: string): number {
  let at = sentence.length - sentence.trimStart().length;
  // "Updated: Reyes on Sunday said …": the stamp is the page's, the sentence after it the story's lede.
  at += UPDATED_STAMP.exec(sentence.slice(at))?.[0].length ?? 0;
  at += leadingDatelineLength(sentence.slice(at));
  const connective = CONNECTIVE.exec(sentence.slice(at));
  return connective ? at + connective[0].length : at;
}

/**
 * What the summary and the key facts both ask of a sentence from its lead: it opens badly, is the outlet's
 * opinion, or leads in to something with a colon. Kept per sentence by sentence-reads.ts, so the two ask once.
 */
export function readsBadly(head: string): boolean {
  return (
    opensBadly(head) ||
    // "<tweet author=…>I teach that age group": a page's markup pasted with the text is no one's sentence.
    MARKUP.test(head) ||
    endsWithColon(head) ||
    unbalancedQuotes(head) ||
    (ANYWHERE.test(head) && (leansBack(head) || CREDIT.test(head) || isOutletOpinion(head)))
  );
}

const MARKUP = /<\/?[a-z][\w-]*(?:\s[^<>]*)?>/i;

/**
 * "…posted to her page: “For what it is worth, I like my brother.": a quote that runs on into the next paragraph (or
 * one the outlet left open) would run on, in the summary, into the sentences shown after it. Its marks are
 * counted together, curly and straight: copy that closes “…" or "…” with the other kind still pairs them.
 */
function unbalancedQuotes(head: string): boolean {
  let marks = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head.charCodeAt(i);
    if (c === 0x201c || c === 0x201d || c === 34) marks++;
  }
  return marks % 2 === 1;
}

/** ANAPHORIC_WORDS, but not "the former" or "the latter" in apposition (see there). */
function leansBack(head: string): boolean {
  if (!ANAPHORIC_WORDS.test(head)) return false;
  if (OTHER_ANAPHORIC_WORDS.test(head)) return true;
  for (const match of head.matchAll(DEMONSTRATIVE)) if (!toldInSentence(head, match)) return true;
  for (const match of head.matchAll(FORMER)) {
    // "… against Ada Kiel after the former adviser declined …": the sentence has named whom it means.
    if (NAME_BEFORE.test(head.slice(1, match.index))) continue;
    if (!head.endsWith(', ', match.index) || head.endsWith('day, ', match.index)) return true;
  }
  return false;
}

const OTHER_ANAPHORIC_WORDS = new RegExp(`\\b(?:${LEANING_PHRASES})\\b`, 'i');
const FORMER = /\bthe (?:latter|former)\b/gi;
const DEMONSTRATIVE = new RegExp(`\\b${DEMONSTRATIVE_NOUN}\\b`, 'gi');

/**
 * "… 22 emails … and will not release those emails", "Republicans who …" after "those": the sentence says
 * itself which are meant, by the noun before ("emails", "emergencies" for "those prior emergencies") or a
 * relative clause after.
 */
function toldInSentence(head: string, match: RegExpMatchArray): boolean {
  const at = match.index ?? 0;
  if (/^(?:\s+[\w-]+){0,2}\s+(?:who|that|which)\b/i.test(head.slice(at + match[0].length))) return true;
  // The word after "those" and the one after it ("those prior emergencies"), met before in the sentence.
  const before = head.slice(0, at).toLowerCase();
  const words = head.slice(at).split(/\s+/, 4).slice(1, 3);
  return words.some((word) => {
    const stem = word
      .toLowerCase()
      .replace(/[^a-z]/g, '')
      .slice(0, 5);
    return stem.length > 3 && new RegExp(`\\b${stem}`).test(before);
  });
}
const NAME_BEFORE = /\s\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u;

/**
 * The three patterns readsBadly looks for anywhere in the head (words that lean back, a credit, the outlet's
 * judgement) as one: most heads hold none of them, and one search of the head now answers for the three
 * searches it took. Only a head it finds something in is asked which.
 */
const ANYWHERE = new RegExp(
  [ANAPHORIC_WORDS, CREDIT, JUDGEMENT].map((pattern) => pattern.source).join('|'),
  'i',
);

/**
 * True when the sentence (from its lead) refers back at its start, is furniture, opens with a quote or asks a
 * question; the words that refer back further in are readsBadly's to find (ANYWHERE).
 */
function opensBadly(head: string): boolean {
  return (
    ANAPHORIC_START.test(head) ||
    CONSEQUENCE_START.test(head) ||
    FURNITURE_START.test(head) ||
    /^[“"‘'(]/.test(head) ||
    endsWithQuestion(head) ||
    subordinateOnly(head) ||
    pronounAfterPhrase(head)
  );
}

/**
 * "In 2010, he said …", "Of the scrutiny, she said, …": an opening phrase that names no one (no capital past its
 * first word but a day or a month), then a pronoun as the subject, which stands for someone outside the sentence.
 */
function pronounAfterPhrase(head: string): boolean {
  const match = OPENING_THEN_PRONOUN.exec(head);
  if (!match) return false;
  return (match[1] ?? '').split(/\s+/).every((word) => !/^\p{Lu}/u.test(word) || isCalendarName(word));
}
const OPENING_THEN_PRONOUN =
  /^(?:In|On|Of|At|After|Before|During|Since|For|With|Asked about|Speaking)\b([^,]{0,60}),\s(?:he|she|they)\s/;
/** "Monday", "March": capitalised, yet no one's name. */
function isCalendarName(word: string): boolean {
  const key = word.toLowerCase().replace(/[^a-z]+$/, '');
  return WEEKDAYS.has(key) || MONTHS.includes(key);
}

/*
 * The two ends below are read back from the last character: their patterns (`/:\s*$/`, `/\?["”’']?\s*$/`) were
 * tried from every character of the sentence.
 */

/** `/:\s*$/`: a colon, then only whitespace. */
function endsWithColon(head: string): boolean {
  return head.charCodeAt(lastNonSpace(head)) === 58;
}

/** `/\?["”’']?\s*$/`: a question mark, perhaps one closing quote, then only whitespace. */
function endsWithQuestion(head: string): boolean {
  let at = lastNonSpace(head);
  if (at > 0 && QUOTE_MARKS.includes(head.charAt(at))) at--;
  return head.charCodeAt(at) === 63;
}

const QUOTE_MARKS = '"”’\'';

/** Index of the last character that is not `\s`, or -1. */
function lastNonSpace(text: string): number {
  let at = text.length - 1;
  while (at >= 0 && isSpaceCode(text.charCodeAt(at))) at--;
  return at;
}

/**
 * "While Sen. Brian Schatz, in an interview, called it “shocking.”": a subordinate clause with no main clause
 * after it. The clause must hold its own verb before the first comma for a main clause to follow it.
 */
function subordinateOnly(head: string): boolean {
  const opener = /^(?:while|although|though|whereas|because|unless)\s+/i.exec(head);
  if (!opener) return false;
  const clause = head.slice(opener[0].length).split(',')[0] as string;
  return !hasFiniteVerb(clause, true) || !head.includes(',');
}

/**
 * "…she said" with no one named before "she" in the sentence: the reader of a fact sheet cannot know who.
 * A person named earlier in the same sentence is what the pronoun refers to, and then the claim stands.
 */
export function leansOnPronoun(
  registry: Registry,
  sentenceIndex: number,
  start: number,
  evidence: string,
): boolean {
  PERSONAL_PRONOUN.lastIndex = 0;
  const pronoun = PERSONAL_PRONOUN.exec(evidence);
  if (!pronoun) return false;
  const at = start + pronoun.index;
  // "Kiel did drive her home, she said": a named man is no "she"; the one the credit names must be able to be.
  const credited = CLOSING_CREDIT.exec(evidence)?.[1]?.toLowerCase() ?? null;
  // Mentions are in text order: only those from `start` on are read, not the whole article's for each claim.
  const mentions = registry.mentions;
  for (let i = lastIndexBefore(mentions, start, (m) => m.start) + 1; i < mentions.length; i++) {
    const m = mentions[i] as Registry['mentions'][number];
    if (m.start >= at) break;
    if (m.sentence !== sentenceIndex || m.entity.kind !== 'person') continue;
    if (credited === null || sameGender(m, credited)) return false;
  }
  return !namedAfterFrontedPhrase(registry, evidence, start, at, pronoun[0]);
}

const CLOSING_CREDIT = /,\s+(he|she)\s+(?:said|says|added|recalled|told)\b[^“”"]*$/i;

/** Whether the person named may be the closing credit's "he" or "she". */
function sameGender(named: Registry['mentions'][number], pronoun: string): boolean {
  return named.entity.gender === null || named.entity.gender === PRONOUN_GENDER.get(pronoun);
}

const THEY = /\b(?:they|them|their|theirs|themselves)\b/i;
/** Words that open a sentence without naming anyone: "Some say they…" has no one for "they". */
const NAMES_NO_ONE = new Set([
  'some',
  'many',
  'most',
  'few',
  'several',
  'all',
  'others',
  'the',
  'a',
  'an',
  'it',
]);

/** "They" needs a group named before it in the claim: a capitalised name ("Democrats") or a plural noun. */
export function leansOnThey(evidence: string): boolean {
  const pronoun = THEY.exec(evidence);
  if (!pronoun) return false;
  const before = evidence.slice(0, pronoun.index).split(/\s+/).filter(Boolean);
  return !before.some((word, index) => {
    const bare = word.replace(/[^\p{L}'’-]/gu, '');
    if (index === 0 && NAMES_NO_ONE.has(bare.toLowerCase())) return false;
    return /^\p{Lu}/u.test(bare) || (/^\p{Ll}{3,}s$/u.test(bare) && !/(?:ss|us|is)$/.test(bare));
  });
}
