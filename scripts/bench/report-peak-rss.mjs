// Preloaded into a measured process (node --import): prints its peak resident memory on exit, to stderr.
// Plain JavaScript on purpose: a .ts preload is loaded before copydesk turns on the compile cache, so Node would
// load its TypeScript stripper (~15 MB resident) for this file alone and the figure would be the harness's.
process.on('exit', () => {
  process.stderr.write(`peak-rss-kb ${process.resourceUsage().maxRSS}\n`);
});
