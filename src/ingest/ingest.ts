// Turns one SourceInput into an Article: pasted text is cleaned, links are fetched and extracted.

import { CopydeskError } from '../errors.ts';
import type { Article, SourceInput } from '../types.ts';
import { countWords } from '../util/word-count.ts';
import { cleanPaste } from './clean-paste.ts';
import { withFirstPersonNote } from './first-person-note.ts';
import { fitToBudget } from './fit-to-budget.ts';

export interface IngestDeps {
  /** Fetches and extracts a web page. Throws CopydeskError with a user-facing reason. */
  readUrl: (url: string) => Promise<Article>;
  maxWords: number;
}

export async function ingest(input: SourceInput, deps: IngestDeps): Promise<Article> {
  if (input.kind === 'unreadable') throw input.error;
  const article =
    input.kind === 'url' ? await deps.readUrl(input.url) : articleFromPaste(input.text, input.label);
  if (article.text.trim() === '') {
    throw new CopydeskError('input_empty', `${article.label} has no article text to read.`);
  }
  // Read after the cut: the note describes the text analysed, and a 2 MB paste is not scanned whole for it.
  return withFirstPersonNote(fitToBudget(article, deps.maxWords));
}

/** Pasted text (a message, a file, stdin) as an Article: cleaned, with what metadata the paste states. */
export function articleFromPaste(text: string, label: string): Article {
  const cleaned = cleanPaste(text);
  return {
    label,
    title: cleaned.title,
    outlet: cleaned.outlet,
    url: null,
    byline: cleaned.byline,
    publishedAt: cleaned.publishedAt,
    text: cleaned.text,
    words: countWords(cleaned.text),
    truncated: false,
    extractionNote: cleaned.note,
  };
}
