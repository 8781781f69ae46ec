// "A claim that puzzled Judge Reyes also drew the scorn of Judge Hallam, who said he was torn by it. “…,” he said.":
// of the people a sentence names, the one it shows speaking ("X, who said", "X said") is the one a "he said"
// right after goes on with, whatever stands first in the sentence; so is one credited after the report ("…,
// said Katie Harbath"), when the report names no one else the pronoun could mean.
import type { Mention } from './entities.ts';
import { modifiesAfterDeterminer } from './name-modifier.ts';
import { ownerOnly } from './owner-only.ts';

// Right after the name, or through "who": after a comma alone the verb may be another's ("a senior adviser to
// Mr. Reyes, said …" is the adviser speaking).
// A party tag may stand between: "Brandt, R-Ky., suggested", "Reyes (D-N.Y.) said".
const SPEAKS_NEXT =
  /^(?:,\s+[RDI]-[\w.]+,|\s+\([RDI]-[\w.]+\))?(?:,?\s+who)?\s+(?:has\s+|had\s+|also\s+|later\s+)?(?:said|says|told|tells|added|argued|insisted|complained|wrote|warned|replied|explained|suggested|noted|claimed|declared|announced|tweeted)\b/;

/** "Mikael Strand of grid operator Nordnett told": a name inside another name's phrase speaks through it. */
const INSIDE_PHRASE = /\p{Lu}[\p{L}.’'-]*,?\s+(?:of|for|at|from)\s+(?:[\p{L}.’'-]+\s+){0,3}$/u;

/**
 * The verb set before the name after a report or a quote: "…, said Katie Harbath", "…,” says Gov. Ana Ruiz". The
 * report's own people ("The Reyes plan works, said Ana Ruiz") are named in what she said, not saying it. The
 * name must end the clause: in "Mr. Coffman, who …, said Mr. Reyes had …" Reyes is the report's subject.
 */
const SPEAKS_BEFORE =
  /(?:,|[,.!?]?[”"])\s+(?:said|says|added|argued|explained|noted|wrote|warned|insisted)\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;

const ENDS_CLAUSE = /^(?:[,.;:]|\s\(|$)/;

/** Whether the mention is followed by its own verb of saying, perhaps through "who". */
export function speaksInSentence(text: string, mention: Mention): boolean {
  return (
    SPEAKS_NEXT.test(text.slice(mention.end, mention.end + 40)) &&
    !INSIDE_PHRASE.test(text.slice(Math.max(0, mention.start - 40), mention.start))
  );
}

/**
 * Whether `mention` is credited after the report it gave, for a pronoun crediting words after it ("“…,” she said",
 * "He added that …"), and is the only one the pronoun may go on with: the report names no other person who `fits`
 * it but as an owner or a noun's modifier ("The Reyes approach works, said Ana Ruiz"). Where it does ("Ana Ruiz
 * cried, wrote Mara Lind. “…,” she said", "The award went to Ana Ruiz, said Mara Lind. “…,” she said"), the
 * report's person, named first, is left to go on as before.
 */
export function creditedAfterReport(
  text: string,
  mention: Mention,
  people: readonly Mention[],
  fits: (entity: Mention['entity']) => boolean,
): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (!SPEAKS_BEFORE.test(before) || !ENDS_CLAUSE.test(text.slice(mention.end, mention.end + 2)))
    return false;
  return !people.some(
    (m) =>
      m.start < mention.start &&
      m.entity !== mention.entity &&
      fits(m.entity) &&
      !ownerOnly(text, m) &&
      !modifiesAfterDeterminer(text, m),
  );
}
