// The subject a relative clause or a "brought by" phrase describes, for the walk back from a verb of saying.
import { nounPhrase } from './noun-phrase.ts';
import { lowerOf, type Token } from './tokens.ts';

/**
 * "The lawsuit, which was brought by Norland's attorney general, Jon Bruning, and …, accused": the noun phrase
 * before a relative clause or a "brought by" phrase is the subject, however many names the clause goes on to
 * give. Only when that phrase is the whole first chunk (lo to its comma).
 */
export function describedHead(
  tokens: Token[],
  comma: number,
  lo: number,
): { from: number; to: number } | null {
  let first = lo;
  while (first < comma && tokens[first]?.text !== ',') first++;
  if (first >= comma) return null;
  const opener = lowerOf(tokens[first + 1]);
  const describes =
    RELATIVE_WORDS.has(opener) ||
    (/^\p{Ll}/u.test(tokens[first + 1]?.text ?? '') && lowerOf(tokens[first + 2]) === 'by');
  if (!describes) return null;
  // "At the launch, which was filmed, Reyes says": a time or place opening the sentence is no subject.
  if (PREPOSITIONS.has(lowerOf(tokens[lo]))) return null;
  const phrase = nounPhrase(tokens, lo);
  return phrase && phrase.from === lo && phrase.to === first - 1 ? phrase : null;
}

const RELATIVE_WORDS = new Set(['which', 'who', 'whose']);
const PREPOSITIONS = new Set(
  'at in on after before during with from for by to of since until over under among amid'.split(' '),
);
