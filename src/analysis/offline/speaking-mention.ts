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

/** Whether the mention is followed by its own verb of saying, perhaps through "who". */
export function speaksInSentence(text: string, mention: Mention): boolean {
  return (
    SPEAKS_NEXT.test(text.slice(mention.end, mention.end + 40)) &&
    !INSIDE_PHRASE.test(text.slice(Math.max(0, mention.start - 40), mention.start))
  );
}
