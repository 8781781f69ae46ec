// What the listeners need besides Bolt's own arguments. Built once in create-app.ts; tests pass their own.
import type { InstallationStore } from '@slack/bolt';
import type { FollowupAnswer } from '../followup/answer.ts';
import type { Logger } from '../logger.ts';
import type { ProgressListener } from '../pipeline.ts';
import type { Store } from '../store/store.ts';
import type { FactSheet, SourceInput } from '../types.ts';
import type { FileDownloader } from './gather/message-sources.ts';
import type { JobLedger } from './jobs/job-ledger.ts';
import type { JobRunner } from './jobs/job-runner.ts';
import type { SheetQueue } from './jobs/queue/sheet-queue.ts';
import type { WorkspaceClients } from './oauth/workspace-clients.ts';

export interface SlackServices {
  logger: Logger;
  /** Holds the dedupe claims. */
  store: Store;
  runner: JobRunner;
  /** With Redis: mentions' fact sheets go to the durable queue (BullMQ), run by any instance's worker. */
  queue?: SheetQueue;
  /** Accepts, owns and clears jobs; also the dedupe of deliveries that start one. */
  jobs: JobLedger;
  /**
   * The pipeline with its dependencies bound: buildFactSheet(inputs, deps, onProgress), within the sheet's
   * deadline counted from `requestedAt` (epoch ms, when the job was accepted).
   */
  buildSheet: (
    inputs: SourceInput[],
    onProgress: ProgressListener,
    requestedAt?: number,
    /** The workspace's model (App Home); null or absent: the environment's. */
    model?: string | null,
  ) => Promise<FactSheet>;
  /** Call with the token of the workspace the file is in (downloadsWith binds a client's). */
  downloadFile: FileDownloader;
  /** Each workspace's Web API client for work outside a listener (queued sheets, recovered jobs). */
  clients: WorkspaceClients;
  /** Installed through OAuth: each workspace's installation (uninstalling deletes it). Absent with SLACK_BOT_TOKEN. */
  installations?: InstallationStore;
  /** Reaction name without colons, e.g. "scales": the default a workspace's own setting overrides. */
  compareEmoji: string;
  /** COPYDESK_MODEL when an LLM is configured, else null: the default a workspace's own setting overrides. */
  defaultModel: string | null;
  /** Least time between two placeholder updates. */
  progressIntervalMs: number;
  /** Days a posted sheet and its source texts are kept (COPYDESK_KEEP_SOURCES_DAYS): feedback and follow-ups. */
  keptDays: number;
  /** A question asked in a sheet's thread, answered from that sheet's kept sources (LLM if configured). */
  answerQuestion: (question: string, sheet: FactSheet) => Promise<FollowupAnswer>;
}
