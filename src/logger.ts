// Structured logs on stderr. Secrets are redacted by path, and every line once more by value (secrets.ts): an
// error body or a message string that carries a key is caught whatever its field is called.
import pino from 'pino';
import { redactSecrets } from './secrets.ts';

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

/** Lines go to stderr; tests pass their own destination to read what would have been logged. */
export function createLogger(
  level = 'info',
  destination: pino.DestinationStream = pino.destination(2),
): Logger {
  return pino(
    {
      level,
      redact: { paths: REDACT, censor: '[redacted]' },
      hooks: { streamWrite: redactSecrets },
    },
    destination,
  );
}

/** A logger that writes nothing: for tests and quiet CLI runs. */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
