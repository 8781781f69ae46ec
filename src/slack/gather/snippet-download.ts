// Downloads a snippet or text file from Slack with the bot token of the workspace it belongs to (given with each
// call; installed in many workspaces there is no one token).
// The token goes only to Slack's file host (or the configured API double): never to a URL we did not expect.
// Without the token or the files:read scope Slack answers 200 with an HTML login page, so the type is checked.
import type { Logger } from '../../logger.ts';
import { type FileDownloader, fileError } from './message-sources.ts';
import type { SlackFile } from './slack-message.ts';

export interface DownloaderOptions {
  /** The token when a call gives none: the single workspace's (SLACK_BOT_TOKEN). */
  token?: string | undefined;
  /** Origins that may receive the token, e.g. "https://files.slack.com". */
  allowedOrigins: string[];
  timeoutMs: number;
  maxBytes: number;
  logger: Logger;
}

const MAX_REDIRECTS = 3;

export function createSnippetDownloader(options: DownloaderOptions): FileDownloader {
  return async (file: SlackFile, given?: string) => {
    const name = file.title || file.name || 'the file';
    const start = file.url_private_download ?? file.url_private;
    if (!start) throw fileError(name, 'Slack did not give a download link.');
    if ((file.size ?? 0) > options.maxBytes) throw fileError(name, 'it is too large to read.');
    const token = given ?? options.token;
    if (!token) throw fileError(name, 'copydesk has no token for this workspace.');
    const response = await fetchFollowing(start, token, options, name);
    const type = response.headers.get('content-type') ?? '';
    const body = await readCapped(response, options.maxBytes, name);
    const expectsHtml = file.mimetype === 'text/html' || file.filetype === 'html';
    if (/text\/html/i.test(type) && !expectsHtml) {
      options.logger.warn(
        { file: file.id, status: response.status, type },
        'file download returned an HTML page',
      );
      throw fileError(
        name,
        'Slack answered with a sign-in page. The app may be missing the files:read permission; reinstall it.',
      );
    }
    if (!/^text\/|application\/(json|xml|octet-stream)/i.test(type) && type !== '') {
      throw fileError(name, `it is not a text file (${type.split(';')[0]}).`);
    }
    return body;
  };
}

async function fetchFollowing(
  url: string,
  token: string,
  options: DownloaderOptions,
  name: string,
): Promise<Response> {
  let current = url;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop += 1) {
    const origin = originOf(current);
    if (origin === null || !options.allowedOrigins.includes(origin)) {
      options.logger.warn({ origin }, 'refused to send the bot token to an unexpected file host');
      throw fileError(name, 'the download link does not point at Slack.');
    }
    let response: Response;
    try {
      response = await fetch(current, {
        headers: { authorization: `Bearer ${token}` },
        redirect: 'manual',
        signal: AbortSignal.timeout(options.timeoutMs),
      });
    } catch (error) {
      throw fileError(name, 'Slack did not answer in time.', error);
    }
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      try {
        current = new URL(location, current).toString();
      } catch (error) {
        // A garbled Location is still this file's download failing, not an internal error.
        throw fileError(name, 'Slack sent a broken redirect.', error);
      }
      continue;
    }
    if (!response.ok) {
      await response.body?.cancel();
      throw fileError(name, `Slack answered ${response.status}.`);
    }
    return response;
  }
  throw fileError(name, 'too many redirects.');
}

async function readCapped(response: Response, maxBytes: number, name: string): Promise<string> {
  const reader = response.body?.getReader();
  if (!reader) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read().catch((error: unknown) => {
      // The fetch's timeout signal also covers the body: a stalled or dropped transfer rejects here.
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      throw fileError(name, timedOut ? 'Slack did not answer in time.' : 'the download broke off.', error);
    });
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw fileError(name, 'it is too large to read.');
    }
    chunks.push(value);
  }
  return new TextDecoder().decode(Buffer.concat(chunks));
}

function originOf(url: string): string | null {
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
