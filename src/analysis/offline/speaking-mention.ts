// "A claim that puzzled Judge Reyes also drew the scorn of Judge Hallam, who said he was torn by it. “…,” he said.":
// of the people a sentence names, the one it shows speaking ("X, who said", "X said") is the one a "he said"
// right after goes on with, whatever stands first in the sentence.
import type { Mention } from './entities.ts';

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

/** Whether the mention is followed by its own verb of saying, perhaps through "who", or set after one. */
export function speaksInSentence(text: string, mention: Mention): boolean {
  const before = text.slice(Math.max(0, mention.start - 40), mention.start);
  if (SPEAKS_BEFORE.test(before) && ENDS_CLAUSE.test(text.slice(mention.end, mention.end + 2))) return true;
  return SPEAKS_NEXT.test(text.slice(mention.end, mention.end + 40)) && !INSIDE_PHRASE.test(before);
}
