// The takeover tests' common run: a bot on its own database is SIGKILLed the moment Slack receives a given call
// (its answer has landed, the bot never hears back), a second bot on the same database takes the job over and
// ends it, and what Slack received from then on is returned, after a moment in which a second write would show.
import type { BotCluster } from './bot-cluster.ts';
import { type BotProcess, until } from './bot-process.ts';
import { killOnCall } from './kill-on-call.ts';
import type { SlackCall } from './slack-fake-api.ts';

export interface TakenOver {
  /** The call the first bot was killed on. */
  killedOn: SlackCall;
  /** The bot that took the job over. */
  second: BotProcess;
  /** Every call Slack received after the kill. */
  later: SlackCall[];
}

export async function takeOverAfterKill(
  cluster: BotCluster,
  options: { db: number; killOn: (call: SlackCall) => boolean; send: (bot: BotProcess) => Promise<void> },
): Promise<TakenOver> {
  const { slack } = cluster;
  const first = await cluster.startBot({ db: options.db });
  const killed = killOnCall(slack, first.child, options.killOn);
  await options.send(first);
  const killedOn = await killed;
  await cluster.kill(first);
  const afterKill = slack.calls.length;
  const second = await cluster.startBot({ db: options.db });
  await until(() => second.output().includes('"msg":"queued fact sheet done"'), 'the takeover to end');
  // Time for a write, were one coming.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
  return { killedOn, second, later: slack.calls.slice(afterKill) };
}
