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
// V8 doubles its young generation each time it fills up, to 16 MB and more, and keeps it for the process's life:
// resident memory a one-shot command never gets back, for scavenges that each take well under a millisecond
// at this size. Growth off, the young generation stays at its first 1 MB. Read by V8 at each growth decision,
// so setting it here works (a heap size flag would be too late once the process runs).
const { setFlagsFromString } = await import('node:v8');
setFlagsFromString('--semi-space-growth-factor=1');
await import('../src/cli/main.ts');
