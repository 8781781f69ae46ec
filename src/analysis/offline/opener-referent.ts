// Names a "he" or "she" looking back passes over: one asked about in a bare question, one standing for a kind
// of person ("a Tomas Reyes"), and a name in an opening clause that the main clause's own "he" takes up.
import type { Mention } from './entities.ts';
import type { MainClause } from './main-clause.ts';
import type { ResolveContext } from './resolve-context.ts';

/**
 * A name that is a whole question ("Councillor Brandt? “Tired,” she said."): the interviewer's prompt, whose
 * answer is the interviewee's, never the one asked about.
 */
export function askedAbout(ctx: ResolveContext, sentence: number, m: Mention): boolean {
  if (ctx.text.charCodeAt(m.end) !== 63) return false; // "?"
  const first = ctx.firstWordOf(sentence);
  return first !== undefined && TITLES_ONLY.test(ctx.text.slice(first.start, m.start));
}

const TITLES_ONLY = /^(?:\p{Lu}[\p{L}.]*\s+)*$/u;

/**
 * A name after "a" or "an" ("Not a Tomas Reyes.", "an Otto Brandt of our time") stands for a kind of person, not
 * the person: never the one a "he said" points back to (an editor's read: a lawyer's quote went to the man his
 * previous quote named so).
 */
export function namedAsKind(text: string, m: Mention): boolean {
  // `/(?:^|\s)an? $/i` before the name, read by code: asked of every name a pronoun looks back over.
  let at = m.start - 1;
  if (text.charCodeAt(at) !== 32) return false;
  at--;
  if ((text.charCodeAt(at) | 32) === 110) at--; // "n" of "an"
  if ((text.charCodeAt(at) | 32) !== 97) return false; // "a"
  return at === 0 || /\s/.test(text.charAt(at - 1));
}

/** "he was replaced by <B>", "she was followed at the podium by <B>": a passive, the stage handed on. */
const PASSIVE =
  /^\s*(?:\S+\s+)?s?he\s+(?:was|is|were|has been|had been|will be)\s+(?:\p{Ll}+\s+)?\p{Ll}+(?:ed|en)\s+(?:[\p{L}’'-]+\s+){0,5}?by\b/iu;

/**
 * Whether `m`, named in the opening clause, is whom the main clause's own "he" ("she") stands for: "Soon after
 * Tomas Reyes took office, he fired Dale Corbin. “…,” he said." The opener's person is that clause's subject,
 * and not Corbin, the object, is whom a later "he said" goes on with. Only when the opener names no one else
 * who fits.
 */
export function takenUpByMain(
  ctx: ResolveContext,
  main: MainClause,
  opener: readonly Mention[],
  m: Mention,
  fits: (m: Mention) => boolean,
  gender: 'm' | 'f' | null,
): boolean {
  if (gender === null || m.start >= main.start || main.namesNoSubject) return false;
  const word =
    gender === 'm' ? /^\s*(?:(?:and|but|then|so),?\s+)?he\b/i : /^\s*(?:(?:and|but|then|so),?\s+)?she\b/i;
  const clause = ctx.text.slice(main.start, main.start + 60);
  // "he was replaced by Corbin": the one named after "by" takes the stage, and the later "he said" is his.
  if (!word.test(clause) || PASSIVE.test(clause)) return false;
  return opener.every((other) => other.entity === m.entity || other.start >= main.start || !fits(other));
}
