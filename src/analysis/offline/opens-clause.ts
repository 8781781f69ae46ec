// Whether a name is its clause's subject, set before any verb: "Former Democratic candidate Ada Roe said …" opens
// on her; "So while he and his staff … defeat Ivo Brandt, the campaign …" and "Roe met Brandt" do not open on Brandt.
import { wordLexicon } from './compromise-lexicon.ts';

/** How far into its clause a subject's name may start: a title and a few words of role before it. */
const REACH = 60;

/** Whether only words, none of them tensed and no punctuation, stand between `clause` and the name at `at`. */
export function opensClause(text: string, clause: number, at: number): boolean {
  if (at < clause || at - clause > REACH) return false;
  const lead = text.slice(clause, at);
  if (/[,;:()\u2013\u2014"“”]/.test(lead)) return false;
  const { tensed } = wordLexicon();
  return lead.split(/\s+/).every((word) => !/^\p{Ll}/u.test(word) || !(tensed.has(word) || /ed$/.test(word)));
}
