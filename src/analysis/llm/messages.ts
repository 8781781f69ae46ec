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

/**
 * One line per source, fact and quote: the judge needs the IDs and the words, not JSON punctuation (indented
 * JSON cost 2.6 times the tokens for the same content).
 */
export function comparisonMessages(input: CompareInput): ChatMessage[] {
  const lines: string[] = [];
  for (const source of input.sources) {
    lines.push(
      [source.id, source.outlet, source.title]
        .filter(Boolean)
        .map((part) => oneLine(part as string))
        .join(' · '),
    );
    for (const fact of source.facts) {
      // The value only when the statement does not already carry it.
      const value =
        fact.value && !fact.statement.includes(fact.value) ? ` (value ${oneLine(fact.value)})` : '';
      lines.push(`${fact.id} ${fact.kind}: ${oneLine(fact.statement)}${value}`);
    }
    for (const quote of source.quotes) {
      const who = quote.role ? `${oneLine(quote.speaker)}, ${oneLine(quote.role)}` : oneLine(quote.speaker);
      lines.push(`${quote.id} ${who}: “${oneLine(quote.text)}”`);
    }
  }
  const body = ['<sources>', defuse(lines.join('\n'), 'sources'), '</sources>'].join('\n');
  return [
    { role: 'system', content: COMPARE_PROMPT.text },
    { role: 'user', content: body },
  ];
}

/** An article cannot close our delimiter early: "</article>" inside it loses its angle brackets. */
function defuse(text: string, tag: string): string {
  return text.replace(new RegExp(`<\\s*/?\\s*${tag}\\s*>`, 'gi'), (match) => match.replace(/[<>]/g, ''));
}

function oneLine(text: string, max = 300): string {
  return text.replace(/\s+/g, ' ').trim().slice(0, max);
}
