// Runs fact-sheet jobs with a bound per workspace, so one busy newsroom cannot starve another or the LLM budget.
// Jobs beyond the bound wait in a short queue; beyond that they are refused. On shutdown, queued jobs are
// abandoned at once and running jobs get a bounded grace period; every abandoned job reports to its user.
import type { Logger } from '../../logger.ts';

export interface Job {
  team: string;
  run(): Promise<void>;
  /** Tell the user this job will not finish. `started` says whether it was running. Must not throw. */
  abandon(started: boolean): Promise<void>;
}

export interface JobRunner {
  /** How many jobs a new one for this team would wait behind; 0 when it would start at once. */
  ahead(team: string): number;
  /** False when the runner is stopping or the team's queue is full. */
  submit(job: Job): boolean;
  /** Resolves when nothing is running or queued (for tests and shutdown). */
  idle(): Promise<void>;
  shutdown(graceMs: number): Promise<{ finished: number; abandoned: number }>;
}

export interface JobRunnerOptions {
  perTeam: number;
  maxQueuedPerTeam: number;
  logger: Logger;
}

interface TeamState {
  running: Set<Job>;
  queue: Job[];
}

export function createJobRunner(options: JobRunnerOptions): JobRunner {
  const teams = new Map<string, TeamState>();
  const active = new Map<Job, Promise<void>>();
  let stopping = false;
  let idleWaiters: (() => void)[] = [];

  const team = (id: string): TeamState => {
    let state = teams.get(id);
    if (!state) {
      state = { running: new Set(), queue: [] };
      teams.set(id, state);
    }
    return state;
  };

  const checkIdle = (): void => {
    if (active.size > 0 || [...teams.values()].some((state) => state.queue.length > 0)) return;
    const waiters = idleWaiters;
    idleWaiters = [];
    for (const resolve of waiters) resolve();
  };

  const pump = (id: string): void => {
    const state = team(id);
    while (!stopping && state.running.size < options.perTeam && state.queue.length > 0) {
      const job = state.queue.shift() as Job;
      state.running.add(job);
      const done = job
        .run()
        .catch((error: unknown) =>
          options.logger.error({ err: error, team: id }, 'job failed outside its own handling'),
        )
        .finally(() => {
          state.running.delete(job);
          active.delete(job);
          pump(id);
          checkIdle();
        });
      active.set(job, done);
    }
  };

  return {
    ahead: (id) => {
      const state = team(id);
      return state.running.size < options.perTeam ? 0 : state.running.size + state.queue.length;
    },
    submit: (job) => {
      const state = team(job.team);
      if (stopping || state.queue.length >= options.maxQueuedPerTeam) return false;
      state.queue.push(job);
      pump(job.team);
      return true;
    },
    idle: () =>
      new Promise<void>((resolve) => {
        idleWaiters.push(resolve);
        checkIdle();
      }),
    shutdown: async (graceMs) => {
      stopping = true;
      const queued = [...teams.values()].flatMap((state) => state.queue.splice(0));
      await Promise.all(queued.map((job) => job.abandon(false)));
      const running = [...active.entries()];
      let timer: NodeJS.Timeout | undefined;
      const timeout = new Promise<'timeout'>((resolve) => {
        timer = setTimeout(() => resolve('timeout'), graceMs);
      });
      const settled = new Set<Job>();
      await Promise.race([
        Promise.all(running.map(([job, done]) => done.then(() => settled.add(job)))),
        timeout,
      ]);
      clearTimeout(timer);
      const unfinished = running.filter(([job]) => !settled.has(job)).map(([job]) => job);
      await Promise.all(unfinished.map((job) => job.abandon(true)));
      checkIdle();
      return { finished: settled.size, abandoned: queued.length + unfinished.length };
    },
  };
}
