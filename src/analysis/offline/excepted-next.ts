// "Kiel keeps only photos of her family on her office walls. The one exception is Tomas Reyes.": the sentence
// after takes back the first one's "only", and alone the first says the opposite of the story (an editor's read).
// Such a sentence is no key fact.
import type { TextModel } from './sentences.ts';

/** Whether the sentence after `index`, in its paragraph, opens on an exception to it. */
export function exceptedNext(model: TextModel, index: number): boolean {
  const sentence = model.sentences[index];
  const next = model.sentences[index + 1];
  if (!sentence || !next || next.paragraph !== sentence.paragraph) return false;
  return EXCEPTION.test(model.text.slice(next.start, next.start + 40));
}

const EXCEPTION =
  /^\s*(?:(?:But|With)\s+)?(?:(?:the|one|an?)\s+)?(?:(?:one|only|sole|lone|notable|single)\s+)?exceptions?\b|^\s*(?:Except|Apart from|Other than)\b/i;
