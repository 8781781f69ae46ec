// The window of issue 10 made exact: a bot process SIGKILLed the moment the Slack double receives a given call,
// before the double answers it. The write has landed in Slack (the double keeps it); the bot never hears back, so
// nothing it meant to do after it (mark the job answered, clear its journal entry) happens.
import type { ChildProcess } from 'node:child_process';
import type { FakeSlack, SlackCall } from './slack-fake-api.ts';

/** Resolves with the call once the bot that made it has been killed (once: later calls are left alone). */
export function killOnCall(
  slack: FakeSlack,
  child: ChildProcess,
  matches: (call: SlackCall) => boolean,
): Promise<SlackCall> {
  let armed = true;
  return new Promise((resolve) => {
    slack.observe((call) => {
      if (!armed || !matches(call)) return;
      armed = false;
      child.kill('SIGKILL');
      resolve(call);
    });
  });
}
