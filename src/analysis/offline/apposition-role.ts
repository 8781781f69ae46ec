// A role written next to a name, set off by commas: "Mira Dov, the Kremlin spokesman, said" or "Her father,
// Eitan Dov, said". The registry asks it of every name it finds.
import { classesOf, codePointIn, NUMBER, widthOf } from '../char-classes.ts';
import { AUXILIARIES, CUE_VERBS } from './lexicon.ts';
import { withPastTenure } from './past-tenure.ts';
import { roleFromPhrase } from './roles.ts';
import { isPlainVerb, isTensedWord } from './tensed-word.ts';
import { lowerCase, lowerOf, type Token } from './tokens.ts';

const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'miss', 'messrs', 'dr']);

/** ", the Kremlin spokesman," after the name, or "Her father, " before it. */
export function appositionRole(
  text: string,
  tokens: Token[],
  nameEnd: number,
  runStart: number,
): string | null {
  if (tokens[nameEnd + 1]?.text === ',') {
    let i = nameEnd + 2;
    if (isNumberWord(tokens[i]?.text ?? '') && tokens[i + 1]?.text === ',') i += 2; // an age: "Mira Dov, 19,"
    // The role first: it stops at the first mark (every end of an apposition is one), so it needs no end,
    // and most names have none after them. Only a role found is checked against the rest of the apposition,
    // where finding its end and reading it all for a verb, for every name before a comma, was the larger cost.
    const after = roleFromPhrase(tokens, i, tokens.length - 1, text);
    // "…the Harrowgate Hotel, city health officials said": a new clause with its own verb, not an apposition.
    // "…the State House, Mr. Cowan said": an honorific after the comma starts the next person, not a role.
    // "Melania Vance, questioned Ms. Brandt’s claim": a role never runs on to the next person's honorific.
    const last = after ? lowerCase(after.slice(after.lastIndexOf(' ') + 1)) : '';
    const end = after ? appositionEnd(tokens, i) : i;
    if (after && !HONORIFICS.has(lowerOf(tokens[i])) && !HONORIFICS.has(last) && !hasVerb(tokens, i, end)) {
      return withPastTenure(after, tokens, i, end);
    }
  }
  // A run at the sentence's start has nothing before it (and no -1 index is asked for).
  if (runStart > 0 && tokens[runStart - 1]?.text === ',') {
    let from = runStart - 2;
    while (from > 0 && !PHRASE_STARTS.has((tokens[from - 1] as Token).text)) from--;
    // "President Vance on Monday defended his adviser, Ada Brenner,": a clause before the comma; the title read
    // from its start was the subject's. Her role is the noun phrase after the clause's last verb, which opens on
    // a determiner or a possessive ("his adviser", "the North's leader"), or there is none.
    // A past tense the lexicon lacks ("defended") counts when such a phrase follows it.
    for (let k = runStart - 3; k > Math.max(0, from); k--) {
      // A verb is a word in lower case: most of the phrase's words are told apart by their first letter.
      const code = tokens[k]?.text.charCodeAt(0) ?? 0;
      if (code < 97 || code > 122) continue;
      const opensRole = OPENS_ROLE.test(lowerOf(tokens[k + 1]));
      if (!isTensedWord(tokens[k]) && !(opensRole && /^\p{Ll}+ed$/u.test(tokens[k]?.text ?? ''))) continue;
      return opensRole ? roleFromPhrase(tokens, k + 1, runStart - 2, text) : null;
    }
    // "Mother and daughter speak every week, Ada Brenner said": a clause of its own before the comma, its verb
    // a plain present the loop above does not count as tensed. Its first noun is no role of hers.
    for (let k = runStart - 2; k > Math.max(0, from); k--) if (isPlainVerb(tokens, k)) return null;
    return roleFromPhrase(tokens, Math.max(0, from), runStart - 2, text);
  }
  return null;
}

/** What a role after a verb opens with: "his adviser", "the North's leader", "their former governor". */
const OPENS_ROLE = /^(?:the|a|an|his|her|their|its|our|\p{L}+['’]s)$/u;

/** What ends an apposition after a name, and what a role phrase before one starts after. */
const APPOSITION_ENDS = new Set([',', '.', ';', ':', '(', ')']);
const PHRASE_STARTS = new Set([',', '.', ';', ':', '"', '“', '”']);

/** The last token of the apposition starting at `from`: the one before its closing mark, or the last one. */
function appositionEnd(tokens: Token[], from: number): number {
  let to = from;
  while (to + 1 < tokens.length && !APPOSITION_ENDS.has((tokens[to + 1] as Token).text)) to++;
  return Math.min(to, tokens.length - 1);
}

/** A verb of saying or an auxiliary among tokens[from..to]. */
function hasVerb(tokens: Token[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) {
    const word = lowerOf(tokens[k]);
    if (CUE_VERBS.has(word) || AUXILIARIES.has(word)) return true;
  }
  return false;
}

/** `/^\p{N}+$/u`: one or more characters, every one a number. */
function isNumberWord(word: string): boolean {
  if (word === '') return false;
  for (let i = 0; i < word.length; ) {
    const code = codePointIn(word, i, word.length);
    if ((classesOf(code) & NUMBER) === 0) return false;
    i += widthOf(code);
  }
  return true;
}
