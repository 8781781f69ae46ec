// "“…,” the study found", "“…,” census figures show", "“…,” read a banner": a short clause after a quote's
// comma credits the words to a source that carries words no one said aloud (a document, data, a sign), to a
// group, or to an answer from someone unnamed ("came the reply"). Whether or not a rule takes that source as the
// speaker, the words are not carried on from the speaker before. Not a recording ("a transcript shows", "the emails
// show": the speaker's own words on it), nor those who heard them ("jurors heard"), nor someone described or named
// ("the 29-year-old grinned", "smiles Reyes"), as likely the speaker going on.
import { wordLexicon } from './compromise-lexicon.ts';
import { isCarrierHead } from './credit-before.ts';
import { AUXILIARIES, REPORT_CUES } from './lexicon.ts';
import { isDocumentHead, isGroupPlural } from './speaker-like.ts';
import { isVerbForm } from './tensed-word.ts';
import { isWord, type Token } from './tokens.ts';

/** Whether tokens[from, to) after a quote are such a credit. */
export function sourceCreditAfter(tokens: Token[], from: number, to: number): boolean {
  const words: Token[] = [];
  for (let k = from; k < to && words.length <= MOST_WORDS; k++)
    if (isWord(tokens[k])) words.push(tokens[k] as Token);
  if (words.length < 2 || words.length > MOST_WORDS || OPENS_NO_CREDIT.has(lower(words[0]))) return false;
  // Not the noun a determiner opens: "survey" in "a survey from 2019 showed".
  const verb = words.findIndex((word, k) => isVerb(word) && !DETERMINERS.has(lower(words[k - 1])));
  if (verb < 0 || verb > LAST_VERB_AT) return false;
  // "the study found": the subject before the verb; "read a banner": after it.
  const subject = verb > 0 ? words.slice(0, verb) : words.slice(1);
  const head = headOf(subject);
  // "“…,” jurors heard", "“…,” the emails show": who heard the words, or where they are written down.
  if (head === null || RECORDINGS.has(head) || PERCEIVING.has(lower(words[verb]))) return false;
  return isDocumentHead(head) || isCarrierHead(head) || isGroupPlural(head) || ANSWERS.has(head);
}

/** The phrase's head: its last word before a preposition ("a survey from 2019"), in lower case, or null. */
function headOf(phrase: Token[]): string | null {
  let head: Token | undefined;
  for (const word of phrase) {
    if (PREPOSITIONS.has(lower(word))) break;
    if (!AUXILIARIES.has(word.text)) head = word;
  }
  return head && /^\p{Ll}/u.test(head.text) ? lower(head) : null;
}

function isVerb(token: Token): boolean {
  const word = token.text;
  if (!/^\p{Ll}/u.test(word) || AUXILIARIES.has(word) || COPULAS.has(word)) return false;
  return isVerbForm(token) || wordLexicon().verbs.has(word) || REPORT_CUES.has(word) || SHOW.has(word);
}

function lower(token: Token | undefined): string {
  return token?.text.toLowerCase() ?? '';
}

const MOST_WORDS = 12;
/** The credit's verb comes early: "the study found", "a survey from 2019 showed", "came the reply from …". */
const LAST_VERB_AT = 4;
/** Joining words, relatives and people's pronouns open no credit of a source: "“…,” he promises, and …". */
const OPENS_NO_CREDIT = new Set(
  'and but or as while because so then if when which who that where he she they i we'.split(' '),
);
const COPULAS = new Set(['are', 'were', 'be', 'been', 'being']);
const DETERMINERS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'his', 'her', 'their', 'some', 'many']);
/** "The data show": forms the lexicon files as nouns only. */
const SHOW = new Set(['show', 'shows']);
const PREPOSITIONS = new Set(['of', 'in', 'at', 'from', 'on', 'for', 'by', 'with']);
/** "“…,” came the reply from the back of the hall": words someone else called out. */
const ANSWERS = new Set('reply response answer retort shout shouts cry cries chant chants heckle'.split(' '));
/** Carriers of the speaker's own voice or hand. */
const RECORDINGS = new Set(
  `transcript transcripts recording recordings tape tapes video videos audio footage clip clips interview emails
  email messages texts records filings filing documents minutes notes logs post posts`.split(/\s+/),
);
const PERCEIVING = new Set(
  'heard hear hears learned learnt learn learns remember remembers recall saw see watched listened'.split(
    ' ',
  ),
);
