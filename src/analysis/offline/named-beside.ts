// People a sentence names beside its subject, rarely the "he" or "she" that goes on after it: one its subject
// asks ("Hallam asked Reyes whether …"), one set aside by dashes ("— as it did Senator Reyes —"), and people named
// as examples in a list after "naming", "including" or "such as" ("… identified several hosts as backers, naming
// Ada Brenner, Ilse Maren and Karl Vasko, although he insisted that “…”").
import { asksAnother } from './asker.ts';
import type { Mention } from './entities.ts';

/**
 * How far `mention` is named beside the subject, as a rank a pronoun's candidates are weighed by: 0 not beside,
 * 1 asked or set between dashes, 3 listed as an example (below even a possessive owner, 2: "Mr. Reyes’s wish …
 * naming Karl Vasko …, although he insisted" is Reyes). `inDashAside` says whether it stands between dashes.
 */
export function besideRank(
  text: string,
  mention: Mention,
  people: readonly Mention[],
  inDashAside: boolean,
): number {
  if (namedAsExample(text, mention)) return 3;
  return (inDashAside && !dashApposition(text, mention)) || asksAnother(text, mention, people) ? 1 : 0;
}

/**
 * "Corbin’s running mate — Lestria Gov. Ivo Brandt — came out for Reyes": dashes that hold a name alone, with its
 * title, name who the phrase before them means; a later "he" goes on with him, not with Reyes.
 */
function dashApposition(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.start - 80), mention.start);
  return SUBJECT_THEN_DASH.test(before) && CLOSES_BEFORE_VERB.test(text.slice(mention.end, mention.end + 24));
}
/**
 * A clause's opening phrase, then the dash: an owner and up to three lower-case words ("<A>’s running mate",
 * "the party's treasurer"), no preposition ("The attack on his deputy — <B> —" names the deputy, not the subject).
 */
const SUBJECT_THEN_DASH =
  /(?:^|[.!?]\s+|\n|,\s)(?:[Tt]he |[Aa] |\p{Lu}[\p{L}-]*['’]s )(?:(?!of |on |from |to |for |with |by |in |at |against )\p{Ll}+ ){1,3}(?:[\u2013\u2014]|--)\s(?:\p{Lu}[\p{L}.]*\s){0,3}$/u;
/** The closing dash, then the clause's verb: a lower-case word that is no joining word. */
const CLOSES_BEFORE_VERB = /^\s(?:[\u2013\u2014]|--)\s(?!and |or |but )\p{Ll}/u;

/** How far back the list's opening word is looked for. */
const REACH = 160;
const OPENERS = /\b(?:naming|including|such as)\s/g;

/** Whether `mention` stands in such a list: only names, commas and "and" between the opening word and it. */
function namedAsExample(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.start - REACH), mention.start);
  let opened = -1;
  for (const match of before.matchAll(OPENERS)) opened = match.index + match[0].length;
  if (opened < 0) return false;
  for (const word of before.slice(opened).split(/[\s,]+/)) {
    if (word !== '' && word !== 'and' && !/^\p{Lu}/u.test(word)) return false;
  }
  return true;
}
