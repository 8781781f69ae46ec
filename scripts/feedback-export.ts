// Exports a newsroom's feedback as eval cases, JSON Lines, from the store the bot writes to.
//   npm run feedback:export -- [--store memory|sqlite:PATH] [--out FILE] [--with-text]
// The store defaults to COPYDESK_STORE, else the CLI's cache file. A command of its own, so it can never be
// mistaken for a source by `copydesk`.

import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { defaultCliStore, loadConfig } from '../src/config.ts';
import { exportEvalCases } from '../src/feedback/eval-cases.ts';
import { openConfiguredStore } from '../src/store/open-configured-store.ts';

const USAGE = `Usage: npm run feedback:export -- [--store memory|sqlite:PATH] [--out FILE] [--with-text]
Writes every piece of feedback as one JSON line (an eval case) to FILE or standard output.
  --store SPEC   the store to read (default: COPYDESK_STORE, else the CLI's cache file)
  --out FILE     write here instead of standard output
  --with-text    add each source's text while it is still kept (COPYDESK_KEEP_SOURCES_DAYS)
`;

async function main(argv: string[]): Promise<number> {
  let storeSpec: string | undefined;
  let out: string | undefined;
  let withText = false;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i];
    if (arg === '--store') storeSpec = argv[++i];
    else if (arg === '--out') out = argv[++i];
    else if (arg === '--with-text') withText = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(USAGE);
      return 0;
    } else {
      process.stderr.write(`feedback:export: unknown argument ${arg}\n${USAGE}`);
      return 2;
    }
  }
  const config = loadConfig(process.env);
  const spec = storeSpec ?? config.COPYDESK_STORE ?? defaultCliStore(config);
  if (spec === 'memory') process.stderr.write('feedback:export: a memory store is empty in a new process.\n');
  const store = await openConfiguredStore(spec);
  const file = out ? createWriteStream(out) : null;
  try {
    const count = await exportEvalCases(
      store,
      async (line) => {
        const stream = file ?? process.stdout;
        if (!stream.write(line)) await once(stream, 'drain');
      },
      { withText },
    );
    process.stderr.write(
      `feedback:export: ${count} case${count === 1 ? '' : 's'}${out ? ` to ${out}` : ''}\n`,
    );
  } finally {
    if (file) {
      file.end();
      await once(file, 'close');
    }
    await store.close();
  }
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`feedback:export: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
