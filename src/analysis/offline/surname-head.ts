// Words that end bodies' and places' names and are common surnames too: "Red Cross" and "Richard Cross",
// "Carnegie Hall" and "Monty Hall", "the Washington Post" and "Emily Post". Read as a body, the person lost
// every later "Cross said" and "he", which went to another man named before (a wrong speaker on real copy).
import { genderOfGivenName } from './first-names.ts';
import type { Run } from './name-runs.ts';
import { lowerOf } from './tokens.ts';

const SURNAME_HEADS = new Set('cross hall lane hills court post bay steel bridge street'.split(' '));

/**
 * A man's or a woman's given name before such a head, with no article before the pair ("Richard Cross, a
 * former aide, wrote …"): a person. "The Grace Hall", "the Red Cross" and "Carnegie Hall" stay what they name.
 */
export function personDespiteHead(run: Run): boolean {
  const [first, head] = run.tokens;
  return (
    run.tokens.length === 2 &&
    SURNAME_HEADS.has(lowerOf(head)) &&
    genderOfGivenName(first?.text ?? '') !== null &&
    !articleBefore(run)
  );
}

/**
 * One such head alone and with no article ("Cross said …", "said Hall"): a surname for the second pass to
 * join to its person, or to read by itself. "The Post reported" keeps its article and stays a body.
 */
export function bareSurnameHead(run: Run): boolean {
  return run.tokens.length === 1 && SURNAME_HEADS.has(lowerOf(run.tokens[0])) && !articleBefore(run);
}

function articleBefore(run: Run): boolean {
  return lowerOf(run.sentenceTokens[run.at - 1]) === 'the';
}
