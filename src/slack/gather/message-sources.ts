// Slack messages → SourceInput[]: links, pasted articles and text snippets, in the order they appear.
import { CopydeskError, userMessage } from '../../errors.ts';
import { splitSlackMessage } from '../../ingest/find-links.ts';
import type { SourceInput } from '../../types.ts';
import type { SlackFile, SlackMessageLike } from './slack-message.ts';

/** Fewer words than this is a remark ("can you check these?"), not a pasted article. */
export const MIN_PASTE_WORDS = 40;

export interface SkippedSource {
  label: string;
  reason: string;
}

export interface Gathered {
  inputs: SourceInput[];
  /** Files that could not be used, with a reason for the reader. */
  skipped: SkippedSource[];
}

/** Downloads a file's text; `token` is the bot token of the workspace the file belongs to. */
export type FileDownloader = (file: SlackFile, token?: string) => Promise<string>;

interface Found {
  urls: string[];
  paste: string | null;
  files: SlackFile[];
}

/** What one message offers, without any I/O. */
export function findSources(message: SlackMessageLike): Found {
  const split = splitSlackMessage(message.text ?? '', message.blocks);
  const words = split.text.match(/\S+/g)?.length ?? 0;
  return {
    urls: split.urls,
    paste: words >= MIN_PASTE_WORDS ? split.text : null,
    files: message.files ?? [],
  };
}

/** How many sources a message offers: enough to say "Reading 3 sources…" before anything is downloaded. */
export function countSources(message: SlackMessageLike): number {
  const found = findSources(message);
  return found.urls.length + (found.paste ? 1 : 0) + found.files.length;
}

/** Every source in the messages, links deduplicated, snippet files downloaded. */
/**
 * One fact sheet reads at most this many sources: each costs a fetch and an LLM call, and a long thread or a
 * message full of links must not occupy a workspace's job slot for minutes. The rest are listed as not read.
 */
export const MAX_SOURCES = 10;

export async function gatherSources(
  messages: SlackMessageLike[],
  download: FileDownloader,
): Promise<Gathered> {
  const inputs: SourceInput[] = [];
  const skipped: SkippedSource[] = [];
  const seenUrls = new Set<string>();
  const seenTexts = new Set<string>();
  let overLimit = 0;
  const addText = (text: string, label: string): void => {
    const key = text.replace(/\s+/g, ' ').trim();
    if (seenTexts.has(key)) return;
    seenTexts.add(key);
    if (inputs.length >= MAX_SOURCES) overLimit++;
    else inputs.push({ kind: 'text', text, label });
  };
  for (const message of messages) {
    const found = findSources(message);
    for (const url of found.urls) {
      if (seenUrls.has(url)) continue;
      seenUrls.add(url);
      if (inputs.length >= MAX_SOURCES) overLimit++;
      else inputs.push({ kind: 'url', url });
    }
    if (found.paste) addText(found.paste, 'Pasted text');
    for (const file of found.files) {
      const label = file.title || file.name || 'Slack file';
      // No download once the sheet is full: the file would only be counted as left out.
      if (inputs.length >= MAX_SOURCES) {
        overLimit++;
        continue;
      }
      const refusal = unreadableFileReason(file);
      if (refusal) {
        skipped.push({ label, reason: refusal });
        continue;
      }
      try {
        addText(await download(file), label);
      } catch (error) {
        skipped.push({ label, reason: userMessage(error) });
      }
    }
  }
  if (overLimit > 0) {
    skipped.push({
      label: `${overLimit} more source${overLimit === 1 ? '' : 's'}`,
      reason: `copydesk reads at most ${MAX_SOURCES} sources for one fact sheet; start a new thread for the rest.`,
    });
  }
  return { inputs, skipped };
}

const TEXT_FILETYPES = new Set(['text', 'txt', 'markdown', 'md', 'post', 'csv', 'rtf']);

/** Null when copydesk can read the file; otherwise a reason in plain words. */
function unreadableFileReason(file: SlackFile): string | null {
  const name = file.title || file.name || 'This file';
  if (file.mode === 'snippet' || file.mode === 'post') return null;
  if (file.mimetype?.startsWith('text/') || TEXT_FILETYPES.has(file.filetype ?? '')) return null;
  if (file.mimetype === 'application/pdf')
    return `${name} is a PDF; copydesk reads links, pasted text and text snippets for now.`;
  return `${name} is ${file.pretty_type ? `a ${file.pretty_type} file` : 'not a text file'}; copydesk reads links, pasted text and text snippets.`;
}

export function fileError(name: string, why: string, cause?: unknown): CopydeskError {
  return new CopydeskError('input_unreadable', `Couldn't download ${name} from Slack: ${why}`, { cause });
}
