// /factsheet URL [URL…]: acknowledge at once (Slack gives 3 s), then post the sheet to the channel,
// or privately through response_url when copydesk is not a member.
import { randomUUID } from 'node:crypto';
import type { App } from '@slack/bolt';
import { splitSlackMessage } from '../../ingest/find-links.ts';
import type { SourceInput } from '../../types.ts';
import { commandDestination } from '../jobs/destinations.ts';
import { startSheetRequest } from '../jobs/sheet-request.ts';
import { commandUsage, readingReply } from '../replies.ts';
import type { SlackServices } from '../services.ts';

/** Anyone can paste a hundred links; a comparison of more than this is unreadable anyway. */
export const MAX_COMMAND_URLS = 10;

export function registerFactsheetCommand(app: App, services: SlackServices): void {
  app.command('/factsheet', async ({ command, ack, respond, client, context }) => {
    const urls = parseUrls(command.text);
    if (urls === null) {
      const usage = commandUsage(command.command);
      await ack({ response_type: 'ephemeral', text: usage.text, blocks: usage.blocks });
      return;
    }
    const reading = readingReply(urls.length);
    await ack({ response_type: 'ephemeral', text: reading.text });
    const inputs: SourceInput[] = urls.map((url) => ({ kind: 'url', url }));
    const team = context.teamId ?? command.team_id;
    // Replays of the same request are refused at the door (request gate); the journal keeps the job's answer.
    const job = await services.jobs.accept({
      id: `command:${command.trigger_id ?? randomUUID()}`,
      team,
      keys: [],
      reply: { kind: 'ephemeral', channel: command.channel_id, responseUrl: command.response_url },
    });
    if (!job) return;
    await startSheetRequest(services, client, {
      kind: 'command',
      team,
      enterprise: context.enterpriseId ?? null,
      job,
      destination: commandDestination(client, command.channel_id, command.user_id, respond, services.logger),
      channel: command.channel_id,
      requestedBy: command.user_id,
      knownCount: urls.length,
      source: { kind: 'inputs', inputs },
      hintForSingleSource: false,
      // The ack already says "Reading…"; only a queue needs another private note.
      placeholderShown: true,
    });
  });
}

/**
 * The links in the command text, or null when the text is not just links (empty, words, too many).
 * Slack sends links as <https://…> when the command escapes them, and as plain text when it does not.
 */
export function parseUrls(text: string): string[] | null {
  const split = splitSlackMessage(text);
  const bare = split.text.split(/\s+/).filter((word) => word !== '');
  const urls = [...split.urls];
  for (const word of bare) {
    if (!/^https?:\/\/\S+$/i.test(word) || !URL.canParse(word)) return null;
    if (!urls.includes(word)) urls.push(word);
  }
  if (urls.length === 0 || urls.length > MAX_COMMAND_URLS) return null;
  return urls;
}
