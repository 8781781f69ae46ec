// The bot's own IDs, asked of Slack once before anything listens. Bolt would otherwise call auth.test from its
// constructor and leave the rejection unhandled: the process said "listening" and then died of a bad token or an
// unreachable Slack with a stack. Here either failure is one sentence naming the variable to check.
import type { WebClient } from '@slack/web-api';
import { CopydeskError } from '../errors.ts';
import { slackErrorCode, slackHost, startupClient } from './startup-client.ts';

export interface BotIdentity {
  botUserId: string;
  botId: string;
}

const REFUSED = new Set(['invalid_auth', 'not_authed', 'account_inactive', 'token_revoked', 'token_expired']);

export async function identifyBot(options: {
  token: string;
  botUserId?: string | undefined;
  botId?: string | undefined;
  slackApiUrl?: string | undefined;
}): Promise<BotIdentity> {
  if (options.botUserId && options.botId) return { botUserId: options.botUserId, botId: options.botId };
  const client = startupClient(options.token, options.slackApiUrl);
  const where = slackHost(options.slackApiUrl);
  let result: Awaited<ReturnType<WebClient['auth']['test']>>;
  try {
    result = await client.auth.test();
  } catch (error) {
    const code = slackErrorCode(error);
    if (code && REFUSED.has(code)) {
      throw new CopydeskError(
        'config',
        `Slack refused SLACK_BOT_TOKEN (${code}): check the Bot User OAuth Token.`,
        {
          cause: error,
        },
      );
    }
    throw new CopydeskError(
      'config',
      `Could not check SLACK_BOT_TOKEN with Slack (${where}: ${code ?? 'no answer'}). Set SLACK_BOT_USER_ID and SLACK_BOT_ID to start without this check.`,
      { cause: error },
    );
  }
  const botUserId = options.botUserId ?? result.user_id;
  const botId = options.botId ?? result.bot_id;
  if (!botUserId || !botId) {
    throw new CopydeskError('config', 'SLACK_BOT_TOKEN is not a bot token: auth.test named no bot user.');
  }
  return { botUserId, botId };
}
