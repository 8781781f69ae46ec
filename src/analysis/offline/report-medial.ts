// A credit set inside the clause it reports: "The pier, Brandt said, would open in May", "Most of it, he
// concedes, may slip a year", "The port, as one pilot pointed out, rarely freezes".
// The report is the whole sentence as written, credit included, since a reported clause must be one slice
// of the text; a tail the reporter adds ("…, she said, since most voters …") is left out.
import { JOINING } from './clause-lead-in.ts';
import { glossesReport } from './gloss-apposition.ts';
import { invertedMedialCredit } from './inverted-medial-credit.ts';
import { AUXILIARIES, INDIRECT_CUES, PARTICLE_CUES, REPORT_CUES } from './lexicon.ts';
import { narrationAt } from './narration-tail.ts';
import { DETERMINERS } from './noun-phrase.ts';
import { subjectReportsAhead } from './report-ahead.ts';
import type { Reported } from './report-speaker.ts';
import { type PhraseContext, parseForward } from './speaker-phrase.ts';
import { isAdverb } from './subject-verb-gap.ts';
import { isWord, lower, lowerOf, type Token } from './tokens.ts';

/** Words that open the reporter's own explanation after the credit, not the rest of the report. */
const REPORTER_TAILS = new Set([
  'since',
  'because',
  'as',
  'while',
  'though',
  'although',
  'meaning',
  'whereas',
  'citing',
]);
/** What may follow the verb inside the credit: a listener or a time ("he told me on Friday"). */
const CREDIT_FILLERS = new Set(
  'me us him her them reporters on in last this earlier today yesterday friday monday tuesday wednesday thursday saturday sunday week month night'.split(
    ' ',
  ),
);

/** "…, she said, since …", "…, he said, adding that …": the reporter's reason or a second report follows. */
export function isReporterTail(word: string): boolean {
  return REPORTER_TAILS.has(word) || (word.endsWith('ing') && INDIRECT_CUES.has(word));
}

/** "advisers to the president say": a short prepositional tail after the speaker, up to the verb. */
function skipOwner(tokens: Token[], end: number): number {
  if (!OWNER_LINKS.has(lowerOf(tokens[end]))) return end;
  for (let k = end + 1; k < tokens.length && k - end <= 5; k++) {
    const word = tokens[k]?.text ?? '';
    if (INDIRECT_CUES.has(lower(word))) return k;
    if (!/^\p{Lu}/u.test(word) && !['the', '.'].includes(lower(word))) return end;
  }
  return end;
}
const OWNER_LINKS = new Set(['to', 'for', 'of', 'at']);

export function speakerMedial(tokens: Token[], ctx: PhraseContext): Reported | null {
  for (let open = 1; open < tokens.length - 4; open++) {
    const token = tokens[open] as Token;
    // The words before the credit start the report: once they hold a verb of saying, no later comma can. After
    // a determiner the word is a noun: "If the demands are not met, Reyes warned, …" still has its credit inside.
    if (token.word && REPORT_CUES.has(lowerOf(token)) && !DETERMINERS.has(lowerOf(tokens[open - 1])))
      return null;
    if (token.text !== ',') continue;
    const found = creditAt(tokens, open, ctx);
    if (found) return found;
  }
  return null;
}

function creditAt(tokens: Token[], open: number, ctx: PhraseContext): Reported | null {
  if (REPORT_CUES.has(lowerOf(tokens[0]))) return null;
  const inverted = invertedMedialCredit(tokens, open, ctx);
  if (inverted) return inverted;
  let i = open + 1;
  if (lowerOf(tokens[i]) === 'as') i++;
  const parsed = parseForward(tokens, i, ctx);
  if (!parsed) return null;
  i = skipOwner(tokens, parsed.end);
  while (AUXILIARIES.has(lowerOf(tokens[i])) || isAdverb(tokens[i]?.text ?? '')) i++;
  const cue = lowerOf(tokens[i]);
  if (!INDIRECT_CUES.has(cue) || cue.endsWith('ing')) return null;
  i++;
  const particle = PARTICLE_CUES.get(cue);
  if (particle && lowerOf(tokens[i]) === particle) i++;
  for (let filler = 0; filler < 3 && CREDIT_FILLERS.has(lowerOf(tokens[i])); filler++) i++;
  if (tokens[i]?.text !== ',') return null;
  const rest = tokens.slice(i + 1).filter(isWord);
  if (rest.length < 2) return null;
  // "In a post, Reyes claimed, falsely, that …": the verb's own clause after an aside, no credit set inside.
  if (isAdverb(rest[0]?.text ?? '') && lowerOf(rest[1]) === 'that') return null;
  // "…, Reyes said, a plan that …": an apposition after the credit is the outlet's gloss.
  // "…, the Courier reported, and she said …": after the credit, "and" or "but" joins another report; the
  // report is the words before the credit, which stand whole.
  const joined = JOINING.has(lowerOf(rest[0])) && subjectReportsAhead(tokens, i + 2);
  const tail =
    joined || isReporterTail(lowerOf(rest[0])) || narrationAt(tokens, i + 1) || glossesReport(tokens, i);
  if (tail) return { ref: parsed.ref, role: parsed.role, cue, from: 0, to: open - 1 };
  // "…, and, as the Ledger notes, her district is …": after "and" the credit covers the clause that follows it.
  if (JOINING.has(lowerOf(tokens[open - 1])) && tokens[open - 2]?.text === ',')
    return { ref: parsed.ref, role: parsed.role, cue, from: i + 1, to: tokens.length - 1 };
  const credit = { start: (tokens[open] as Token).start, end: (tokens[i] as Token).end };
  return { ref: parsed.ref, role: parsed.role, cue, from: 0, to: tokens.length - 1, credit };
}

/**
 * The words reported with the credit set inside them left out, as an editor marks a cut: "The port … will stay
 * open all winter" for "The port, Mayor Ada Kiel said, will stay open all winter" (the speaker is shown beside
 * them). Grounding finds the two parts and the credit between them (ground/elided.ts).
 */
export function elideCredit(text: string, clause: string, credit: { start: number; end: number }): string {
  const words = text.slice(credit.start, credit.end);
  const at = clause.indexOf(words);
  return at > 0 && at + words.length < clause.length
    ? `${clause.slice(0, at)} …${clause.slice(at + words.length)}`
    : clause;
}
