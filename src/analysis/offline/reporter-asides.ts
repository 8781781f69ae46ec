// The reporter's own words after a report and its comma (or dash): a contrast ("…, even though the gunman was a
// citizen"), a comparison ("…, as did Ada Brenner when she ran the port"), what the speaker did next ("…,
// later closed the two accounts"; "…, as he toured the towns by boat") or when ("…, a few hours after the
// mayor backed it"; not "…, after the repairs are done", the speaker's own look ahead), where ("…, where …"),
// set beside what was reported, not part of it (editors' reads). report-clause.ts ends the report before them.
import { RELATIVES } from './gloss-apposition.ts';
import { INDIRECT_CUES, REPORT_CUES, TAKES_A_THING } from './lexicon.ts';
import { SUBJECT_PRONOUNS } from './missing-verbs.ts';
import { ARTICLES } from './noun-phrase.ts';
import { isParticiple } from './participle.ts';
import { isPastForm, isVerbForm } from './tensed-word.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

/**
 * After a comma or a dash, once the report has run five words, the reporter's own contrast: "…, despite the claim
 * in an ad", "…, even though the gunman was a citizen" ("the fares, even as a rule, are …" goes on).
 */
export function reportersAside(tokens: Token[], k: number, from: number): boolean {
  const word = lowerOf(tokens[k]);
  const aside = word === 'despite' || (word === 'even' && ['though', 'as'].includes(lowerOf(tokens[k + 1])));
  if (!aside || tokens.slice(from, k).filter(isWord).length < 5) return false;
  // Not after "and that" (the report goes on past the dash), nor past another verb of saying, whose own report
  // the cut would leave to stand alone ("results in X claiming that she won, even though …"); a verb of saying
  // that takes a thing there reports nothing ("results in X claiming the nomination, even though …").
  const last = lowerOf(tokens[k - 2]);
  if (last === 'that' || last === 'and') return false;
  for (let j = from; j < k; j++)
    if (INDIRECT_CUES.has(lowerOf(tokens[j])) && !takesAThingAt(tokens, j)) return false;
  // ", even as a candidate," is a parenthesis inside the report, which goes on after it.
  for (let n = k + 1; n < tokens.length && n <= k + 5; n++) if (tokens[n]?.text === ',') return false;
  return true;
}

/** "claiming the nomination", "denied the charges": a verb that also takes a thing, an article after it. */
function takesAThingAt(tokens: Token[], at: number): boolean {
  const word = lowerOf(tokens[at]);
  const verb = TAKES_A_THING.has(word) || TAKES_A_THING.has(word.replace(/ing$/, ''));
  return verb && THING_OPENERS.has(lowerOf(tokens[at + 1]));
}
const THING_OPENERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its']);

/** Whether the words from tokens[k], right after a comma, are the reporter's comparison, narration or timing. */
export function reportersTail(tokens: Token[], k: number): boolean {
  return (
    reportersComparison(tokens, k) ||
    reportersNarration(tokens, k) ||
    reportersTiming(tokens, k) ||
    reportersPlace(tokens, k) ||
    reportersYear(tokens, k) ||
    summedUpAt(tokens, k) ||
    reportersContrast(tokens, k) ||
    reportersWhich(tokens, k)
  );
}

/** Words that look ahead or draw a consequence: "…, which would cut costs", "…, which means …" (the speaker's). */
const FORESEEING = new Set('would will could can should might may must means meant'.split(' '));

/**
 * "…will fund the new pier, which has drawn weeks of protest from the fishermen": a "which" clause closing the
 * sentence glosses the report's last noun for the reader (PolNeAR's gold ends the report before it). Not one
 * set inside the report or run past a comma ("the fund, which holds $2 billion, would close"), nor one holding
 * a verb of saying or a look ahead ("…, which he called unfair", "…, which would cut costs": the speaker's).
 */
function reportersWhich(tokens: Token[], k: number): boolean {
  if (lowerOf(tokens[k]) !== 'which') return false;
  for (let j = k + 1; j < tokens.length; j++) {
    const word = lowerOf(tokens[j]);
    if (REPORT_CUES.has(word) || FORESEEING.has(word) || word === ',') return false;
  }
  return true;
}

/**
 * "…would ban state travel to Kessel, where a new law could let shops …": a "where" clause on the place a report
 * ends with tells the reader about the place (an editor's read).
 */
function reportersPlace(tokens: Token[], k: number): boolean {
  return lowerOf(tokens[k]) === 'where' && /^\p{Lu}/u.test(tokens[k - 2]?.text ?? '');
}

/**
 * "…were born after <that year>, when the war ended with tanks rolling into <the capital>": a "when" clause on
 * the year a report ends with tells the reader what happened then, the outlet's history (an editor's read), as
 * "where" does of a place.
 */
function reportersYear(tokens: Token[], k: number): boolean {
  return lowerOf(tokens[k]) === 'when' && /^(?:1[89]|20)\d\d$/.test(tokens[k - 2]?.text ?? '');
}

/** How far "but as" may be from the verb of its aside: "but as Ms. Brenner's long speech showed". */
const CONTRAST_REACH = 6;

/** "…will accept the audit, but as Ms. Brenner's speech showed they are …": the reporter's contrast. */
function reportersContrast(tokens: Token[], k: number): boolean {
  if (lowerOf(tokens[k]) !== 'but' || lowerOf(tokens[k + 1]) !== 'as') return false;
  for (let j = k + 2; j < tokens.length && j <= k + CONTRAST_REACH; j++) {
    if (tokens[j]?.text === '.') continue; // "Ms."
    if (!isWord(tokens[j])) return false;
    if (isPastForm(tokens[j])) return j > k + 2;
  }
  return false;
}

/** The verbs an inverted comparison opens with: "as did", "as has", "as do". */
const COMPARED = new Set(['did', 'does', 'do', 'has', 'have', 'had']);

/**
 * Whether the words from tokens[k], right after a comma, open the reporter's "as did X". Not an aside before
 * the clause: "Experts cautioned, as did the campaign itself, that …".
 */
function reportersComparison(tokens: Token[], k: number): boolean {
  if (lowerOf(tokens[k]) !== 'as' || !COMPARED.has(lowerOf(tokens[k + 1]))) return false;
  const comma = tokens.findIndex((t, n) => n > k && t.text === ',');
  return comma < 0 || lowerOf(tokens[comma + 1]) !== 'that';
}

/** Words of time after which a past verb is the subject's next act: "…, later closed the accounts". */
const NEXT = new Set(['later', 'then', 'subsequently', 'eventually', 'afterward', 'afterwards']);

/**
 * Whether the words from tokens[k], right after a comma, tell what the speaker did next or while speaking, in
 * the past: "…, later suspended the two accounts", "…, as he toured the towns by boat".
 */
function reportersNarration(tokens: Token[], k: number): boolean {
  const word = lowerOf(tokens[k]);
  if (NEXT.has(word)) return isPastForm(tokens[k + 1]);
  // Not "…, as she said at the outset": a credit, not what the speaker did.
  const verb = tokens[k + 2];
  return (
    word === 'as' &&
    SUBJECT_PRONOUNS.has(lowerOf(tokens[k + 1])) &&
    isPastForm(verb) &&
    !REPORT_CUES.has(lowerOf(verb))
  );
}

/** Words of time that may stand between the comma and "after": "a few hours", "two days", "shortly". */
const LEAD = new Set(
  'a few hours days weeks months minutes moments two three shortly just soon only'.split(' '),
);
const SOONER = new Set(['earlier', 'later', 'sooner']);
/** How far into the clause its past-tense verb is looked for. */
const VERB_REACH = 12;

/** Whether the words from tokens[k], right after a comma, open the reporter's "after" clause. */
function reportersTiming(tokens: Token[], k: number): boolean {
  let at = k;
  while (at < k + 4 && LEAD.has(lowerOf(tokens[at]))) at++;
  // "…, weeks earlier than planned": the reporter's measure of the date just reported.
  if (SOONER.has(lowerOf(tokens[at])) && lowerOf(tokens[at + 1]) === 'than') return at > k;
  if (lowerOf(tokens[at]) !== 'after') return false;
  for (let j = at + 1; j < tokens.length && j <= at + VERB_REACH; j++) if (isPastForm(tokens[j])) return true;
  return false;
}

/**
 * "a crucial, although short, chance": a concession of a word or two set off inside a noun phrase is the
 * speaker's, not the reporter's turn ("…, though she admitted …").
 */
export function concededWord(tokens: Token[], k: number): boolean {
  const close = tokens[k + 2]?.text === ',' ? k + 2 : tokens[k + 3]?.text === ',' ? k + 3 : -1;
  return close > 0 && tokens.slice(k + 1, close).every((t) => isWord(t) && !isVerbForm(t));
}

/**
 * A participle, perhaps after an adverb, "something", or "a"/"an" and a noun that a participle or a relative
 * word goes on to describe ("… — a message shown in the posts his son released"): what a reporter's gloss after a
 * dash opens with.
 */
export function dashGloss(tokens: Token[], k: number): boolean {
  const word = lowerOf(tokens[k]);
  if (word === 'something') return true;
  if (word === 'a' || word === 'an') return describedNoun(tokens, k + 2);
  const at = word.endsWith('ly') ? k + 1 : k;
  return isParticiple(lowerOf(tokens[at]), lowerOf(tokens[at + 1]));
}

/** A past participle or a relative word within a few words of `from`, the noun's own words before it. */
function describedNoun(tokens: Token[], from: number): boolean {
  for (let j = from; j < tokens.length && j <= from + 3; j++) {
    if (!isWord(tokens[j])) return false;
    const word = lowerOf(tokens[j]);
    if (RELATIVES.has(word) || PARTICIPLES.has(word) || isPastForm(tokens[j])) return true;
  }
  return false;
}
/** Past participles the lexicon's past tenses lack. */
const PARTICIPLES = new Set('shown seen written given taken known made sent won drawn done'.split(' '));

/** An em or en dash (the tokeniser keeps no token for a typed "--"). */
export function isDash(text: string): boolean {
  return text === '\u2014' || text === '\u2013';
}

/**
 * "CLAUSE, a point <the senator> also made to <another paper>": after the comma, a noun that sums up the clause,
 * whose relative clause has the name and the verb. The name made the point too, elsewhere; the clause is the
 * sentence's own report ("Sources told <the paper> that …"), not the name's (an editor's read).
 */
export function summedUpAt(tokens: Token[], at: number): boolean {
  // The noun as written ("the account's owner said" is no sum), and a relative clause after it: a name, "the",
  // "that", "which" or a pronoun opens it, never a noun of its own ("a charge nurse said").
  if (!ARTICLES.has(lowerOf(tokens[at])) || !SUMMING_NOUNS.has(tokens[at + 1]?.text ?? '')) return false;
  const next = tokens[at + 2]?.text ?? '';
  return /^\p{Lu}/u.test(next) || RELATIVE_OPENERS.has(next);
}
const RELATIVE_OPENERS = new Set(['the', 'that', 'which', 'he', 'she', 'they', 'we', 'his', 'her', 'their']);
const SUMMING_NOUNS = new Set(
  'point claim argument view charge assertion position account conclusion finding contention sentiment'.split(
    ' ',
  ),
);
