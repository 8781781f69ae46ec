import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/logger.ts';
import { createJobRunner, type Job } from '../../src/slack/jobs/job-runner.ts';

function deferred() {
  let resolve: () => void = () => {};
  const promise = new Promise<void>((done) => {
    resolve = done;
  });
  return { promise, resolve };
}

function job(team: string, log: string[], name: string, gate: Promise<void>): Job {
  return {
    team,
    run: async () => {
      log.push(`start ${name}`);
      await gate;
      log.push(`end ${name}`);
    },
    abandon: async (started) => {
      log.push(`abandon ${name} ${started ? 'running' : 'queued'}`);
    },
  };
}

describe('job runner', () => {
  it('bounds jobs per workspace, queues the rest, and keeps workspaces apart', async () => {
    const runner = createJobRunner({ perTeam: 2, maxQueuedPerTeam: 5, logger: silentLogger() });
    const log: string[] = [];
    const gate = deferred();
    expect(runner.ahead('T1')).toBe(0);
    runner.submit(job('T1', log, 'a', gate.promise));
    runner.submit(job('T1', log, 'b', gate.promise));
    expect(runner.ahead('T1')).toBe(2);
    runner.submit(job('T1', log, 'c', gate.promise));
    expect(runner.ahead('T1')).toBe(3);
    runner.submit(job('T2', log, 'x', gate.promise));
    expect(log).toEqual(['start a', 'start b', 'start x']);
    gate.resolve();
    await runner.idle();
    expect(log).toContain('start c');
    expect(log.filter((line) => line.startsWith('end'))).toHaveLength(4);
  });

  it('refuses work beyond the queue', () => {
    const runner = createJobRunner({ perTeam: 1, maxQueuedPerTeam: 1, logger: silentLogger() });
    const never = new Promise<void>(() => {});
    expect(runner.submit(job('T1', [], 'a', never))).toBe(true);
    expect(runner.submit(job('T1', [], 'b', never))).toBe(true);
    expect(runner.submit(job('T1', [], 'c', never))).toBe(false);
  });

  it('on shutdown abandons queued jobs, waits for running ones within the grace, then abandons them', async () => {
    const runner = createJobRunner({ perTeam: 2, maxQueuedPerTeam: 5, logger: silentLogger() });
    const log: string[] = [];
    const quick = deferred();
    runner.submit(job('T1', log, 'quick', quick.promise));
    runner.submit(job('T1', log, 'stuck', new Promise<void>(() => {})));
    runner.submit(job('T1', log, 'waiting', new Promise<void>(() => {})));
    setTimeout(quick.resolve, 20);
    const result = await runner.shutdown(200);
    expect(result).toEqual({ finished: 1, abandoned: 2 });
    expect(log).toEqual([
      'start quick',
      'start stuck',
      'abandon waiting queued',
      'end quick',
      'abandon stuck running',
    ]);
    expect(runner.submit(job('T1', log, 'late', quick.promise))).toBe(false);
  });
});
