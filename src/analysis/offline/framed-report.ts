// A report keeps the words that frame it. "Reyes denied that he ever called the minister a liar" reports that
// he said he did not; the clause alone ("he ever called the minister a liar") shown under his name says the
// opposite (an editor's read). So do "falsely claimed", "previously suggested", "reportedly told": the outlet
// says the claim is untrue, no longer held, or unconfirmed, and the clause alone reads as the speaker's word
// today (editors' reads). The frame, the verb and what follows are one stretch of the source, so the report
// stays the outlet's own words.

const DENYING = new Set(['deny', 'denies', 'denied', 'denying']);

/** Adverbs by which the outlet judges a report untrue: kept with it wherever they stand. */
export const JUDGING =
  'falsely wrongly erroneously incorrectly mistakenly inaccurately untruthfully baselessly'.split(' ');
/** Adverbs by which it says a claim is past, private or unconfirmed. */
const HEDGING = 'previously once initially originally formerly privately reportedly allegedly'.split(' ');
/** An adverb right before the verb that says the claim is false, past, private or unconfirmed. */
const FRAMING_BEFORE = new RegExp(`(?:^|\\s)(?:${[...JUDGING, ...HEDGING].join('|')})\\s+$`, 'i');

/**
 * The report as shown: from the verb when it denies, or from the adverb that frames it, when its clause
 * follows within a few words ("denied on Wednesday that …", "falsely claimed the …"), else the clause as read:
 * "a charge Reyes denies, the talk …" reads no clause of the verb's own.
 */
export function framedReport(
  text: string,
  clause: string,
  cue: string,
  cueStart: number | undefined,
): string {
  if (cueStart === undefined) return clause;
  // "reported incorrectly that …": the judgement after the verb opens the clause as read; shown from the verb,
  // it stays the outlet's verdict on the report, not the reporter's own word.
  if (JUDGED_FIRST.test(clause)) {
    const at = text.indexOf(clause, cueStart);
    if (at >= 0 && /^\s+$/.test(text.slice(cueStart + cue.length, at)))
      return text.slice(cueStart, at + clause.length);
  }
  const denies = DENYING.has(cue);
  const framed = denies ? null : FRAMING_BEFORE.exec(text.slice(Math.max(0, cueStart - 16), cueStart));
  if (!denies && !framed) return clause;
  const at = text.indexOf(clause, cueStart);
  if (at < 0 || !RIGHT_AFTER.test(text.slice(cueStart + cue.length, at))) return clause;
  // The match may open on the space before the adverb: the report starts at the adverb.
  const from = framed ? cueStart - framed[0].trimStart().length : cueStart;
  return text.slice(from, at + clause.length);
}

/**
 * A judgement of the report's truth opening the clause read after the verb: "incorrectly that …", "without any
 * evidence that …" (read alone, the clause had the speaker concede the lack of evidence; an editor's read).
 */
const JUDGED_FIRST = new RegExp(
  `^(?:${JUDGING.join('|')}|without\\s+(?:any\\s+)?(?:evidence|proof))\\s+that\\s`,
  'i',
);

/** Up to six words between the verb and its clause, none of them punctuation. */
const RIGHT_AFTER = /^\s+(?:[^\s,;:()—–-]+\s+){0,6}$/;
