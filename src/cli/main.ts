// Process entry for `copydesk`; everything testable lives in run-cli.ts, loaded only when there is work.
import { quickAnswer } from './quick-answer.ts';

const argv = process.argv.slice(2);
const quick = quickAnswer(argv);
if (quick !== null) process.stdout.write(quick);
else {
  const { runCli } = await import('./run-cli.ts');
  process.exitCode = await runCli(argv, process.env);
}
