// The role shown next to a speaker ("Kremlin spokesman") must read as one. Real copy's appositions also
// yield clause pieces ("questioned Ms", "sought to broadly distance Mr"), another person's byline ("New
// York Magazine writer Yashar Ali") or a bare honorific ("Mr"): a missing role is better than a wrong one.
import { wordLexicon } from './compromise-lexicon.ts';
import { isCarrierHead } from './credit-before.ts';
import { TITLE_ABBREVIATIONS } from './name-dots.ts';
import { isPersonNoun } from './speaker-like.ts';
import { isAdverb } from './subject-verb-gap.ts';

export function usableRole(written: string | null): string | null {
  if (written === null) return null;
  // "another leading advocate", "including the minority leader": the story's count of such people, or the list the
  // role was named in, not part of this one's role.
  // "Although opposition leader Tom Reyes called …": the subordinator opening the sentence is no part of it.
  const role = written.replace(
    /^\s*(?:another|including(?: the)?|although|though|while|when|after|once|because)\s+/i,
    '',
  );
  const words = role.trim().split(/\s+/).filter(Boolean);
  const bare = words.map((w) => w.replace(/[^\p{L}’'-]/gu, '').toLowerCase());
  if (words.length === 0) return null;
  // Quoted words or a question inside: a headline or a tweet ran into the name, not a role.
  if (/["“”?]/.test(role)) return null;
  // A capacity, a comparison or a part, not a role: "As President, …", "Like President Vance, I believe", "one of
  // ex-Vice President Cheney's daughters"; a figure ("$5.6 billion") or a document ("report by the inspector
  // general", "entrance polls") named beside a quote.
  const first = bare[0] as string;
  if (
    first === 'as' ||
    first === 'like' ||
    first === 'unlike' ||
    (first === 'one' && bare[1] === 'of') ||
    NOT_ROLES.has(first) ||
    isCarrierHead(first)
  )
    return null;
  // Ends on an honorific: the role ran into the next person's name ("adviser to Mr").
  if (TITLE_ABBREVIATIONS.has(bare.at(-1) ?? '') && !/\.$/.test(role.trim())) return null;
  const lexicon = wordLexicon();
  // A clause, not a role: a lower-case past tense or adverb ("questioned", "broadly").
  if (words.some((w, i) => /^\p{Ll}/u.test(w) && (lexicon.past.has(bare[i] as string) || isAdverb(w))))
    return null;
  // Another person's name inside the role: a given name followed by a capitalised word (a comma after it ends a
  // town's name: "Charlotte, N.C., Mayor").
  if (
    words.some(
      (w, i) =>
        lexicon.given.has(bare[i] as string) &&
        /^\p{Lu}/u.test(w) &&
        !w.endsWith(',') &&
        /^\p{Lu}/u.test(words[i + 1] ?? ''),
    )
  )
    return null;
  // "backing Ivo Korvin for president, Dale Murphy,": whom he backs, and for what, is not his role ("Democratic
  // Nominee for governor" is one).
  return CANDIDACY.test(role) && !bare.slice(0, -2).some(isPersonNoun) ? null : role;
}
const CANDIDACY = /^(?:\p{Lu}[\p{L}.'’-]*\s+)+for\s+(?:president|governor|mayor|senate|congress)\s*$/u;

/**
 * First words no role opens with: amounts, the polls a figure comes from, and words for several ("both former
 * mayor Lindqvists and the party's nominee, Ada Brenner" gave Brenner "both former mayor").
 */
const GROUP_WORDS = ['both', 'all', 'each', 'either', 'neither'];
const NOT_ROLES = new Set([
  'million',
  'billion',
  'trillion',
  'entrance',
  'exit',
  'poll',
  'polls',
  ...GROUP_WORDS,
]);
