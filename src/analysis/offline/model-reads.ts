// The sentence readings of one article (sentence-reads.ts), kept on its model for the key facts and the
// summary to share.
//
// Kept on the model, not in a WeakMap keyed by it: the readings hold their model, and the young-generation GC
// treats a WeakMap value as live whatever becomes of its key, so every article's model and tokens survived
// each minor collection, were promoted to the old generation, and made V8 allocate tokens there from the start.
import { SentenceReads } from './sentence-reads.ts';
import type { TextModel } from './sentences.ts';

export function readsOf(model: TextModel): SentenceReads {
  let reads = model.reads;
  if (reads === undefined) {
    reads = new SentenceReads(model);
    model.reads = reads;
  }
  return reads;
}
