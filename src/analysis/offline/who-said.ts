// ", who said …" after an apposition: in "said Tomas Reyes, a candidate in Korvin’s 16th District, who said
// people were furious" the one who said it is Reyes, whom the apposition describes, not the district that
// ends it. The word before ", who" is read first ("Reyes, who said"); when it names no person, the name before
// the apposition's comma is.
import { type PhraseContext, parseBackward, type SpeakerRef } from './speaker-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/** How far back an apposition's opening comma may stand from ", who". */
const MAX_APPOSITION = 15;

/** The person ", who" at `at` - 1 stands for, or undefined when the verb has no ", who" before it or none is named. */
export function relativeSubject(tokens: Token[], at: number, ctx: PhraseContext): SpeakerRef | undefined {
  if (lowerOf(tokens[at - 1]) !== 'who' || tokens[at - 2]?.text !== ',') return undefined;
  const near = parseBackward(tokens, at - 3, 0, ctx);
  if (isPerson(near)) return near;
  for (let k = at - 3; k > 0 && at - k <= MAX_APPOSITION; k--) {
    if (tokens[k]?.text !== ',') continue;
    const named = parseBackward(tokens, k - 1, 0, ctx);
    return isPerson(named) ? named : undefined;
  }
  return undefined;
}

function isPerson(ref: SpeakerRef | null): ref is SpeakerRef {
  return ref?.kind === 'mention' && ref.mention.entity.kind === 'person';
}
