// A question asked in a sheet's thread: a short placeholder, then the answer from that sheet's kept sources
// (renderFollowup) in its place. Bounded by the workspace's job slots like a sheet, since it may call the LLM;
// like a sheet, it always ends with a message.
import type { WebClient } from '@slack/web-api';
import { userMessage } from '../../errors.ts';
import { renderFollowup } from '../../render/blocks/followup-blocks.ts';
import { mentionQuestion } from '../gather/mention-question.ts';
import { busyReply, failureReply, lookingReply, type Reply, shutdownReply } from '../replies.ts';
import type { SlackServices } from '../services.ts';
import { type SheetRecord, sheetInThread } from '../sheets/sheet-records.ts';
import { type Destination, threadDestination } from './destinations.ts';
import { type AcceptedJob, placeholderOf } from './job-ledger.ts';
import { enqueueFollowup } from './queue/queued-followup.ts';

export interface FollowupSpec {
  team: string;
  job: AcceptedJob;
  destination: Destination;
  question: string;
  record: SheetRecord;
}

/**
 * A mention with nothing to read, in a thread that holds a sheet, is a question about that sheet's sources:
 * answered here (true). Anything else (no sheet in the thread, or no words besides the mention) is not (false).
 */
export async function answerIfQuestion(
  services: SlackServices,
  client: WebClient,
  where: {
    team: string;
    enterprise: string | null;
    channel: string;
    threadTs: string;
    text: string | undefined;
    user: string | null;
  },
  job: AcceptedJob,
): Promise<boolean> {
  const question = mentionQuestion(where.text);
  if (question === '') return false;
  const record = await sheetInThread(services.store, where.channel, where.threadTs);
  if (!record) return false;
  const destination = threadDestination(
    client,
    where.channel,
    where.threadTs,
    services.logger,
    placeholderOf(job),
    job.placed,
  );
  // On Redis a durable job any instance's worker answers; otherwise this process's runner.
  if (services.queue) {
    await enqueueFollowup(services, services.queue, {
      job,
      destination,
      team: where.team,
      enterprise: where.enterprise,
      channel: where.channel,
      threadTs: where.threadTs,
      question,
      requestedBy: where.user,
    });
  } else {
    await startFollowupJob(services, { team: where.team, job, destination, question, record });
  }
  return true;
}

export async function startFollowupJob(services: SlackServices, spec: FollowupSpec): Promise<void> {
  const { destination, job } = spec;
  try {
    await destination.status(lookingReply());
  } catch (error) {
    services.logger.error({ err: error, team: spec.team }, 'could not post the follow-up placeholder');
    job.answered({ release: true });
    return;
  }
  let abandoned = false;
  const accepted = services.runner.submit({
    team: spec.team,
    run: async () => {
      // Once abandoned at shutdown its user has been told; a late answer must not overwrite that.
      const live: Destination = {
        ...destination,
        finish: async (reply) => (abandoned ? undefined : destination.finish(reply)),
      };
      await answerFollowup(services, live, spec.question, spec.record);
      if (!abandoned) job.answered();
    },
    abandon: async (started) => {
      abandoned = true;
      await finishQuietly(services, destination, shutdownReply(started));
      job.answered({ release: true });
    },
  });
  if (!accepted) {
    await finishQuietly(services, destination, busyReply());
    job.answered({ release: true });
  }
}

/** The answer from the sheet's sources in the placeholder, or a plain sentence saying why there is none. */
export async function answerFollowup(
  services: SlackServices,
  destination: Destination,
  question: string,
  record: SheetRecord,
): Promise<void> {
  try {
    const answer = await services.answerQuestion(question, record.sheet);
    await destination.finish(renderFollowup(answer));
  } catch (error) {
    services.logger.error({ err: error }, 'follow-up question failed');
    await finishQuietly(services, destination, failureReply(userMessage(error)));
  }
}

async function finishQuietly(services: SlackServices, destination: Destination, reply: Reply): Promise<void> {
  try {
    await destination.finish(reply);
  } catch (error) {
    services.logger.error({ err: error }, 'could not answer the follow-up question');
  }
}
