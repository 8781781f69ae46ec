import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests never reach the network: nock blocks anything not on loopback (see test/setup.ts).
    setupFiles: ['test/setup.ts'],
    // Temporary files go under one directory per run, removed at its end (see there).
    globalSetup: ['test/run-tmpdir.ts'],
    testTimeout: 20_000,
    pool: 'forks',
  },
});
