// Preloaded into a benchmarked process (node --import ./bench/peak-rss.mjs …): prints its peak
// resident memory and the CPU time it used to stderr as it exits, so bench/cli.bench.ts can read
// them from any command (on a shared machine, CPU time is what the process itself cost).
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\npeak-rss-kb ${usage.maxRSS} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
