// "Mitt Romney … Romney’s comment …": a two-word name whose given name the lexicon does not list was read as no
// one, so the later bare "Romney" named no one either, and a "he" in the same sentence went to whoever else was
// named there (an editor's read: the other candidate shown saying Romney's words). News names a person in full,
// then by surname alone; a name read that way, its first word unknown to the lexicon as any other word, is a
// person's.
import { wordLexicon } from './compromise-lexicon.ts';
import type { Mention } from './entities.ts';
import { ORG_HEADS, PARTY_MEMBERS } from './lexicon.ts';
import type { Run } from './name-runs.ts';
import { isPersonNoun } from './speaker-like.ts';
import { fold, stripPossessive, type Token } from './tokens.ts';

const AFTER_PREPOSITION = /\b(?:of|at|for|from|with|by|in|on)\s+$/i;

/** Makes persons of the two-word names in `named` whose surname stands alone among `singles`. */
export function personsNamedBySurname(text: string, named: Mention[], singles: Run[]): void {
  let bare: Set<string> | undefined;
  // A name only ever met after a preposition ("a partner at the firm of Mintz Levin") is more often a body's.
  const subjects = new Set(
    named
      .filter((m) => !AFTER_PREPOSITION.test(text.slice(Math.max(0, m.start - 6), m.start)))
      .map((m) => m.entity),
  );
  for (const mention of named) {
    const entity = mention.entity;
    if (entity.kind !== 'other' || !subjects.has(entity)) continue;
    const words = entity.name.split(' ');
    if (words.length !== 2 || !words.every((word) => /^\p{Lu}\p{Ll}+$/u.test(word))) continue;
    if (!mayBeGivenName(words[0] as string) || !mayBeSurname(words[1] as string)) continue;
    bare ??= new Set(singles.map((run) => fold(stripPossessive((run.tokens[0] as Token).text))));
    if (bare.has(fold(words[1] as string))) entity.kind = 'person';
  }
}

/**
 * A given name the lexicon does not list ("Mitt", "Megyn", "Sadiq"): a word it lists ("House", "Virginia",
 * "Calls") names something else, and "Understated", "Presumptive", "Central" describe.
 */
function mayBeGivenName(word: string): boolean {
  const folded = fold(word);
  return (
    !wordLexicon().listed.has(folded) && !/(?:ed|ive|al|an|ish|ese|er)$/.test(folded) && !isPersonNoun(folded)
  );
}

/** Not a group, a party's member, a body's or a place's word: "House Democrats", "Telemundo Facebook". */
function mayBeSurname(word: string): boolean {
  const folded = fold(word);
  const lexicon = wordLexicon();
  if (lexicon.places.has(folded) || lexicon.organizations.has(folded)) return false;
  return !isPersonNoun(folded) && !PARTY_MEMBERS.has(folded) && !ORG_HEADS.has(folded);
}
