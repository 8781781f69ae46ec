// Starts a bench process and waits for the one JSON line it prints when ready (or, for the load client, done).
import { type ChildProcess, spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

export async function spawnLine<T>(
  script: string,
  args: string[],
  env: Record<string, string> = {},
): Promise<{ child: ChildProcess; line: T }> {
  const child = spawn(process.execPath, [new URL(script, new URL('./', import.meta.url)).pathname, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout as NonNullable<typeof child.stdout> });
  const exited = new Promise<never>((_, reject) =>
    child.once('exit', (code) => reject(new Error(`${script} exited ${code} before it was ready`))),
  );
  const first = new Promise<string>((resolve) => lines.once('line', resolve));
  const line = JSON.parse(await Promise.race([first, exited])) as T;
  return { child, line };
}

/** SIGTERM, then wait for the process to end. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  // Gone already (exited, or killed by a signal: then exitCode stays null).
  if (child.exitCode !== null || child.signalCode !== null) return;
  const ended = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await ended;
}
