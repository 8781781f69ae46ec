// Typed errors. `message` is written for a newsroom user and is safe to show anywhere;
// `cause` keeps what actually happened, for the log only.

import { redactSecrets } from './secrets.ts';

export type ErrorCode =
  | 'config'
  | 'usage'
  | 'input_empty'
  | 'input_unreadable'
  | 'llm_not_configured'
  | 'llm_refused'
  | 'llm_truncated'
  | 'llm_invalid_reply'
  | 'llm_content_filter'
  | 'llm_timeout'
  | 'llm_rate_limited'
  | 'llm_auth'
  | 'llm_unavailable'
  | 'fetch_invalid_url'
  | 'fetch_blocked'
  | 'fetch_not_found'
  | 'fetch_forbidden'
  | 'fetch_server_error'
  | 'fetch_timeout'
  | 'fetch_not_article'
  | 'fetch_too_large'
  | 'fetch_too_many_redirects'
  | 'fetch_failed'
  | 'extract_empty'
  | 'extract_too_complex'
  | 'busy'
  /** The sheet's time limit (COPYDESK_SHEET_DEADLINE_MS) ran out first. */
  | 'deadline'
  | 'internal';

export class CopydeskError extends Error {
  readonly code: ErrorCode;
  /** Extra facts for the log (status codes, raw model text). Never secrets. */
  readonly detail: Record<string, unknown>;

  constructor(
    code: ErrorCode,
    message: string,
    options: { cause?: unknown; detail?: Record<string, unknown> } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'CopydeskError';
    this.code = code;
    this.detail = options.detail ?? {};
  }
}

/** The one sentence a user may see for any thrown value: ours (with any secret removed), anything else generic. */
export function userMessage(error: unknown): string {
  if (error instanceof CopydeskError) return redactSecrets(error.message);
  return 'Something went wrong on our side. The details are in the log.';
}

export function errorCode(error: unknown): ErrorCode {
  return error instanceof CopydeskError ? error.code : 'internal';
}
