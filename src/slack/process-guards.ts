// The last line of defence: an error nobody caught must not end a process that serves every workspace. Node's
// default for an unhandled rejection or an uncaught exception is to exit; here each is logged (with its stack, in
// the log only) and the process goes on serving. Every job already ends with a message of its own, so what reaches
// these handlers is a bug to fix from the log, not a user to answer.
import type { Logger } from '../logger.ts';

export function installProcessGuards(logger: Logger): () => void {
  const onRejection = (reason: unknown): void => {
    logger.error({ err: reason }, 'unhandled promise rejection (kept serving)');
  };
  const onException = (error: Error, origin: string): void => {
    logger.error({ err: error, origin }, 'uncaught exception (kept serving)');
  };
  process.on('unhandledRejection', onRejection);
  process.on('uncaughtException', onException);
  return () => {
    process.off('unhandledRejection', onRejection);
    process.off('uncaughtException', onException);
  };
}
