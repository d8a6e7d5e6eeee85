// The kill test: a child process making 1,000 edits through the real service is SIGKILLed at a
// random moment, 20 times over one library; after each kill every file parses, the library opens,
// no acknowledged edit is lost (most kills land while edits sit in an article's journal, not yet
// compacted into its file: the test checks they do) and the index matches the files. scripts/kill-test.ts does 200.

import { describe, expect, it } from 'vitest';
import { buildChild, killRun } from '../testing/kill/kill-runs.js';
import { withTempDir } from '../testing/temp-library.js';

const RUNS = 20;

describe('SIGKILL during 1,000 edits', () => {
  it(`loses no acknowledged edit in ${RUNS} runs`, async () => {
    const child = await buildChild();
    await withTempDir(async (dir) => {
      let killed = 0;
      let journaled = 0;
      let acknowledged = 0;
      for (let run = 0; run < RUNS; run++) {
        // Mostly mid-way; the first runs kill early (during open) and one run is let finish.
        const killAfterMs = run === RUNS - 1 ? 60_000 : run < 3 ? run * 5 : 50 + Math.floor(Math.random() * 1500);
        const report = await killRun(child, dir, { seed: run + 1, killAfterMs });
        expect(report.problems, `run ${run + 1} (killed after ${killAfterMs} ms)`).toEqual([]);
        killed += report.killed ? 1 : 0;
        journaled += report.killed && report.journaled ? 1 : 0;
        acknowledged += report.acknowledged;
      }
      console.log(`kill test: ${RUNS} runs, ${killed} killed (${journaled} with edits in a journal not yet compacted), ${acknowledged} acknowledged edits, none lost`);
      expect(killed).toBeGreaterThanOrEqual(RUNS - 2);
      // The kills must land between journal appends and their compaction, not only around whole writes.
      expect(journaled).toBeGreaterThanOrEqual(RUNS / 4);
    });
  }, 300_000);
});
