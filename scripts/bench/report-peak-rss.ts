// Preloaded into a measured process (node --import): prints its peak resident memory on exit, to stderr.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
