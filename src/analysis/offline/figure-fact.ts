// A figure's fact as numbers.ts finds it: its statement and value at once, its evidence when asked.
import { evidenceFor } from './evidence.ts';
import type { NumberFact } from './numbers.ts';
import type { Sentence, TextModel } from './sentences.ts';

/**
 * A figure's fact with its evidence cut only when asked for: the engine picks its facts by value and position
 * (facts.ts) and never reads the evidence, which was a clause search and a slice for every figure found.
 */
export class FigureFact implements NumberFact {
  readonly statement: string;
  readonly value: string;
  readonly at: number;
  private readonly model: TextModel;
  private readonly sentence: Sentence;
  private readonly end: number;
  private cut: string | undefined;

  constructor(
    statement: string,
    value: string,
    at: number,
    model: TextModel,
    sentence: Sentence,
    end: number,
  ) {
    this.statement = statement;
    this.value = value;
    this.at = at;
    this.model = model;
    this.sentence = sentence;
    this.end = end;
  }

  get evidence(): string {
    this.cut ??= evidenceFor(this.model, this.sentence, this.at, this.end, { clause: true });
    return this.cut;
  }
}
