// Preloaded into a benchmarked process (node --import ./bench/peak-rss.mjs …): prints its peak
// resident memory and the CPU time it used to stderr as it exits, so bench/cli.bench.ts can read
// them from any command (on a shared machine, CPU time is what the process itself cost).
// The peak is the process's own (VmHWM, Linux): getrusage's maxRSS, which resourceUsage() gives,
// starts a spawned child at its parent's resident size (a child of a 500 MB parent reported 504 MB
// of maxRSS against 39 MB of its own), so it is used only where /proc is not there.
import { readFileSync } from 'node:fs';

function peakKb() {
  try {
    const hwm = /VmHWM:\s+(\d+) kB/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    if (hwm) return Number(hwm);
  } catch {
    // not Linux
  }
  return process.resourceUsage().maxRSS;
}

process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\npeak-rss-kb ${peakKb()} cpu-us ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
