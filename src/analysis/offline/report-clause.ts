// Where a reported clause starts and ends: past the listener ("told reporters"), a time ("this week") or an
// adverbial ("in a statement") and a "that"; up to a second report, a concession, a semicolon or a new
// subject with its own verb. And whether what is left reads as a clause at all.
import { announcesClause } from './announced-clause.ts';
import { answersObject } from './answered-object.ts';
import { CLAUSE_VERBS, framedBySubordinate, setOffClauses, startsNewClause } from './clause-frame.ts';
import {
  afterPhrase,
  afterThat,
  CLAUSE_DETERMINERS,
  CLAUSE_PRONOUNS,
  JOINING,
  PREPOSITIONS,
  pastListenerToThat,
  pastNameToThat,
  pastPhraseToThat,
  skipAdverbial,
  skipAside,
  skipManner,
  tensedCueIn,
} from './clause-lead-in.ts';
import { isContentlessObject } from './contentless-object.ts';
import { WHEN_SAID } from './credit-tail.ts';
import { concessionFirst, countsAfter, leadIn, opensOnPhrase } from './fronted-phrase.ts';
import { narrationGerund } from './gerund-subject.ts';
import { glossAfterDash } from './gloss-after-dash.ts';
import { glossesReport } from './gloss-apposition.ts';
import { amidTail, goesOnHedged, narratedAs } from './hedged-tail.ts';
import { INDIRECT_CUES, PARTICLE_CUES, REPORT_CUES, TAKES_A_THING, TAKES_OBJECT } from './lexicon.ts';
import { nounPhrase } from './noun-phrase.ts';
import { ownedClaimEnd } from './owned-claim-end.ts';
import { isParticiple } from './participle.ts';
import { COMMISSIVES, promisedInClause, promises } from './promises.ts';
import { nextMemberWithWho } from './relative-list.ts';
import { objectGapReport } from './relative-object.ts';
import {
  comparedAhead,
  parallelParticiple,
  reportsAhead,
  shareAnswersAhead,
  subjectReportsAhead,
} from './report-ahead.ts';
import { concededWord, dashGloss, isDash, reportersAside, reportersTail } from './reporter-asides.ts';
import { semicolonList } from './semicolon-list.ts';
import { hasFiniteVerb } from './speaker-check.ts';
import { speakersDeed } from './speakers-deed.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { waitsForVerb } from './subject-waiting.ts';
import { isEdForm, isPastForm, isVerbForm, TENSED_HELPERS } from './tensed-word.ts';
import { determinerThat } from './that-determiner.ts';
import { objectNotClause, opensOnClause } from './thing-object.ts';
import { skipTime } from './time-after-verb.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';
import { whoSaysEnd } from './who-says-end.ts';
import { reporterAfterBut } from './withheld-tail.ts';
import { writtenThing } from './written-object.ts';

const MIN_CLAUSE_WORDS = 3;
/** Right after a verb of saying these give the reporter's reason or time ("said when asked"), not a report. */
const NOT_AFTER_VERB = new Set(['since', 'because', 'unless', 'when']);
/**
 * A clause does not open with its verb: in "a provision they say could exclude …" the subject lies before the
 * verb of saying. Only a relative pronoun lets it ("fees which he said were too high").
 */
const VERB_FIRST = new Set([...TENSED_HELPERS, 'be', 'been']);
/** "said no", "said yes": an answer, never the start of a reported clause. */
const ANSWERS = new Set(['no', 'yes', 'nothing']);

export function clauseStart(tokens: Token[], at: number, cue: string): number {
  let i = at + 1;
  // "pointed out that …": the particle belongs to the verb.
  if (PARTICLE_CUES.get(cue) === lowerOf(tokens[i])) i++;
  // "…, adding to the sense that talks were adrift": what is added to is no report; nor is what follows "say;".
  if ((cue.startsWith('add') && lowerOf(tokens[i]) === 'to') || tokens[i]?.text === ';') return tokens.length;
  i = skipTime(tokens, i);
  i = skipAside(tokens, i);
  // "After Reyes heard what the Courier said, he lashed out": "what" was the verb's object, and the words
  // after the comma are the reporter's. Only with "what": "said Monday, he would …" reports all the same.
  if (tokens[i]?.text === ',' && objectWhat(tokens, at)) return tokens.length;
  const object = i;
  if (TAKES_OBJECT.has(cue)) i = pastListenerToThat(tokens, pastNameToThat(tokens, skipObject(tokens, i)));
  if (writtenThing(tokens, object, i, cue)) return tokens.length;
  // "vowed to bring back …", "vowed loudly to …": the "to" opens the promise, not an adverbial.
  if (COMMISSIVES.has(cue) && lowerOf(tokens[i + (lowerOf(tokens[i]).endsWith('ly') ? 1 : 0)]) === 'to')
    return lowerOf(tokens[i]) === 'to' ? i : i + 1;
  const afterPhrase = skipAdverbial(tokens, skipTime(tokens, i));
  // "responded to the rival's jab with a joke": what is answered is the verb's object; only "that" reports
  // ("replied to suggest …" goes on: the "to" opens an infinitive there).
  if (answersObject(tokens, i, cue) && lowerOf(tokens[afterPhrase]) !== 'that') return tokens.length;
  // "Though the office had responded to inquiries, a few details …": after the verb's own words the comma
  // closes the subordinate clause, and what follows is the reporter's main clause, no report.
  if (tokens[afterPhrase]?.text === ',' && afterPhrase > i && framedBySubordinate(tokens, at))
    return tokens.length;
  // "said in May after the grocer announced it was closing …": the phrase holds a clause with a verb of saying
  // of its own, whose words follow; they are the grocer's, not this speaker's.
  if (tensedCueIn(tokens, i, afterPhrase)) return tokens.length;
  // "said after the ministry disputed the account": a clause of when, whose verb the phrase's noun is subject of.
  if (WHEN_SAID.has(lowerOf(tokens[i])) && isPastForm(tokens[afterPhrase])) return tokens.length;
  // "insists on a flat rate and bemoans …": the verb's object, then another verb; no clause (left empty).
  if (afterPhrase > i && JOINING.has(lowerOf(tokens[afterPhrase]))) return tokens.length;
  i = skipManner(tokens, afterPhrase > i ? pastPhraseToThat(tokens, afterPhrase) : afterPhrase);
  // "said in a statement that …", "said flatly that …" (the manner is the reporter's word; "falsely" stays), "told
  // reporters in Korvin that …"; but "said he had been due to work that night" keeps its "that" (the clause began).
  if (lowerOf(tokens[i]) !== 'that') return i;
  // "testified after the release of a report that described …": past a phrase, "that" and a verb are a relative.
  const next = tokens[i + 1];
  if (i > at + 1 && isPastForm(next) && !VERB_FIRST.has(lowerOf(next))) return tokens.length;
  // "said that would permit …": right after the verb, "that" is the clause's subject when a verb follows it;
  // after a listener or a time it is a relative ("told reporters after the meeting that was held …").
  return i === at + 1 && VERB_FIRST.has(lowerOf(tokens[i + 1])) ? i : i + 1;
}

/** "what" opening the clause of the verb at `at`, within six words before it: "what his rival just said". */
function objectWhat(tokens: Token[], at: number): boolean {
  for (let k = at - 1; k >= 0 && at - k <= 6; k--) {
    const word = lowerOf(tokens[k]);
    if (word === 'what') return true;
    if (!isWord(tokens[k])) return false;
  }
  return false;
}

/** The person told: "reporters", "the Courier", "Meridian Wire", "state broadcaster NTV". */
function skipObject(tokens: Token[], i: number): number {
  const phrase = nounPhrase(tokens, i);
  if (!phrase) return i;
  const words = tokens.slice(phrase.from, phrase.to + 1);
  // Stop where the clause starts ("told lawmakers he would", "told the Courier the day had been") or a phrase
  // of place or time, which the lead-in reads ("told a packed hall at a hotel in Lestria that …").
  const clause = words.findIndex((t, k) => k > 0 && OBJECT_ENDS.some((set) => set.has(lowerOf(t))));
  return clause > 0 ? phrase.from + clause : phrase.to + 1;
}

const OBJECT_ENDS = [CLAUSE_PRONOUNS, CLAUSE_DETERMINERS, PREPOSITIONS];

/** Adverbs that may stand between "and" and the subject's next verb of saying. */
const LONE_ADVERBS = new Set(['also', 'even', 'later', 'then', 'again', 'further']);

/** Words that open a new clause after ", and": the reporter takes the story on from there. */
const NEW_CLAUSE = new Set(['when', 'then', 'he', 'she', 'they', 'it', 'we', 'i', 'later', 'after', 'while']);

/** A concession or contrast after a comma is the reporter's, not the speaker's: "…, though she admitted …". */
export const CLAUSE_BREAKS = new Set(['though', 'although', 'whereas', 'while', 'citing', 'according']);

/**
 * The clause runs to the sentence end, or to "and warned …" when a second report begins. `from` is the word
 * after the verb of saying; `opens`, where the clause itself starts, past a listener and "that".
 */
export function clauseEnd(tokens: Token[], from: number, opens = from): number {
  const claimEnd = ownedClaimEnd(tokens, from) ?? whoSaysEnd(tokens, from);
  if (claimEnd !== undefined) return claimEnd;
  // An opening subordinate clause ("After aides insisted that …, the campaign has …"), a relative ("Reyes, who has
  // said …, has been …") and a participle set off ("Vance, telling …, walked out") end at a comma (clause-frame.ts).
  const { subordinate, relative, aside } = setOffClauses(tokens, from - 1);
  let commas = 0;
  const infinitive = lowerOf(tokens[from]) === 'to' || lowerOf(tokens[from + 1]) === 'to';
  // Every test but the semicolon's needs a comma before the word or "and"/"but" as the word (two comparisons).
  for (let k = from + 1; k < tokens.length; k++) {
    const word = lowerOf(tokens[k]);
    const before = (tokens[k - 1] as Token).text;
    if (before === ',' && !(k - 1 === opens && afterThat(tokens, k))) {
      // not "argue that, while …, workers …"
      // "… promised to push harder, opposed the trade deal and …": a past verb after an infinitive's comma too.
      if (infinitive && isEdForm(tokens[k])) return k - 2;
      // (However short the report: "When Ortiz said he had, Mr. Reyes produced records …".)
      if (subordinate && k > from + 1 && startsNewClause(tokens, k, true, true)) return k - 2;
      // "…, who said she would, ultimately stayed": past an adverb; "found Ruiz, who alleged …, not guilty"; however
      // short, before the sentence's own verb of saying ("Reyes, who denied the charges, said …").
      const verb = isAdverb(word) ? k + 1 : k;
      const closes = CLAUSE_VERBS.has(word) || isVerbForm(tokens[verb]) || word === 'not';
      const closed = closes && (k > from + 3 || REPORT_CUES.has(word));
      if ((relative && commas++ === 0 && closed) || k - 1 === aside) return k - 2;
      if ((CLAUSE_BREAKS.has(word) && !concededWord(tokens, k)) || reportersAside(tokens, k, from))
        return k - 2;
      if (comparedAhead(tokens, k) || shareAnswersAhead(tokens, k)) return k - 2;
      if (reportersTail(tokens, k)) return k - 2;
      // "…, echoing a memo from the mayor": a participle after a comma is the reporter's gloss.
      if (k > from + 3 && isParticiple(word, lowerOf(tokens[k + 1]))) return k - 2;
      // "…, a duty that only the assembly could repeal": the outlet's gloss of what was reported.
      if (k > from + 1 && glossesReport(tokens, k - 1)) return k - 2;
      // "…, adding that …", "…, telling Smith that …": a second report of the same speaker begins.
      if (word.endsWith('ing') && REPORT_CUES.has(word) && tokens.slice(from, k - 1).some(isWord))
        return k - 2;
    }
    // "… — though they had raised the same concern before": a dash before a concession starts the reporter's.
    if (isDash(before) && (CLAUSE_BREAKS.has(word) || reportersAside(tokens, k, from))) return k - 2;
    // "… — essentially shielding him from …", "… – something Brandt has denied": the reporter's gloss after a dash.
    if (isDash(before) && k > from + 3 && dashGloss(tokens, k)) return k - 2;
    // "…; they only learned on Friday …", "… as she made a tour of the state", "… amid scrutiny" (hedged-tail.ts).
    const narrated =
      (word === 'as' && narratedAs(tokens, k, from)) || (word === 'amid' && amidTail(tokens, k, from));
    if ((word === ';' && !semicolonList(tokens, k)) || narrated) return before === ',' ? k - 2 : k - 1;
    if (word !== 'and' && word !== 'but') continue;
    if (relative && before === ',' && nextMemberWithWho(tokens, k + 1)) return k - 2;
    if (shareAnswersAhead(tokens, k + 1)) return before === ',' ? k - 2 : k - 1;
    // "… has vowed to cut taxes and signed the budget": an infinitive goes on with a plain verb, never a past one.
    if (infinitive && isEdForm(tokens[k + 1])) return before === ',' ? k - 2 : k - 1;
    // "…, and has pushed a plan …", "…, and rejected claims …": the speaker's record, told by the reporter.
    if (before === ',' && word === 'and' && k > from + 3 && speakersDeed(tokens, k + 1, from)) return k - 2;
    // "… but declined to say whether …", "… would repay it, but has not": the reporter's account after "but".
    if (word === 'but' && k > from + 2 && reporterAfterBut(tokens, from, k))
      return before === ',' ? k - 2 : k - 1;
    // "… mishandled the investigation and Democrats accused …": a new subject with its own verb starts the
    // reporter's next clause. Counted from where the clause opens ("told the paper that he and a partner paid …":
    // one subject), and never while a "that" clause waits for its verb (subject-waiting.ts).
    if (k > opens + 3 && !waitsForVerb(tokens, opens, k) && startsNewClause(tokens, k + 1, before === ','))
      return before === ',' ? k - 2 : k - 1;
    if (
      (before === ',' || before === '\u2014' || before === '\u2013') &&
      NEW_CLAUSE.has(lowerOf(tokens[k + 1])) &&
      !goesOnHedged(tokens, k + 1)
    )
      return k - 2;
    // "…, and rights groups warned that …": another source's report starts; "saying … and questioning …" the first.
    // Without the comma too: "said the levy was fair and officials said it was legal".
    if (before === ',' && k > from + 3 && reportsAhead(tokens, k + 1, true)) return k - 2;
    if (k > from + 3 && subjectReportsAhead(tokens, k + 1)) return k - 1;
    if (word === 'and' && parallelParticiple(tokens, from, k)) return before === ',' ? k - 2 : k - 1;
    // "… and predicted", "… and even predicted": the subject's next report.
    const next = LONE_ADVERBS.has(lowerOf(tokens[k + 1])) ? k + 2 : k + 1;
    if (REPORT_CUES.has(lowerOf(tokens[next]))) return before === ',' ? k - 2 : k - 1;
  }
  return tokens.length - 1;
}

export function clauseText(text: string, tokens: Token[], start: number, to: number): string | null {
  const lead = start === 0 ? leadIn(tokens, to) : null;
  let from = lead?.from ?? start;
  // A clause starts at a word: ", and soon …" is the tail of another sentence's report.
  let joined = false;
  while (from <= to && (!isWord(tokens[from]) || ['and', 'but', 'or'].includes(lowerOf(tokens[from])))) {
    joined ||= isWord(tokens[from]);
    from++;
  }
  // "was worth as much as the Courier estimated and speculated that …": a verb right after "and" is the next verb.
  // "…, the Courier reported, and the mayor said …": another subject's report, not this verb's clause.
  const verb = lowerOf(tokens[from]);
  const ofJoin = INDIRECT_CUES.has(verb) || (verb.length > 4 && verb.endsWith('ed'));
  if (joined && from > start && (ofJoin || subjectReportsAhead(tokens, from))) return null;
  // "…, Brandt said, a plan that …", "… said -- a move that …": the outlet's gloss after the credit, not hers.
  if (glossesReport(tokens, from - 1) || glossAfterDash(text, tokens, from)) return null;
  // "said, adding that the results would be public": the report is what follows the second verb.
  const cue = lowerOf(tokens[from]);
  if (cue.endsWith('ing') && INDIRECT_CUES.has(cue)) {
    from++;
    if (lowerOf(tokens[from]) === 'that') from++;
  }
  if (from > 0 && isContentlessObject(tokens, lowerOf(tokens[from - 1]), from)) return null;
  if (!announcesClause(tokens, from)) return null;
  let end = to;
  while (end >= from && /^[.,;:!?\u2013\u2014]$/.test(tokens[end]?.text ?? '.')) end--;
  const words = tokens.slice(from, end + 1).filter(isWord);
  if (words.length < MIN_CLAUSE_WORDS) return null;
  // "vowed to bring back the jobs": a promise reports what the speaker will do, verb kept ("to stop them" alone).
  if (promises(tokens, from))
    return promisedInClause(tokens, from)
      ? null
      : text.slice((tokens[from - 1] as Token).start, (tokens[end] as Token).end);
  // "warned of flooding", "spoke about the deal": a topic, not a reported clause; "said about 20 people had
  // applied" is a clause. "said that because …" opens a clause; "said because …" gives the reporter's reason.
  if (
    !lead?.fronted &&
    (opensOnPhrase(words, lowerOf(tokens[from - 1])) ||
      (from > 0 && (NOT_AFTER_VERB.has(lowerOf(words[0])) || objectNotClause(tokens, from)))) &&
    !countsAfter(words) &&
    !afterThat(tokens, from) &&
    !concessionFirst(tokens, from, end)
  )
    return null;
  const phrase = afterPhrase(tokens, from);
  // "who they say is exploiting the audit": a clause opening on its verb has its subject outside it, and shown
  // alone under the speaker ("Republicans: is politicizing the issue") it reads as the speaker's own (an
  // editor's read); a relative pronoun before the credit no longer lets it through.
  if (VERB_FIRST.has(lowerOf(words[0]))) return null;
  // "said no and later won the seat": an answer, then the reporter's narration; nothing reported.
  const next = lowerOf(tokens[from + 1]);
  if (ANSWERS.has(lowerOf(words[0])) && (next === 'and' || next === 'but' || !isWord(tokens[from + 1])))
    return null;
  // "said, interrupting reporters", "predicted winning two-thirds": the reporter's narration, not a report.
  if (narrationGerund(tokens, from, end, words[0] as Token)) return null;
  const first = tokens[from] as Token;
  const last = tokens[end] as Token;
  // "said $1.3 billion was the offer": the currency sign, no token of its own, belongs to the figure.
  const clause = text.slice(
    first.start - (CURRENCY.includes(text[first.start - 1] ?? ' ') ? 1 : 0),
    last.end,
  );
  // Two apostrophes are quote marks in some archives: quoted words are never shown as a paraphrase.
  if (clause.includes("''")) return null;
  // "said Bill Clinton’s comments", "told The Huffington Post": a noun phrase, not something reported.
  // "maintains a program to train …", "claimed the seat": after a verb that also takes a thing, a tensed clause.
  // After a phrase ("testified after the release of an audit"), what follows needs a tensed verb of its own.
  const thing = TAKES_A_THING.has(lowerOf(tokens[from - 1]));
  if (lowerOf(tokens[from - 1]) === 'that' && determinerThat(text, words)) return null;
  const verbed = thing ? opensOnClause(text, tokens, from, end) : hasFiniteVerb(clause, phrase);
  return verbed && !objectGapReport(tokens, from, end) ? clause : null;
}

const CURRENCY = '$€£¥';
