// Whether a predicted speaker is the gold speaker. People are known by their surname and bodies by their
// head noun, so the rule is: the same last word once both are normalised (accents and case folded,
// possessives and punctuation dropped). "Aurel Vasko" = "Vasko" = "Prime Minister Aurel Vasko";
// "Lestria’s Health Ministry" = "the ministry"; "officials" = "Lestrian officials". A pronoun never matches:
// a sheet that says "he" has not attributed the quote.
import { words } from './text-match.ts';

const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'him', 'her', 'them']);

export function speakerKey(speaker: string): string {
  const list = words(speaker);
  const last = list.at(-1) ?? '';
  return PRONOUNS.has(last) && list.length === 1 ? '' : last;
}

export function sameSpeaker(gold: string, predicted: string): boolean {
  const a = speakerKey(gold);
  return a !== '' && a === speakerKey(predicted);
}
