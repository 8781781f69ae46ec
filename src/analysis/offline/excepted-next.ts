// "Kiel keeps only photos of her family on her office walls. The one exception is Tomas Reyes.": the sentence
// after takes back the first one's "only", and alone the first says the opposite of the story (an editor's read).
// Such a sentence, holding a word the exception takes back ("only", "all", "every", "no"), is no key fact.
import type { TextModel } from './sentences.ts';

/** Whether the sentence after `index`, in its paragraph, opens on an exception to it. */
export function exceptedNext(model: TextModel, index: number): boolean {
  const sentence = model.sentences[index];
  const next = model.sentences[index + 1];
  if (!sentence || !next || next.paragraph !== sentence.paragraph) return false;
  if (!EXCEPTION.test(model.text.slice(next.start, next.start + 40))) return false;
  return UNIVERSAL.test(model.text.slice(sentence.start, sentence.end));
}

/** "The one exception is …", "The only exceptions were …": an exception named, not "With one exception, …". */
const EXCEPTION =
  /^\s*(?:But\s+)?the\s+(?:(?:one|only|sole|lone|notable|single)\s+)?exceptions?\s+(?:is|was|are|were)\b/i;
/** A claim an exception can take back: "only", "all", "every", "no", "never", "always", "none", "each". */
const UNIVERSAL = /\b(?:only|all|every|no|never|always|none|each|entire)\b/i;
