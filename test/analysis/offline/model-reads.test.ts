import { describe, expect, it } from 'vitest';
import { readsOf } from '../../../src/analysis/offline/model-reads.ts';
import { buildTextModel } from '../../../src/analysis/offline/sentences.ts';

describe('readsOf', () => {
  it('gives one set of readings per model, kept on the model itself', () => {
    const model = buildTextModel('The ferry left Tarsa at dawn. It reached Korvin by noon.', null);
    const reads = readsOf(model);
    expect(readsOf(model)).toBe(reads);
    expect(model.reads).toBe(reads);
    expect(reads.head(1)).toBe('It reached Korvin by noon.');
  });

  it('gives another model its own readings', () => {
    const text = 'The ferry left Tarsa at dawn.';
    expect(readsOf(buildTextModel(text, null))).not.toBe(readsOf(buildTextModel(text, null)));
  });
});
