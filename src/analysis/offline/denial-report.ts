// A denial's report keeps its verb. "Reyes denied that he ever called the minister a liar" reports that he
// said he did not; the clause alone ("he ever called the minister a liar") shown under his name says the
// opposite (an editor's read). The verb and what follows are one stretch of the source, so the report stays
// the outlet's own words.

const DENYING = new Set(['deny', 'denies', 'denied', 'denying']);

/**
 * The report as shown: from the verb when it denies and its clause follows within a few words ("denied on
 * Wednesday that …", "denied to the Courier that …"), else the clause as read: "a charge Reyes denies, the
 * talk …" reads no clause of the verb's own.
 */
export function withDenial(text: string, clause: string, cue: string, cueStart: number | undefined): string {
  if (!DENYING.has(cue) || cueStart === undefined) return clause;
  const at = text.indexOf(clause, cueStart);
  if (at < 0 || !RIGHT_AFTER.test(text.slice(cueStart + cue.length, at))) return clause;
  return text.slice(cueStart, at + clause.length);
}

/** Up to six words between the verb and its clause, none of them punctuation. */
const RIGHT_AFTER = /^\s+(?:[^\s,;:()—–-]+\s+){0,6}$/;
