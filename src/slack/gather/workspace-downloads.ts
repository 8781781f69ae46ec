// Files are downloaded with the token of the workspace they were shared in: the one its Web API client holds
// (Bolt's per-workspace client in a listener, the installation's in a queued job's worker).
import type { WebClient } from '@slack/web-api';
import type { FileDownloader } from './message-sources.ts';

export function downloadsWith(download: FileDownloader, client: WebClient): FileDownloader {
  return (file) => download(file, client.token);
}
