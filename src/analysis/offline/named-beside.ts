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
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  return OPENS_WITH_TITLE.test(before) && CLOSES.test(text.slice(mention.end, mention.end + 4));
}
const OPENS_WITH_TITLE = /(?:[\u2013\u2014]|--)\s(?:\p{Lu}[\p{L}.]*\s){0,3}$/u;
const CLOSES = /^\s(?:[\u2013\u2014]|--)/u;

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
