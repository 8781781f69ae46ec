// Verbs that report only when a "that" opens what follows (THAT_CLAUSE_CUES). "Vance alleged that she was
// fired", "the mayor declared that the pier would reopen", "telling the council that it would cost too much" are
// reports; but these verbs take a thing as often as a clause ("declared a national emergency", "tweeted a
// photograph of her forearm", "telling the gala how he saved the hotel", "adds a missing voice", "predicting a
// close race"), and read as INDIRECT_CUES those things were shown as what was said (an editor's read).
import { CLAUSE_PRONOUNS } from './clause-lead-in.ts';
import { isFiniteLike } from './finite-word.ts';
import { INDIRECT_CUES, MONTHS, READ_CUES, THAT_CLAUSE_CUES, TIME_NOUNS, WEEKDAYS } from './lexicon.ts';
import { clauseStart } from './report-clause.ts';
import { isTensedWord, TENSED_HELPERS } from './tensed-word.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Re-exported for report-speaker.ts, which reads these verbs through reportsClause. */
export { READ_CUES };

/** Whether the verb at tokens[at] reports a clause: a verb of saying, or one of THAT_CLAUSE_CUES before "that". */
export function reportsClause(tokens: Token[], at: number, cue: string): boolean {
  return INDIRECT_CUES.has(cue) || reportsThatClause(tokens, at, cue);
}

/** Whether tokens[at], a verb of THAT_CLAUSE_CUES, reports a clause that "that" opens. */
function reportsThatClause(tokens: Token[], at: number, cue: string): boolean {
  if (!THAT_CLAUSE_CUES.has(cue) || describesNoun(tokens, at, cue)) return false;
  const from = clauseStart(tokens, at, cue);
  return lowerOf(tokens[from - 1]) === 'that' && opensClause(tokens, from);
}

/**
 * "A man declaring that he was the mayor was arrested", "Residents complaining that …": an -ing form right after a
 * noun describes it, and the sentence's own verb comes after the clause (its words ran on into it).
 */
function describesNoun(tokens: Token[], at: number, cue: string): boolean {
  const before = tokens[at - 1];
  if (!cue.endsWith('ing') || before?.word !== true || /['’]s$/i.test(before.text)) return false; // "He's telling"
  return !TENSED_HELPERS.has(lowerOf(before)) && !CLAUSE_PRONOUNS.has(lowerOf(before));
}

/**
 * A clause after "that", not "that" pointing at a thing: "tweeted that video of the road", "telling that story to
 * the jury", "tweeted that morning that …", "adds that to his goals", "alleged that and more". A pronoun, a
 * determiner, a name, a figure or a subordinator opens a subject; another word is a bare subject ("that officials
 * lied", "that taxpayer money could …", "that together they …") whose verb comes within two words.
 */
function opensClause(tokens: Token[], from: number): boolean {
  const first = tokens[from];
  if (!first?.word) return false;
  const word = lowerOf(first);
  if (POINTING.has(word) || TIME_NOUNS.has(word)) return false;
  if (CLAUSE_PRONOUNS.has(word) || SUBJECT_DETERMINERS.has(word) || SUBORDINATORS.has(word)) return true;
  if (!/^\p{Ll}/u.test(first.text)) return namesSubject(tokens, from);
  return isFiniteLike(tokens[from + 1]) || isFiniteLike(tokens[from + 2]);
}
/**
 * A name opening a subject, not a name before a thing ("that Premier League title", "that Fox News interview") or
 * a day ("that Sunday that …"); an owner's name may go on ("that Trump's daughter Ivanka was …").
 */
function namesSubject(tokens: Token[], from: number): boolean {
  if (WEEKDAYS.has(lowerOf(tokens[from])) || MONTHS_AND_HOLIDAYS.has(lowerOf(tokens[from]))) return false;
  let end = from;
  while (/^\p{Lu}/u.test(tokens[end + 1]?.text ?? '')) end++;
  // Past an adverb: "that Trump personally earned …".
  const next = tokens[/ly$/.test(lowerOf(tokens[end + 1])) ? end + 2 : end + 1];
  const owner = /['’]s$/i.test((tokens[end] as Token).text);
  if (owner || !next?.word || !/^\p{Ll}/u.test(next.text)) return true;
  // The name's verb: tensed, or plain after a plural ("that Democrats want"); not "that Fox News interview".
  return (
    isFiniteLike(next) &&
    (isTensedWord(next) || /s$/.test((tokens[end] as Token).text) || /s$/.test(next.text))
  );
}
const MONTHS_AND_HOLIDAYS = new Set([...MONTHS, 'christmas', 'easter', 'thanksgiving']);

/** Words after a pointing "that": "that to …", "that at 9 p.m.", "that and more", "that same message". */
const POINTING = new Set(['to', 'at', 'and', 'or', 'same', 'of', 'for', 'with']);
const SUBORDINATORS = new Set(
  'as if when while although though because since once unless after before even whether whatever whoever by in on'.split(
    ' ',
  ),
);
const SUBJECT_DETERMINERS = new Set(
  'the a an his her their its our my your this these those some all no every each most many both several such any another'.split(
    ' ',
  ),
);
