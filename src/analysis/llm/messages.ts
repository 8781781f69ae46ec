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
    article.title ? `headline: ${oneLine(article.title)}` : null,
    article.outlet ? `outlet: ${oneLine(article.outlet)}` : null,
    article.byline ? `byline: ${oneLine(article.byline)}` : null,
    article.publishedAt ? `published: ${oneLine(article.publishedAt)}` : null,
  ].filter((line): line is string => line !== null);
  // Page metadata is as untrusted as the text: it goes inside its own delimiters too.
  const metadata = meta.length > 0 ? ['<metadata>', defuse(meta.join('\n'), 'metadata'), '</metadata>'] : [];
  const body = [...metadata, '<article>', defuse(article.text, 'article'), '</article>'].join('\n');
  return [
    { role: 'system', content: EXTRACT_PROMPT.text },
    { role: 'user', content: body },
  ];
}

export function comparisonMessages(input: CompareInput): ChatMessage[] {
  const body = ['<sources>', defuse(JSON.stringify(input.sources, null, 1), 'sources'), '</sources>'].join(
    '\n',
  );
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
