#!/usr/bin/env node
// Entry shim: copydesk is TypeScript run directly by Node 24. Say so plainly on an older Node.
const major = Number(process.versions.node.split('.')[0]);
if (major < 24) {
  process.stderr.write(
    `copydesk: needs Node 24 or newer (this is ${process.version}). Run it with \`npx copydesk\` after \`npm install\`, which brings Node 24.\n`,
  );
  process.exit(1);
}
// Node's compile cache keeps each module's compiled code (and stripped TypeScript) on disk between runs, so a
// start does not parse and compile hundreds of modules again. NODE_DISABLE_COMPILE_CACHE=1 turns it off.
const { enableCompileCache } = await import('node:module');
enableCompileCache?.();
await import('../src/cli/main.ts');
