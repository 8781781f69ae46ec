// Cuts an article that is longer than the analysis budget at a paragraph (or sentence) boundary, and says so.
import type { Article } from '../types.ts';

export function fitToBudget(article: Article, maxWords: number): Article {
  if (article.words <= maxWords) return article;
  const wordEnds = [...article.text.matchAll(/\S+/g)];
  const hardEnd = (wordEnds[maxWords - 1]?.index ?? 0) + (wordEnds[maxWords - 1]?.[0].length ?? 0);
  const head = article.text.slice(0, hardEnd);
  // Prefer the last paragraph break in the final fifth of the budget, then the last sentence end.
  const paragraph = head.lastIndexOf('\n\n');
  const sentence = Math.max(head.lastIndexOf('. '), head.lastIndexOf('.\n'));
  const floor = hardEnd * 0.8;
  const cut = paragraph > floor ? paragraph : sentence > floor ? sentence + 1 : hardEnd;
  const text = article.text.slice(0, cut).trimEnd();
  const words = text.match(/\S+/g)?.length ?? 0;
  const note = `Long article: read the first ${words.toLocaleString('en-US')} of ${article.words.toLocaleString('en-US')} words.`;
  return {
    ...article,
    text,
    words,
    truncated: true,
    extractionNote: article.extractionNote ? `${article.extractionNote} ${note}` : note,
  };
}
