// An extractive summary: two or three of the article's own sentences, in article order.
// News puts the point first, so position weighs most; sentences that are mostly quotation, that start with
// a pronoun (meaningless out of context), or that are too short or too long to stand alone are passed over.
// Only body paragraphs are read, so furniture, captions and repeated headlines never reach the summary.
import type { Sentence, TextModel } from './sentences.ts';

const MIN_WORDS = 8;
const MAX_WORDS = 60;
/** Stop adding sentences past this many words: a summary is read in a Slack thread. */
const BUDGET_WORDS = 75;
const MAX_SENTENCES = 3;

export function extractSummary(model: TextModel): string {
  const scored = model.sentences
    .map((sentence, rank) => ({
      sentence,
      rank,
      words: sentence.tokens.length,
      score: score(model, sentence, rank),
    }))
    .filter((item) => item.score > 0);
  const ranked = [...scored].sort((a, b) => b.score - a.score || a.rank - b.rank);
  const chosen: typeof scored = [];
  let words = 0;
  for (const item of ranked) {
    if (chosen.length >= MAX_SENTENCES) break;
    const length = item.words;
    if (chosen.length >= 2 && words + length > BUDGET_WORDS) continue;
    chosen.push(item);
    words += length;
  }
  return chosen
    .sort((a, b) => a.rank - b.rank)
    .map((item) => textOf(model, item.sentence))
    .join(' ');
}

function score(model: TextModel, sentence: Sentence, rank: number): number {
  // Token count stands in for word count (punctuation included): cheap, and only thresholds use it.
  const words = sentence.tokens.length;
  if (words < MIN_WORDS || words > MAX_WORDS * 1.2) return 0;
  const text = textOf(model, sentence);
  if (/^[“"‘']/.test(text) || /\?["”]?$/.test(text)) return 0;
  const quoted = sentence.quotes.reduce((sum, q) => sum + (q.end - q.start), 0);
  if (quoted / text.length > 0.4) return 0;
  let value = 1 / (1 + rank * 0.6);
  if (rank > 0 && /^(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their)\b/.test(text)) value *= 0.3;
  if (/\d/.test(text)) value *= 1.2;
  return value;
}

function textOf(model: TextModel, sentence: Sentence): string {
  return model.text.slice(sentence.start, sentence.end).trim();
}
