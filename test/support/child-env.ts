// The environment a test gives a process it starts: only what the test sets, so nothing of the test process
// leaks in, plus PATH and the run's TMPDIR (test/run-tmpdir.ts), so the child's temporary files are removed
// with the run's even when the test kills it.
export function childEnv(env: Record<string, string> = {}): Record<string, string> {
  return {
    PATH: process.env.PATH ?? '',
    ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}),
    ...env,
  };
}
