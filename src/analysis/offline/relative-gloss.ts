// "said his budget plan, which slashes aid programs, was inspired by his faith": a "which" clause set off by
// commas between a report's subject and its verb is the outlet's gloss of the thing named far more often than
// the speaker's words (an editor's read; on 1,206 real articles, every one found was the outlet's: where a
// story was first reported, what a group once opposed). It is shown as an ellipsis, as a credit inside is. So is
// an apposition after a name ("said Brandt, the likely front-runner in the race, has yet to answer"): who the
// person is, in the outlet's words, not the speaker's (an editor's read), and one set between dashes ("said Kiel
// -- the first harbour master in 40 years to quit over a budget -- was leaving in May").

/** The subject (up to six words), the gloss, and the verb that goes on after it. */
const GLOSSED_SUBJECT =
  /^(\S+(?: \S+){0,5}), which [^,]{3,90},(?= (?:is|was|were|are|would|will|has|had|have|could|should|can|may|might|did|does|do)\b)/;

/**
 * A name (capitalised words, up to four), an apposition opening on an article, and the verb after it. The
 * apposition may hold a relative clause of its own (", the agent who wrote the memos and ran two inquiries,").
 */
const DESCRIBED_NAME =
  /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}), (?:the|a|an) [^,]{3,190},(?= (?:is|was|were|are|would|will|has|had|have|could|should|can|may|might|did|does|do)\b)/u;

/** A name, an apposition opening on an article between two dashes (typed or set), and the verb after it. */
const DASHED_NAME =
  /^(\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}) ?(?:--|—|–) ?(?:the|a|an) [^—–]{3,120}? ?(?:--|—|–)(?= (?:is|was|were|are|would|will|has|had|have|could|should|can|may|might|did|does|do)\b)/u;

/**
 * Inside the words reported, anywhere: an apposition between two dashes that opens on an article or a count
 * and has its own relative clause ("won women and pilots -- two groups that have backed her for years -- while
 * …"): the outlet describing what the report names.
 */
const DASHED_DESCRIPTION =
  '(?:--|—|–| - ) ?(?:the|a|an|two|three|four|five|both) (?:[^—–\\s-]+ ){0,4}(?:that|who|which) [^—–]{3,120}? ?(?:--|—|–| - )';
const DASHED_RELATIVE = new RegExp(` ?${DASHED_DESCRIPTION} ?`, 'u');
const DASHED_RELATIVE_GAP = new RegExp(`^\\s*${DASHED_DESCRIPTION}\\s*$`, 'u');

/** Whether the words an ellipsis stands for are such a dashed description, and nothing else (elided.ts). */
export function isDashedRelativeGap(gap: string): boolean {
  return DASHED_RELATIVE_GAP.test(gap);
}

export function elideRelativeGloss(clause: string): string {
  const gloss = GLOSSED_SUBJECT.exec(clause) ?? DESCRIBED_NAME.exec(clause) ?? DASHED_NAME.exec(clause);
  if (gloss) return `${gloss[1]} …${clause.slice(gloss[0].length)}`;
  // One cut a line: a grounded report holds at most one ellipsis (elided.ts), and a credit's may stand already.
  return clause.includes('…') ? clause : clause.replace(DASHED_RELATIVE, ' … ');
}
