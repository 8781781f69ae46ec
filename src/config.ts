// The only reader of the environment. One schema for all of it; every problem is listed at once.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';
import { CopydeskError } from './errors.ts';
import { registerSecret } from './secrets.ts';

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

const httpUrl = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional()
  .refine((value) => value === undefined || /^https?:\/\/[^\s]+$/.test(value), 'must be an http(s) URL');

const positiveInt = (fallback: number, max: number) =>
  z.coerce.number().int().positive().max(max).default(fallback);

const storeSpec = z
  .string()
  .trim()
  .optional()
  .refine(
    (value) =>
      value === undefined || value === 'memory' || /^sqlite:.+/.test(value) || /^rediss?:\/\/.+/.test(value),
    'must be "memory", "sqlite:PATH" or "redis://HOST:PORT[/DB]"',
  );

const hostPortList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? '')
      .split(',')
      .map((entry) => entry.trim().toLowerCase())
      .filter(Boolean),
  )
  .refine((entries) => entries.every((entry) => /^(\[[0-9a-f:.]+\]|[a-z0-9.-]+):\d{1,5}$/.test(entry)), {
    message: 'must be a comma-separated list of host:port',
  });

const EnvSchema = z.object({
  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: httpUrl,
  COPYDESK_MODEL: z.string().trim().min(1).default('gpt-4.1-mini'),
  COPYDESK_LLM_TIMEOUT_MS: positiveInt(60_000, 600_000),
  COPYDESK_LLM_MAX_RETRIES: z.coerce.number().int().min(0).max(5).default(2),
  /**
   * One deadline per fact sheet, counted from the request: sources not read by then are named as such, the
   * comparison is skipped, and the model's timeout × tries is cut to fit what is left of it.
   */
  COPYDESK_SHEET_DEADLINE_MS: positiveInt(90_000, 3_600_000),
  /** Sources read and analysed at once: a five-source comparison should take one round, not two. */
  COPYDESK_CONCURRENCY: positiveInt(8, 32),
  /** Articles longer than this are cut before analysis (and the sheet says so). */
  COPYDESK_MAX_WORDS: positiveInt(6_000, 50_000),
  COPYDESK_STORE: storeSpec,
  /** Where the bot keeps its SQLite store (cache, dedupe, job journal) when COPYDESK_STORE is unset. */
  COPYDESK_DATA_DIR: z.string().trim().min(1).default('.data'),
  /** How long a job stays owned by a process that stops renewing it (died) before another may take it over. */
  COPYDESK_JOB_LEASE_MS: positiveInt(30_000, 600_000),
  /**
   * With Redis: fact sheets one workspace may have waiting or running in the durable queue, across every
   * instance; one more is answered "ask again once some are done".
   */
  COPYDESK_QUEUE_MAX_PER_WORKSPACE: positiveInt(20, 10_000),
  /** With Redis: queued fact sheets this instance's worker runs at once, all workspaces together. */
  COPYDESK_QUEUE_CONCURRENCY: positiveInt(4, 64),
  /** How long a sheet's source texts are kept for follow-up questions, then forgotten. */
  COPYDESK_KEEP_SOURCES_DAYS: positiveInt(7, 365),
  /** Worker threads for HTML extraction and the offline engine in the Slack app (the pool's bound). */
  COPYDESK_CPU_WORKERS: positiveInt(2, 32),
  /**
   * Linux nice value of the bot's work (the main thread and the threads it starts) behind the front door, whose
   * thread stays at the process's own: under load the acknowledgements go first. 0 turns it off.
   */
  COPYDESK_WORK_NICE: z.coerce.number().int().min(0).max(19).default(10),
  /** Time one extraction or offline reading may take before it is abandoned as "too complex to read". */
  COPYDESK_CPU_BUDGET_MS: positiveInt(20_000, 600_000),
  COPYDESK_FETCH_ALLOW: hostPortList,
  COPYDESK_FETCH_TIMEOUT_MS: positiveInt(15_000, 120_000),
  COPYDESK_COMPARE_EMOJI: z
    .string()
    .trim()
    .default('scales')
    .transform((value) => value.replace(/^:|:$/g, ''))
    .refine((value) => /^[a-z0-9_+'-]+$/.test(value), 'must be an emoji name such as scales'),
  SLACK_BOT_TOKEN: optionalText.refine(
    (v) => v === undefined || v.startsWith('xoxb-'),
    'must start with xoxb-',
  ),
  SLACK_SIGNING_SECRET: optionalText,
  SLACK_APP_TOKEN: optionalText.refine(
    (v) => v === undefined || v.startsWith('xapp-'),
    'must start with xapp-',
  ),
  SLACK_API_URL: httpUrl,
  /**
   * Installing to many workspaces (OAuth): the app's credentials from Basic Information, and a secret of ours that
   * signs the install flow's state. Set together; the bot token then comes from each workspace's installation.
   */
  SLACK_CLIENT_ID: optionalText,
  SLACK_CLIENT_SECRET: optionalText,
  SLACK_STATE_SECRET: optionalText.refine(
    (v) => v === undefined || v.length >= 16,
    'must be at least 16 characters (e.g. from `openssl rand -hex 32`)',
  ),
  /** Slack's authorize page; tests point it at a local double. */
  SLACK_AUTHORIZE_URL: httpUrl,
  /** The public redirect URL registered with Slack, when the app has several (its path is /slack/oauth_redirect). */
  SLACK_REDIRECT_URI: httpUrl.refine(
    (v) => v === undefined || !URL.canParse(v) || new URL(v).pathname === '/slack/oauth_redirect',
    'must end in /slack/oauth_redirect (e.g. https://YOUR-HOST/slack/oauth_redirect)',
  ),
  /** Installations (their bot tokens) are encrypted in the store with a key derived from this. */
  COPYDESK_ENCRYPTION_KEY: optionalText.refine(
    (v) => v === undefined || v.length >= 32,
    'must be at least 32 characters (e.g. from `openssl rand -base64 32`)',
  ),
  SLACK_BOT_USER_ID: optionalText,
  SLACK_BOT_ID: optionalText,
  /** Fact sheets one workspace may have running at once; more wait in a short queue. */
  SLACK_JOBS_PER_WORKSPACE: positiveInt(2, 32),
  /** On SIGTERM, how long running jobs get to finish before they are reported as interrupted. */
  SLACK_SHUTDOWN_GRACE_MS: positiveInt(20_000, 600_000),
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** Where the CLI keeps its cache when COPYDESK_STORE is unset (default ~/.cache). */
  XDG_CACHE_HOME: optionalText,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
});

export type Config = z.output<typeof EnvSchema>;

/** Every variable whose value must never be seen in a log line or a message (see secrets.ts). */
const SECRET_VARIABLES = [
  'OPENAI_API_KEY',
  'SLACK_BOT_TOKEN',
  'SLACK_SIGNING_SECRET',
  'SLACK_APP_TOKEN',
  'SLACK_CLIENT_SECRET',
  'SLACK_STATE_SECRET',
  'COPYDESK_ENCRYPTION_KEY',
] as const;

/** Parse the environment. Throws one CopydeskError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Registered before validation: a badly formed token is still a token, and must not be echoed back.
  for (const name of SECRET_VARIABLES) registerSecret(env[name]?.trim());
  registerSecret(redisPassword(env.COPYDESK_STORE));
  const result = EnvSchema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')} ${issue.message}`);
  throw new CopydeskError('config', `Configuration problem: ${problems.join('; ')}.`);
}

/** The LLM is configured when there is a key, or a base URL (local servers often need no key). */
export function llmConfigured(config: Config): boolean {
  return config.OPENAI_API_KEY !== undefined || config.OPENAI_BASE_URL !== undefined;
}

/** Installing to many workspaces: any of the OAuth variables asks for it (create-app names what is missing). */
export function oauthConfigured(config: Config): boolean {
  return (
    config.SLACK_CLIENT_ID !== undefined ||
    config.SLACK_CLIENT_SECRET !== undefined ||
    config.SLACK_STATE_SECRET !== undefined
  );
}

/** The bot keeps its jobs, claims and cache in SQLite in its data directory by default: a restart loses none. */
export function defaultBotStore(config: Config): string {
  return `sqlite:${resolve(config.COPYDESK_DATA_DIR, 'copydesk.sqlite')}`;
}

/** The CLI caches across runs by default, so repeating a command costs no second LLM call. */
export function defaultCliStore(config: Config): string {
  return `sqlite:${join(config.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'copydesk', 'cache.sqlite')}`;
}

/** The password in a redis:// store URL (redis://:PASSWORD@host), which a connection error could echo. */
function redisPassword(spec: string | undefined): string | undefined {
  if (!spec || !/^rediss?:\/\//.test(spec.trim())) return undefined;
  try {
    return decodeURIComponent(new URL(spec.trim()).password) || undefined;
  } catch {
    return undefined;
  }
}
