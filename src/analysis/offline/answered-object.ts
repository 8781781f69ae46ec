// "Reyes responded to the rival's jab with a joke": a verb of answering takes what it answers as its object,
// and the words after it are the reporter's, no report; "responded to critics that …" and "replied to
// suggest …" still report (read by the clause's start). So with a correspondent's "reported from <a place>".
import { wordLexicon } from './compromise-lexicon.ts';
import { lowerOf, type Token } from './tokens.ts';

/** Verbs of answering that take what they answer after "to" (report-speaker.ts ANSWERING takes "claims that"). */
const ANSWERING_TO = new Set([
  'responded',
  'responds',
  'respond',
  'replied',
  'replies',
  'reply',
  'reacted',
  'reacts',
]);

/**
 * Whether tokens[i] is the "to" of what the answering verb `cue` answers, not of an infinitive; or the "from" of
 * a correspondent's "reported from every debate this year", which names where she worked, and what follows is
 * the outlet's account of her ("reported from the port that …" still reports, read by the clause's start).
 */
export function answersObject(tokens: Token[], i: number, cue: string): boolean {
  if (cue.startsWith('report') && lowerOf(tokens[i]) === 'from') return true;
  if (!ANSWERING_TO.has(cue) || lowerOf(tokens[i]) !== 'to') return false;
  const next = tokens[i + 1];
  return !(/^\p{Ll}/u.test(next?.text ?? '') && wordLexicon().verbs.has(lowerOf(next)));
}
