// "Reyes said he would end the grain tariff, a duty that only the assembly could repeal": a closing
// apposition with a relative clause glosses the report for the reader. It is the outlet's explanation, often
// what the speaker would dispute, and is not shown as his report.
import { isPastForm } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Relative words that open the gloss's own clause: "a right that …", "a panel which …", "a man who …". */
export const RELATIVES = new Set(['that', 'which', 'who', 'whose']);
const OWNERS = new Set(['his', 'her', 'their', 'its']);
/** "his latest …", "her newest …": the outlet placing the statement in a series of its own telling. */
const LABELS = new Set(['latest', 'newest', 'most']);
const HEDGES = new Set(['could', 'may', 'might']);
/** How many words the gloss's noun phrase may run before its relative word. */
const MOST_NOUN_WORDS = 8;

/**
 * Whether the comma at `comma` opens an apposition glossing the report: "a/an NOUN … that/which/who …",
 * "his/her latest …", "which could …", "which" and a past verb, or "part of …", running to the sentence's end.
 */
export function glossesReport(tokens: Token[], comma: number): boolean {
  if (tokens[comma]?.text !== ',') return false;
  const article = lowerOf(tokens[comma + 1]);
  // "…, his latest bid to rally the base …": the outlet's label for what was said, running to the end.
  if (OWNERS.has(article) && LABELS.has(lowerOf(tokens[comma + 2]))) return runsToEnd(tokens, comma + 3);
  // "…, which could give him a boost with voters": the outlet weighing what was said, to the sentence's end.
  if (article === 'which' && HEDGES.has(lowerOf(tokens[comma + 2]))) return runsToEnd(tokens, comma + 3);
  // "…, which means the strike will go on": the outlet drawing the consequence, to the sentence's end.
  if (article === 'which' && infers(tokens, comma + 2)) return runsToEnd(tokens, comma + 3);
  // "dismissed the story, which spread across the capital by noon": the outlet's account of what happened.
  if (article === 'which' && isPastForm(tokens[comma + 2])) return runsToEnd(tokens, comma + 3);
  // "…, part of a rash of orders Mr. Reyes has issued": the outlet placing the act in a series, to the end.
  if (article === 'part' && lowerOf(tokens[comma + 2]) === 'of') return runsToEnd(tokens, comma + 3);
  // "…with Ada Roe, the radio host, who is not known for patience": who the person named is, to the end.
  if (article === 'who' && afterApposition(tokens, comma)) return runsToEnd(tokens, comma + 2);
  // "…, the first time it has published the figure": the outlet placing the statement in its record, to the end.
  if (article === 'the' && NTH.has(lowerOf(tokens[comma + 2])) && lowerOf(tokens[comma + 3]) === 'time')
    return runsToEnd(tokens, comma + 4);
  if (article !== 'a' && article !== 'an') return false;
  for (let k = comma + 2; k < tokens.length && k - comma <= MOST_NOUN_WORDS + 2; k++) {
    const token = tokens[k] as Token;
    // "…, a tax, a levy and a fee": a list, not one phrase that glosses.
    if (!token.word) return false;
    if (RELATIVES.has(lowerOf(token))) return runsToEnd(tokens, k + 1);
    // "…, a clear signal to the board about his pace": a noun that sums the act up, and what it points to.
    if (SUMMING_NOUNS.has(lowerOf(token)) && POINTING.has(lowerOf(tokens[k + 1])))
      return runsToEnd(tokens, k + 2);
    // "…, a claim contradicted by the audit office": the outlet's verdict on what was said.
    if (CLAIM_NOUNS.has(lowerOf(token)) && verdictAt(tokens, k + 1)) return runsToEnd(tokens, k + 2);
  }
  return false;
}
/** Nouns by which an outlet sums up what an act or a statement amounts to: "a signal to donors", "a nod to …". */
const SUMMING_NOUNS = new Set(
  'message signal sign nod reference swipe jab dig rebuke gesture indication hint reminder'.split(' '),
);
/** What a statement is called when the outlet weighs it: "a claim disputed by …", "an assertion rejected by …". */
const CLAIM_NOUNS = new Set(
  'claim claims assertion allegation allegations charge charges contention accusation accusations argument'.split(
    ' ',
  ),
);
/** "disputed", "not supported", "widely rejected", "first made": what became of a claim (not "a charge related to"). */
function verdictAt(tokens: Token[], at: number): boolean {
  const word = lowerOf(tokens[at]);
  const verdict = word === 'not' || word === 'first' || word.endsWith('ly') ? lowerOf(tokens[at + 1]) : word;
  return VERDICTS.has(verdict);
}
const VERDICTS = new Set(
  `contradicted disputed denied rejected refuted challenged dismissed debunked questioned doubted contested
  rebutted undercut undermined supported backed echoed repeated made`.split(/\s+/),
);
const NTH = new Set('first second third fourth fifth only last latest'.split(' '));
const POINTING = new Set(['about', 'of', 'to', 'at', 'that', 'toward', 'towards']);

/** "Ada Roe, the radio host" before the comma at `comma`: a capitalised name, a comma and "the" or "a" phrase. */
function afterApposition(tokens: Token[], comma: number): boolean {
  for (let k = comma - 1; k > 1 && comma - k <= MOST_NOUN_WORDS; k--) {
    const token = tokens[k] as Token;
    if (!token.word) return false;
    const word = lowerOf(token);
    if (word === 'the' || word === 'a' || word === 'an')
      return tokens[k - 1]?.text === ',' && /^\p{Lu}/u.test(tokens[k - 2]?.text ?? '');
  }
  return false;
}

/** "means", "suggests", "would mean": a verb that draws a consequence from what was said. */
function infers(tokens: Token[], at: number): boolean {
  const word = lowerOf(tokens[at]);
  return INFERRING.has(word) || (word === 'would' && lowerOf(tokens[at + 1]) === 'mean');
}
const INFERRING = new Set(['means', 'meant', 'suggests', 'implies', 'signals']);

/** "…, a panel that reviews the rules, is investigating": a gloss closed by a comma sits inside the report. */
function runsToEnd(tokens: Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k++) {
    const text = (tokens[k] as Token).text;
    if (text === ',' || text === ';') return false;
  }
  return true;
}

/**
 * tokens[from..to] cut before a dash that opens such a gloss ("… the ferry rebate ― a right written into the
 * charter that only a vote could change") or a contrast. Typed dashes leave no token: the text between two
 * tokens is read.
 */
export function beforeDashGloss(text: string, tokens: Token[], from: number, to: number): number {
  for (let k = from + 3; k <= to; k++) {
    const previous = tokens[k - 1] as Token;
    const token = tokens[k] as Token;
    if (token.start - previous.end < 2 || !DASH_BETWEEN.test(text.slice(previous.end, token.start))) continue;
    const article = lowerOf(token);
    // "… -- even though the gunman was born here", "… -- despite the ruling": the reporter's contrast.
    // Not the speaker's own limit or condition: "- though only until March", "- even if the unions object".
    const limit = LIMITS.has(lowerOf(tokens[k + 1]));
    if ((CONTRASTS.has(article) && !limit) || (article === 'even' && EVEN.has(lowerOf(tokens[k + 1]))))
      return k - 1;
    // "… -- in a video message posted moments after …": where and how it was said, in the reporter's words.
    if (article === 'in' && inMedium(tokens, k + 1, to)) return k - 1;
    if (article !== 'a' && article !== 'an') continue;
    for (let j = k + 2; j <= to && j - k <= MOST_NOUN_WORDS + 1; j++) {
      const word = tokens[j] as Token;
      if (!word.word) break;
      if (RELATIVES.has(lowerOf(word))) return runsToEnd(tokens, j + 1) ? k - 1 : to;
    }
  }
  return to;
}
/** A set dash, a typed "--", or a hyphen typed as a dash: spaced on both sides ("earlier - though he …"). */
const DASH_BETWEEN = /^\s*(?:[—―–]|--)\s*$|^\s+-\s+$/;
/** Carriers of words a report may be told in: "in a video message", "in an interview". */
const MEDIA = new Set(
  'message video statement interview letter tweet post speech email release ad'.split(' '),
);

/** "a video message", "an interview": an article, then a carrier within two more words. */
function inMedium(tokens: Token[], at: number, to: number): boolean {
  if (!['a', 'an'].includes(lowerOf(tokens[at]))) return false;
  for (let j = at + 1; j <= to && j <= at + 3; j++) if (MEDIA.has(lowerOf(tokens[j]))) return true;
  return false;
}
const CONTRASTS = new Set(['despite', 'although', 'though']);
const EVEN = new Set(['though', 'as']);
const LIMITS = new Set(['only', 'perhaps', 'possibly', 'probably', 'maybe']);
