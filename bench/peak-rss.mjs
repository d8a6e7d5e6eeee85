// Preloaded into a benchmarked process (node --import ./bench/peak-rss.mjs …): prints its peak
// resident memory to stderr as it exits, so bench/cli.bench.ts can read it from any command.
process.on('exit', () => process.stderr.write(`\npeak-rss-kb ${process.resourceUsage().maxRSS}\n`));
