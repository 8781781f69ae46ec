// What the key facts (claim.ts) and the summary (summary.ts) both ask of a sentence, read once per article: its
// head (the text after a dateline or a leading "But"), whether the head reads badly out of its article, and
// whether it leans on a pronoun it does not name. The facts ask first, of the sentences their figures and
// people sit in; the summary then asks of the story's first sentences, mostly the same ones.
//
// Answers are kept by sentence index, for the head itself: both callers pass the very string sentenceHead
// gave them whenever their text is the whole head (the summary's trimmed text, a claim's evidence without a
// clause end to trim), so a kept answer is found by identity, with no string to hash. Any other text is
// answered afresh.
import { isTitleSentence } from '../../util/title-case.ts';
import { isSpaceCode } from '../../util/word-count.ts';
import type { Registry } from './entities.ts';
import { echoParagraphs } from './quote-echo.ts';
import type { Sentence, TextModel } from './sentences.ts';
import { leadLength, leansOnPronoun, leansOnThey, readsBadly } from './standalone.ts';

const UNKNOWN = 0;
const NO = 1;
const YES = 2;

/** One article's readings, made on first ask. */
export class SentenceReads {
  private readonly model: TextModel;
  private readonly heads: (string | undefined)[];
  /** readsBadly of each head: UNKNOWN until asked. */
  private readonly badly: number[];
  /** leansOnPronoun || leansOnThey of each head, with `registry`: UNKNOWN until asked. */
  private readonly leaning: number[];
  private registry: Registry | null = null;
  /** echoParagraphs of the model: made on first ask. */
  private echoing: Set<number> | null = null;

  constructor(model: TextModel) {
    const count = model.sentences.length;
    this.model = model;
    this.heads = new Array<string | undefined>(count).fill(undefined);
    // Plain arrays: typed ones cost a buffer of their own to make, for a dozen entries.
    this.badly = new Array<number>(count).fill(UNKNOWN);
    this.leaning = new Array<number>(count).fill(UNKNOWN);
  }

  /** Where sentence `index`'s head starts in the text: after its dateline and leading connective. */
  start(index: number): number {
    const sentence = this.model.sentences[index] as Sentence;
    let lead = sentence.lead;
    if (lead === undefined) {
      lead = leadLength(this.model.text.slice(sentence.start, sentence.end));
      sentence.lead = lead;
    }
    return sentence.start + lead;
  }

  /** The sentence's text from its start() to its end, the same string on every ask. */
  head(index: number): string {
    let head = this.heads[index];
    if (head === undefined) {
      head = this.model.text.slice(this.start(index), (this.model.sentences[index] as Sentence).end);
      this.heads[index] = head;
    }
    return head;
  }

  /** Whether sentence `index` stands in a paragraph that repeats a quote without its marks (quote-echo.ts). */
  echoes(index: number): boolean {
    if (this.model.quotes.length === 0) return false;
    this.echoing ??= echoParagraphs(this.model);
    return this.echoing.has((this.model.sentences[index] as Sentence).paragraph);
  }

  /** readsBadly of `text`, sentence `index`'s head or a text cut from it, or a sentence set in title case. */
  readsBadly(index: number, text: string): boolean {
    if (text !== this.heads[index]) return readsBadlyOrTitle(text);
    if (this.badly[index] === UNKNOWN) this.badly[index] = readsBadlyOrTitle(text) ? YES : NO;
    return this.badly[index] === YES;
  }

  /**
   * Whether `text`, starting at `start` in sentence `index`, leans on a "he", "she" or "they" it does not name
   * (leansOnPronoun, leansOnThey).
   */
  leans(registry: Registry, index: number, start: number, text: string): boolean {
    // The same text from another start would ask about other mentions.
    if (text !== this.heads[index] || start !== this.start(index)) return leans(registry, index, start, text);
    if (this.registry !== registry) {
      this.leaning.fill(UNKNOWN);
      this.registry = registry;
    }
    if (this.leaning[index] === UNKNOWN) this.leaning[index] = leans(registry, index, start, text) ? YES : NO;
    return this.leaning[index] === YES;
  }
}

/** The head without whitespace at either end: the head itself, not a copy, when it has none. */
export function trimmedHead(head: string): string {
  return isSpaceCode(head.charCodeAt(0)) || isSpaceCode(head.charCodeAt(head.length - 1))
    ? head.trim()
    : head;
}

function leans(registry: Registry, index: number, start: number, text: string): boolean {
  return leansOnPronoun(registry, index, start, text) || leansOnThey(text);
}

/**
 * "The Faces of the Harbour Strike.": a page's heading set as prose, a full stop and all (isTitleSentence). Its
 * names and quotes are still read; a summary or a key fact that shows it reads as the story's own news (an
 * editor's read).
 */
function readsBadlyOrTitle(text: string): boolean {
  return readsBadly(text) || isTitleSentence(text);
}
