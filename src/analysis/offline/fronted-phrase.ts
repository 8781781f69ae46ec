// What opens the words reported. After a verb, "about" opens them only before a count ("said about half of …").
// In a sentence a credit closes ("…, Vasko said"), a short phrase of the reporter's ("Under the deal, the
// exchange is due …") is passed over. A longer one may open on a word no report opens on right after its verb
// ("said after the vote" gives a time), which dropped the report: now the words after its comma are reported
// ("After two decades on the river, the ferry will retire …"), or the whole sentence when it opens on a
// condition or a count of the speaker's ("Even if the ferry stopped, the town would survive").
import { SENTENCE_OPENERS } from './according-opening.ts';
import { PREPOSITIONS } from './clause-lead-in.ts';
import { INDIRECT_CUES } from './lexicon.ts';
import { isTensedWord } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/** Words that open no report right after its verb: "said after the vote", "spoke about the deal". */
export const NOT_CLAUSE_START = new Set(
  `of about against for on to with by even as after before despite during including`.split(/\s+/),
);

/** Words that focus the phrase after them: "agrees only on its opposition to …" agrees on a thing, no report. */
const FOCUSING = new Set('only mostly largely mainly chiefly primarily partly solely just'.split(' '));

/**
 * Whether reported words open on a phrase rather than a clause: "of flooding", and after "agree" (`cue`), "agrees
 * only on its opposition to …". Not "said only with a new leader could
 * …", "said mainly on economic grounds he would …": after a verb of saying a clause follows the phrase.
 */
export function opensOnPhrase(words: Token[], cue: string): boolean {
  const first = lowerOf(words[0]);
  if (NOT_CLAUSE_START.has(first)) return true;
  if (!FOCUSING.has(first) || !TAKES_PHRASE.has(cue) || !FOCUSED_TOPICS.has(lowerOf(words[1]))) return false;
  // "insisted mainly on procedural grounds the bill was flawed": a clause of its own follows the phrase; a verb
  // in a relative clause after "anything", "whatever" ("… to anything Reyes wants") is none.
  for (let k = 2; k < words.length && k < 14; k++) {
    const word = lowerOf(words[k]);
    if (word === 'that') return false;
    if (isTensedWord(words[k]) && !words.slice(k - 3, k).some((w) => RELATIVE_HEADS.has(lowerOf(w))))
      return false;
  }
  return true;
}
/** Prepositions that, after a focusing word, name what is agreed on or argued over. */
const FOCUSED_TOPICS = new Set(['on', 'with', 'against']);
/** Words a verb's relative clause follows without "that": "anything Reyes wants", "whatever they propose". */
const RELATIVE_HEADS = new Set(['anything', 'everything', 'whatever', 'what', 'something', 'nothing']);
/** Verbs of saying that take a thing with a preposition: "agree on", "agree with". */
const TAKES_PHRASE = new Set(['agree', 'agrees', 'agreed', 'agreeing']);

/** Opening words whose phrase the words reported need. */
const KEPT_WHOLE = new Set(['even', 'of', 'including', 'about']);

/** Joining words that open a sentence without a comma: "Yet the port …", "But the board …". */
const BARE_CONNECTIVES = new Set(['yet', 'but']);

/** How far a fronted phrase is looked through for its comma. */
const LONGEST_FRONT = 15;

export function leadIn(tokens: Token[], to: number): { from: number; fronted: boolean } | null {
  const first = lowerOf(tokens[0]);
  // "Meanwhile, the city has cut …, an aide said", "Yet the port …": the writer's link to the sentence before.
  if (SENTENCE_OPENERS.has(first) && tokens[1]?.text === ',' && !setOffCredit(tokens, 1))
    return { from: 2, fronted: false };
  if (BARE_CONNECTIVES.has(first) && isWord(tokens[1])) return { from: 1, fronted: false };
  // Only a clause opening the sentence with a preposition is searched for its comma, and only in four words.
  if (PREPOSITIONS.has(first)) {
    for (let k = 1; k <= 4 && k < tokens.length; k++)
      if ((tokens[k] as Token).text === ',')
        return setOffCredit(tokens, k) ? null : { from: afterLink(tokens, k + 1), fronted: false };
  }
  if (!NOT_CLAUSE_START.has(first)) return null;
  const last = Math.min(to, LONGEST_FRONT);
  let comma = 2;
  while (comma <= last && (tokens[comma] as Token).text !== ',') comma++;
  if (comma > last) return null;
  // "Even if the venture fails, Mr. Morgan said, he …": a credit inside the sentence is read as one (report-medial.ts).
  for (let k = comma + 1; k <= to; k++) if (INDIRECT_CUES.has(lowerOf(tokens[k]))) return null;
  // "Even if the ferry stopped, the town would survive" is the speaker's condition, and "Of the 121 detained, 77
  // have been deported", "Including late ballots, she leads" or "About 40 boats were lost" need what opens
  // them: kept whole. "Despite the mayor's plea, …", "As I mentioned above, …", "With the council's support, …"
  // frame the report in the reporter's words (an editor's read of the reports this kept whole): passed over.
  return KEPT_WHOLE.has(first) ? { from: 0, fronted: true } : { from: comma + 1, fronted: false };
}

/** "On Tuesday, however, the port …": the writer's link after the phrase goes with it. */
function afterLink(tokens: Token[], from: number): number {
  return SENTENCE_OPENERS.has(lowerOf(tokens[from])) && tokens[from + 1]?.text === ',' ? from + 2 : from;
}

/**
 * "In Lestria, Kiel said, the port …": a short credit set off by commas right after the phrase is read as one
 * (report-medial.ts), not as the start of the words reported. A verb further on ("On May 18, the day the deal
 * was announced, …") is the reporter's.
 */
function setOffCredit(tokens: Token[], comma: number): boolean {
  for (let k = comma + 1; k < tokens.length && k <= comma + 6; k++) {
    if ((tokens[k] as Token).text === ',') return false;
    if (!INDIRECT_CUES.has(lowerOf(tokens[k]))) continue;
    for (let j = k + 1; j < tokens.length && j <= k + 3; j++)
      if ((tokens[j] as Token).text === ',') return true;
    return false;
  }
  return false;
}

/** "said about 20 people", "said about half of …", "said about a third of …": "about" counts, opening a clause. */
export function countsAfter(words: Token[]): boolean {
  const next = words[1]?.text ?? '';
  if (/^\p{N}/u.test(next)) return true;
  const share = lowerOf(words[1]) === 'a' ? lowerOf(words[2]) : lowerOf(words[1]);
  return SHARES.has(share) && lowerOf(words[0]) === 'about';
}
const SHARES = new Set(['half', 'third', 'quarter', 'fifth', 'dozen', 'hundred', 'thousand', 'two-thirds']);

/**
 * "said despite the storm, the ferry would run": a concession and its comma, then the clause; the speaker's
 * own frame, as "that" before it would show. Only "despite": "said after the vote, …" may time the saying.
 */
export function concessionFirst(tokens: Token[], from: number, end: number): boolean {
  if (lowerOf(tokens[from]) !== 'despite') return false;
  for (let k = from + 2; k < end && k < from + 10; k++) if (tokens[k]?.text === ',') return true;
  return false;
}
