// Words reported with their credit left out: "The port … will stay open all winter" for "The port, Mayor Ada Kiel
// said, will stay open all winter". A newsroom marks the cut with an ellipsis, and so may an engine, on one
// condition: what is left out is a credit (a few words with a verb of saying, between commas, or between the
// marks that close and reopen a quote around it) or the outlet's gloss of the subject (", which slashes aid
// programs,", or ", the front-runner," or " -- the first to quit --" after a name), nothing else.
// An ellipsis over any other words could drop a "not"; such a needle is grounded as before (altered at best).

import type { Span } from '../../types.ts';
import { INDIRECT_CUES } from '../offline/lexicon.ts';
import { isDashedRelativeGap } from '../offline/relative-gloss.ts';
import { isMarkedCredit } from './joined-quotes.ts';
import type { PreparedText } from './locate.ts';

/** The mark between the parts: "…" or "...", with the spaces around it. */
const ELLIPSIS = /\s*(?:…|\.\.\.)\s*/;
/**
 * The longest credit left out: ", the county's chief medical officer said on Tuesday," fits, and so does the
 * apposition " -- the first harbour master in four decades to quit over a long budget quarrel with the mayor -- ".
 */
const MAX_GAP = 130;
/**
 * The longest apposition after a name: an outlet's description of a person may carry a relative clause of its own
 * (", the senior agent who wrote the disputed memos and helped run two inquiries into the port,").
 */
const MAX_APPOSITION = 200;

export interface Elided {
  span: Span;
  /** The source's own parts, joined by the mark. */
  sourceText: string;
}

/** Whether a needle holds an ellipsis, and so may be elided words (locateElided). */
export function hasEllipsis(needle: string): boolean {
  return needle.includes('…') || needle.includes('...');
}

/** The parts of `needle`, in order, each the source's words and each gap a credit; null when they are not. */
export function locateElided(needle: string, source: PreparedText): Elided | null {
  const parts = needle
    .split(ELLIPSIS)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  if (parts.length !== 2) return null;
  const [before, after] = parts as [string, string];
  const text = source.text;
  // The part after the credit is the longer as a rule: found through the index, the part before checked in place.
  for (let at = source.textIndex.indexOf(after), tries = 0; at >= 0 && tries < 20; tries++) {
    // Only a credit's length back: past it no gap is a credit, and a long paste is not read back to its start.
    const window = Math.max(0, at - MAX_APPOSITION - before.length - 1);
    const near = text.slice(window, at).lastIndexOf(before, at - window - before.length);
    const from = near < 0 ? -1 : window + near;
    if (from >= 0 && from + before.length < at && isLeftOut(text.slice(from + before.length, at), before))
      return { span: { start: from, end: at + after.length }, sourceText: `${before} … ${after}` };
    // Through the index too: a part the source never credits elsewhere was read on to the end of a long paste.
    at = source.textIndex.indexOf(after, at + 1);
  }
  return null;
}

/**
 * ", Mayor Ada Kiel said,", ", which slashes aid programs,", and after a name ", the front-runner in the race,":
 * a comma, a few words with a verb of saying, opening on "which", or describing the name before them, a comma;
 * on one line.
 */
function isLeftOut(gap: string, before: string): boolean {
  if (gap.length > MAX_APPOSITION || gap.includes('\n')) return false;
  // “Backers of the plan,” Ruiz added, “have gone quiet”: the quote closed and reopened around its credit.
  if (isMarkedCredit(gap)) return true;
  const afterName = /\p{Lu}[\p{L}.'’-]*$/u.test(before);
  // "Kiel -- the first harbour master to quit --": an apposition between dashes, after a name only.
  const dashed = /^\s*(?:--|—|–)\s*((?:the|a|an) [^—–]+?)\s*(?:--|—|–)\s*$/.exec(gap)?.[1];
  // "women and pilots -- two groups that have backed her --": a dashed apposition with a relative clause of its
  // own, after any noun (relative-gloss.ts).
  if (isDashedRelativeGap(gap)) return gap.length <= MAX_GAP;
  if (dashed) return !dashed.includes('--') && afterName && gap.length <= MAX_GAP;
  const inner = /^\s*,\s*(.+?)\s*,\s*$/.exec(gap)?.[1];
  if (!inner) return false;
  // ", said Brandt, who remains close to him,": a credit with the verb first, and the outlet's gloss of its speaker.
  if (inner.includes(',')) return glossedCredit(inner) && gap.length <= MAX_GAP;
  if (/^(?:the|a|an) /.test(inner) && afterName) return true;
  return (
    gap.length <= MAX_GAP &&
    (inner.startsWith('which ') || inner.split(/\s+/).some((word) => INDIRECT_CUES.has(word.toLowerCase())))
  );
}

/** "said Brandt, who remains close to him", "said Brandt, a former pilot": a verb of saying, a name and its gloss. */
function glossedCredit(inner: string): boolean {
  const [credit, gloss, ...more] = inner.split(',').map((part) => part.trim());
  if (!credit || !gloss || more.length > 0) return false;
  const [verb, ...name] = credit.split(/\s+/);
  return (
    INDIRECT_CUES.has((verb ?? '').toLowerCase()) &&
    name.length > 0 &&
    name.every((word) => /^\p{Lu}/u.test(word)) &&
    /^(?:who|a|an|the) /.test(gloss)
  );
}
