// Bolt and the Web API client log through our pino logger, so their lines share level, format and redaction.
import { LogLevel, type Logger as SlackLogger } from '@slack/bolt';
import type { Logger } from '../logger.ts';

const TO_SLACK: Record<string, LogLevel> = {
  trace: LogLevel.DEBUG,
  debug: LogLevel.DEBUG,
  info: LogLevel.INFO,
  warn: LogLevel.WARN,
};

export function boltLogger(logger: Logger): SlackLogger {
  let child = logger.child({ lib: 'slack' });
  // Bolt logs strings and errors as separate arguments; pino wants one message.
  const line = (parts: unknown[]): string =>
    parts
      .map((part) =>
        part instanceof Error ? part.message : typeof part === 'string' ? part : JSON.stringify(part),
      )
      .join(' ');
  return {
    debug: (...parts: unknown[]) => child.debug(line(parts)),
    info: (...parts: unknown[]) => child.info(line(parts)),
    warn: (...parts: unknown[]) => child.warn(line(parts)),
    error: (...parts: unknown[]) => child.error(line(parts)),
    // The level is ours (LOG_LEVEL); Bolt's own setLevel calls must not override it.
    setLevel: () => {},
    getLevel: () => TO_SLACK[logger.level] ?? LogLevel.ERROR,
    setName: (name: string) => {
      child = logger.child({ lib: name });
    },
  };
}
