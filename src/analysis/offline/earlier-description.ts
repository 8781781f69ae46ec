// "the spokesperson said" after "A spokesperson for Brennock says …": the sheet names the earlier description,
// "a spokesperson for Brennock", not a bare "the spokesperson". Two firms' spokespeople in one story otherwise
// read as one person, and an editor would credit one firm's words to the other.

import { ORG_HEADS } from './lexicon.ts';

/** Nouns an owner's name may run into: "a source at the Tarsa station". */
const PLACES_OF_WORK = new Set(
  'station firm office agency campaign network show team staff headquarters'.split(' '),
);

/** How far back an earlier description is looked for: about three sentences. */
const REACH = 600;

/**
 * The nearest earlier indefinite description with the same head noun, as written ("a spokesperson for
 * Brennock", "a Lestria Courier spokesman"), or null. Only within the same stretch of the story, and only when
 * it names an owner (a capitalised word before the noun, or "for"/"at"/"with" a capitalised name after it).
 */
export function describedEarlier(text: string, at: number, head: string): string | null {
  const before = text.slice(Math.max(0, at - REACH), at);
  const pattern = descriptionPattern(head);
  let found: string | null = null;
  for (const match of before.matchAll(pattern)) {
    // The owner must end the phrase: "at Mr. Reyes's former firm", "at the Tarsa station" go on past it.
    const after = before.slice((match.index ?? 0) + match[0].length);
    const next = /^\s+(\p{Ll}+)/u.exec(after)?.[1];
    found =
      /^['’]/u.test(after) || (next && (ORG_HEADS.has(next) || PLACES_OF_WORK.has(next)))
        ? null
        : (match[1] ?? null);
  }
  return found === null ? null : `a ${found}`.replace(/^a (?=[AEIOU])/, 'an ');
}

/** One pattern per head noun, made on first need: a story asks for the same few ("spokesman", "official"). */
function descriptionPattern(head: string): RegExp {
  let pattern = PATTERNS.get(head);
  if (pattern === undefined) {
    pattern = new RegExp(
      String.raw`\b[Aa]n? ((?:\p{Lu}[\p{L}.&-]*\s+){1,3}${head}|(?:senior |former |top )?${head} (?:for|at|with) (?:the )?\p{Lu}[\p{L}.&-]*(?:\s+\p{Lu}[\p{L}.&-]*){0,3})\b`,
      'gu',
    );
    PATTERNS.set(head, pattern);
  }
  pattern.lastIndex = 0;
  return pattern;
}
const PATTERNS = new Map<string, RegExp>();
