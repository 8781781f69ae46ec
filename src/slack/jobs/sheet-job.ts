// One fact-sheet job, the same for every trigger: status → gather → pipeline → render → deliver.
// A job always ends with a message: the sheet, or a plain-words reason. Never silence, never a stack trace.
import { userMessage } from '../../errors.ts';
import type { FactSheet } from '../../types.ts';
import type { Gathered, SkippedSource } from '../gather/message-sources.ts';
import {
  busyReply,
  failureReply,
  queuedReply,
  type Reply,
  readingReply,
  shutdownReply,
  singleSourceHint,
  skippedOnlyReply,
} from '../replies.ts';
import type { SlackServices } from '../services.ts';
import { deliverSheet } from '../sheets/deliver-sheet.ts';
import { noteRecentSheet, recentSheetOf } from '../workspace/recent-sheets.ts';
import { workspaceSettings } from '../workspace/workspace-settings.ts';
import type { Destination } from './destinations.ts';
import type { AcceptedJob } from './job-ledger.ts';
import { createProgressTracker } from './progress-tracker.ts';

export interface SheetJobSpec {
  team: string;
  /** The journaled job: answered (and cleared) when this ends, whichever way. */
  job: AcceptedJob;
  destination: Destination;
  /** Sources known before gathering (for "Reading 3 sources…"); null when the thread must be read first. */
  knownCount: number | null;
  gather(): Promise<Gathered>;
  /** True when the trigger already told the user "Reading…" (the command's ack): skip that placeholder. */
  placeholderShown?: boolean;
  /** What to say when there turns out to be nothing to read. */
  nothingToRead: Reply;
  /** A reaction compares: with one source it says how to get a comparison. */
  hintForSingleSource: boolean;
  /** Who asked, and in which conversation: App Home lists the workspace's recent sheets with them. */
  requestedBy?: string | null;
  channel?: string | null;
}

/** Show the placeholder at once (or "queued"), then run the job when the workspace has a free slot. */
export async function startSheetJob(services: SlackServices, spec: SheetJobSpec): Promise<void> {
  const { logger, runner } = services;
  // The sheet's deadline counts from here (the request accepted), so time spent queued counts too.
  const requestedAt = Date.now();
  const ahead = runner.ahead(spec.team);
  try {
    if (ahead > 0) await spec.destination.status(queuedReply(ahead));
    else if (!spec.placeholderShown) await spec.destination.status(readingReply(spec.knownCount));
  } catch (error) {
    // Without a placeholder there is nowhere to report progress or failure: log and stop here.
    logger.error({ err: error, team: spec.team }, 'could not post the placeholder');
    spec.job.answered({ release: true });
    return;
  }
  // Once a job is abandoned at shutdown its user has been told; a late result must not overwrite that.
  let abandoned = false;
  const live = spec.destination;
  const guarded: Destination = {
    showsProgress: live.showsProgress,
    status: async (reply) => (abandoned ? undefined : live.status(reply)),
    deliver: async (message) => (abandoned ? undefined : live.deliver(message)),
    finish: async (reply) => (abandoned ? undefined : live.finish(reply)),
    ...(live.track ? { track: live.track } : {}),
  };
  const accepted = runner.submit({
    team: spec.team,
    run: async () => {
      await runSheetJob(services, { ...spec, destination: guarded }, ahead > 0, requestedAt);
      // Answered (a sheet or a sentence) unless shutdown got there first; either way once.
      if (!abandoned) spec.job.answered();
    },
    abandon: async (started) => {
      abandoned = true;
      await finishQuietly(services, live, shutdownReply(started));
      // The user was asked to try again: trying again must not be taken for a duplicate.
      spec.job.answered({ release: true });
    },
  });
  if (!accepted) {
    await finishQuietly(services, spec.destination, busyReply());
    spec.job.answered({ release: true });
  }
}

/** The job itself (gather, pipeline, deliver), without the ledger: the in-process runner and the queue's worker. */
export async function runSheetJob(
  services: SlackServices,
  spec: Omit<SheetJobSpec, 'job' | 'placeholderShown'>,
  wasQueued: boolean,
  requestedAt: number,
): Promise<void> {
  const { destination } = spec;
  try {
    if (wasQueued && destination.showsProgress) await destination.status(readingReply(spec.knownCount));
    const gathered = await spec.gather();
    if (gathered.inputs.length === 0) {
      await destination.finish(
        gathered.skipped.length > 0 ? skippedOnlyReply(gathered.skipped) : spec.nothingToRead,
      );
      return;
    }
    if (destination.showsProgress && spec.knownCount !== gathered.inputs.length) {
      await destination.status(readingReply(gathered.inputs.length));
    }
    const tracker = destination.track
      ? destination.track(gathered.inputs)
      : destination.showsProgress
        ? createProgressTracker(
            gathered.inputs,
            destination.status,
            services.progressIntervalMs,
            services.logger,
          )
        : null;
    let sheet: FactSheet;
    try {
      // The workspace's model (App Home) when it set one; the environment's otherwise.
      const { model } = await workspaceSettings(services, spec.team);
      sheet = await services.buildSheet(
        gathered.inputs,
        tracker?.onProgress ?? (() => {}),
        requestedAt,
        model,
      );
    } finally {
      await tracker?.stop();
    }
    await deliverSheet(services, destination, {
      team: spec.team,
      sheet: withSkipped(sheet, gathered.skipped),
      extra: spec.hintForSingleSource && sheet.sources.length === 1 ? [singleSourceHint()] : [],
    });
    await noteRecentSheet(
      services.store,
      spec.team,
      recentSheetOf(sheet, spec.requestedBy ?? null, spec.channel ?? null),
    ).catch((error: unknown) => services.logger.warn({ err: error }, 'could not list the sheet in App Home'));
  } catch (error) {
    services.logger.error({ err: error, team: spec.team }, 'fact sheet job failed');
    await finishQuietly(services, destination, failureReply(userMessage(error)));
  }
}

/** Files that could not be downloaded are reported like sources that could not be read. */
function withSkipped(sheet: FactSheet, skipped: SkippedSource[]): FactSheet {
  if (skipped.length === 0) return sheet;
  const next = sheet.sources.length + sheet.failed.length;
  const failed = skipped.map((item, index) => ({
    id: `S${next + index + 1}`,
    label: item.label,
    code: 'input_unreadable',
    reason: item.reason,
  }));
  return { ...sheet, failed: [...sheet.failed, ...failed] };
}

async function finishQuietly(services: SlackServices, destination: Destination, reply: Reply): Promise<void> {
  try {
    await destination.finish(reply);
  } catch (error) {
    services.logger.error({ err: error }, 'could not tell the user how the job ended');
  }
}
