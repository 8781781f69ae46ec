// "The campaign attacked a story that carries video of him at a 2009 dinner saying he had worked “at sea”": the
// one a video, footage or a recording shows says what its participle says, not the subject of the sentence that
// cites it (an editor's read: the campaign was shown saying the words it called a distortion).
import { mentionAt } from './entities.ts';
import { QUOTE_MARK } from './quote-tokens.ts';
import type { PhraseContext, SpeakerRef } from './speaker-phrase.ts';
import { isWord, lowerOf, type Token } from './tokens.ts';

const MEDIA = new Set(
  'video videos footage recording recordings tape tapes clip clips audio film photo photos'.split(' '),
);
/**
 * Words that open where or when, between a person and a participle ("at a 2009 dinner", "in Ohio last year") or
 * after a participle ("described in court as"): the scene, not an object.
 */
export const SCENE_WORDS = new Set('at in on during from earlier last this today yesterday'.split(' '));
/** The longest scene between the one shown and the participle. */
const MAX_SCENE = 6;

/**
 * The person a media noun shows ("video of him …", "footage of Ada Brenner …") before the participle at `i`, for
 * the first quote after it: a later one ("… “at sea” an “outrageous smear”") is the sentence's own.
 */
export function shownSpeaker(
  region: Token[],
  i: number,
  lo: number,
  markAt: number,
  ctx: PhraseContext,
): SpeakerRef | null {
  for (let k = i + 1; k < markAt; k++) if (region[k]?.text === QUOTE_MARK) return null;
  for (let of = i - 2; of >= lo && of >= i - MAX_SCENE - 4; of--) {
    const word = lowerOf(region[of]);
    if (!isWord(region[of])) return null;
    if (word !== 'of') continue;
    if (!MEDIA.has(lowerOf(region[of - 1]))) return null;
    const shown = region[of + 1] as Token;
    const pronoun = lowerOf(shown);
    const mention = mentionAt(ctx.registry, shown.start);
    // The scene after the one shown: a preposition and its few words, or nothing.
    const after = mention ? endOf(region, of + 1, mention.end) : of + 2;
    if (after < i && !SCENE_WORDS.has(lowerOf(region[after]))) return null;
    if (pronoun === 'him' || pronoun === 'her')
      return { kind: 'pronoun', word: pronoun === 'him' ? 'he' : 'she', at: shown.start };
    return mention?.entity.kind === 'person' ? { kind: 'mention', mention } : null;
  }
  return null;
}

/** The index of the first token at or after `from` that starts past `end`. */
function endOf(region: Token[], from: number, end: number): number {
  let k = from;
  while (k < region.length && (region[k] as Token).start < end) k++;
  return k;
}
