import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests never reach the network: nock blocks anything not on loopback (see test/setup.ts).
    setupFiles: ['test/setup.ts'],
    // Temporary files go under one directory per run, removed at its end (see there).
    globalSetup: ['test/run-tmpdir.ts'],
    testTimeout: 20_000,
    // A suite's beforeAll may start the bot and ask it for a whole sheet (test/slack/followup-thread.test.ts): a
    // test's work, given a test's time. At vitest's default of 10 s it timed out once on two busy cores.
    hookTimeout: 20_000,
    pool: 'forks',
  },
});
