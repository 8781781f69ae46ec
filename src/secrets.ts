// Secrets are redacted by value, not by field name: an upstream error body that echoes the API key, a token inside
// a URL or a message string carries it in a field no path list can name. Every secret the process holds is
// registered here once (config.ts does it for the environment; a per-workspace token when it is installed), and
// every log line and every user-facing error message passes through redactSecrets().

import { escapeRegExp } from './util/reg-exp.ts';

/** Shorter values are not secrets worth the false positives (and a 3-character "key" would redact words). */
const MIN_SECRET_LENGTH = 8;
export const REDACTED = '[redacted]';

const secrets = new Set<string>();
let pattern: RegExp | null = null;

export function registerSecret(value: string | undefined | null): void {
  if (!value || value.length < MIN_SECRET_LENGTH || secrets.has(value)) return;
  secrets.add(value);
  // Longest first, so a secret that contains another is removed whole.
  const sorted = [...secrets].sort((a, b) => b.length - a.length);
  pattern = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
}

export function redactSecrets(text: string): string {
  return pattern ? text.replace(pattern, REDACTED) : text;
}
