// The kill test at full strength: 200 SIGKILLs of a child making 1,000 edits through the real
// service, over one library (npm test runs 20: core/store/kill.test.ts). Prints each run's
// acknowledged edits and any problem; exits 1 if any run lost an acknowledged edit.
// Usage: npx tsx scripts/kill-test.ts [RUNS]

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildChild, killRun } from '../core/testing/kill/kill-runs.js';

const runs = Number(process.argv[2] ?? 200);
const child = await buildChild();
const dir = await mkdtemp(join(tmpdir(), 'newsmark-kill-'));
let failed = 0;
let acknowledged = 0;
for (let run = 1; run <= runs; run++) {
  const killAfterMs = Math.floor(Math.random() * 2000);
  const report = await killRun(child, dir, { seed: run, killAfterMs });
  acknowledged += report.acknowledged;
  if (report.problems.length) failed += 1;
  console.log(`run ${run}: killed after ${killAfterMs} ms, ${report.acknowledged} acknowledged${report.journaled ? ', journal pending' : ''}${report.problems.length ? `, PROBLEMS: ${report.problems.join('; ')}` : ''}`);
}
console.log(`${runs} runs, ${acknowledged} acknowledged edits, ${failed} runs with problems`);
await rm(dir, { recursive: true, force: true });
process.exitCode = failed ? 1 : 0;
