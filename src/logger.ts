// Structured logs on stderr. Secrets are redacted by path; messages never carry tokens or keys.
import pino from 'pino';

export type Logger = pino.Logger;

const REDACT = [
  'token',
  '*.token',
  'authorization',
  '*.authorization',
  'headers.authorization',
  '*.headers.authorization',
  'apiKey',
  '*.apiKey',
  'signingSecret',
  '*.signingSecret',
];

export function createLogger(level = 'info'): Logger {
  return pino({ level, redact: { paths: REDACT, censor: '[redacted]' } }, pino.destination(2));
}

/** A logger that writes nothing: for tests and quiet CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
