// `npm start`: load the environment, start the Slack app, and on SIGTERM/SIGINT stop taking work and
// let in-flight fact sheets finish (or tell their users) within SLACK_SHUTDOWN_GRACE_MS.
import { loadConfig } from '../config.ts';
import { CopydeskError, userMessage } from '../errors.ts';
import { createLogger } from '../logger.ts';
import { installProcessGuards } from './process-guards.ts';
import { startSlackApp } from './start.ts';

async function main(): Promise<void> {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    process.stderr.write(`copydesk: ${userMessage(error)}\n`);
    process.exitCode = 1;
    return;
  }
  const logger = createLogger(config.LOG_LEVEL ?? 'info');
  // From here an error nobody caught is logged and the other workspaces go on being served.
  installProcessGuards(logger);
  let running: Awaited<ReturnType<typeof startSlackApp>>;
  try {
    running = await startSlackApp(config, logger);
  } catch (error) {
    // Ours (a bad token, Slack unreachable, a store that cannot be opened) is one sentence; a stack only for bugs.
    if (!(error instanceof CopydeskError)) logger.fatal({ err: error }, 'copydesk could not start');
    process.stderr.write(`copydesk: ${userMessage(error)}\n`);
    // Exit now: a half-started receiver or client must not keep the process alive, or fail later unhandled.
    process.exit(1);
  }
  const onSignal = (signal: NodeJS.Signals): void => {
    logger.info({ signal }, 'shutting down');
    // A second signal, or a shutdown that overruns its bound, ends the process at once.
    process.once(signal, () => process.exit(1));
    setTimeout(() => process.exit(1), config.SLACK_SHUTDOWN_GRACE_MS + 10_000).unref();
    running.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.once('SIGTERM', onSignal);
  process.once('SIGINT', onSignal);
}

await main();
