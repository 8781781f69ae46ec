// What a fact sheet reads, as plain data: the same description serves the in-process runner and a queued job
// that a worker on another instance runs (so it holds no function and no token, only what Slack sent or where
// to read it). gatherFrom turns it into the pipeline's inputs with the workspace's client.
import type { WebClient } from '@slack/web-api';
import type { SourceInput } from '../../types.ts';
import { type Gathered, gatherSources } from '../gather/message-sources.ts';
import { isBotMessage, isOwnMessage, type SelfIds, type SlackMessageLike } from '../gather/slack-message.ts';
import { readThread } from '../gather/thread-reader.ts';
import { downloadsWith } from '../gather/workspace-downloads.ts';
import type { SlackServices } from '../services.ts';

export type SheetSource =
  /** One message's links, paste and files (a mention, a DM, a pane message). */
  | { kind: 'message'; message: SlackMessageLike }
  /** Messages already read (a reacted thread, copydesk's own left out). */
  | { kind: 'messages'; messages: SlackMessageLike[] }
  /** A bare mention in a thread: the thread is read when the job runs. */
  | { kind: 'thread'; channel: string; threadTs: string; self: SelfIds }
  /** Links given outright (/factsheet). */
  | { kind: 'inputs'; inputs: SourceInput[] };

export function gatherFrom(
  services: SlackServices,
  client: WebClient,
  source: SheetSource,
): Promise<Gathered> {
  const downloads = downloadsWith(services.downloadFile, client);
  switch (source.kind) {
    case 'message':
      return gatherSources([source.message], downloads);
    case 'messages':
      return gatherSources(source.messages, downloads);
    case 'thread':
      return gatherThread(client, source.channel, source.threadTs, source.self, services);
    case 'inputs':
      return Promise.resolve({ inputs: source.inputs, skipped: [] });
  }
}

/** A bare mention in a thread reads the people's messages in it: not bots', and not copydesk's own sheets. */
export async function gatherThread(
  client: WebClient,
  channel: string,
  threadTs: string,
  self: SelfIds,
  services: SlackServices,
): Promise<Gathered> {
  const messages = await readThread(client, channel, threadTs);
  const people = messages.filter((message) => !isBotMessage(message) && !isOwnMessage(message, self));
  return gatherSources(people, downloadsWith(services.downloadFile, client));
}
