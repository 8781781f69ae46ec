// Builds the chat messages. Static instructions first and the article last, so providers can cache the prefix;
// the article is wrapped as data, and delimiter look-alikes inside it are defused.
import type { Article } from '../../types.ts';
import type { CompareInput } from '../engine.ts';
import { COMPARE_PROMPT, EXTRACT_PROMPT } from './prompts.ts';

export interface ChatMessage {
  role: 'system' | 'user';
  content: string;
}

export function extractionMessages(article: Article): ChatMessage[] {
  const meta = [
    article.title ? `Headline given by the page: ${oneLine(article.title)}` : null,
    article.outlet ? `Outlet given by the page: ${oneLine(article.outlet)}` : null,
    article.byline ? `Byline: ${oneLine(article.byline)}` : null,
    article.publishedAt ? `Published: ${article.publishedAt}` : null,
  ].filter((line): line is string => line !== null);
  const body = [...meta, '<article>', defuse(article.text, 'article'), '</article>'].join('\n');
  return [
    { role: 'system', content: EXTRACT_PROMPT.text },
    { role: 'user', content: body },
  ];
}

export function comparisonMessages(input: CompareInput): ChatMessage[] {
  const body = ['<sources>', defuse(JSON.stringify(input.sources, null, 1), 'sources'), '</sources>'].join('\n');
  return [
    { role: 'system', content: COMPARE_PROMPT.text },
    { role: 'user', content: body },
  ];
}

/** An article cannot close our delimiter early: "</article>" inside it loses its angle brackets. */
function defuse(text: string, tag: string): string {
  return text.replace(new RegExp(`<\\s*/?\\s*${tag}\\s*>`, 'gi'), (match) => match.replace(/[<>]/g, ''));
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, 300);
}
