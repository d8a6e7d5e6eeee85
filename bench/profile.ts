// Where a benchmarked action spends its time, from Chromium itself: with BENCH_PROFILE=<folder>
// each profiled action is recorded with the CDP CPU profiler and a performance trace (saved
// there, to open in DevTools) and summed up on the console: the functions with the most self
// time and the renderer's main-thread work by kind (script, style, layout, paint…).
// Without BENCH_PROFILE the action just runs.

import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { SourceMapConsumer, type RawSourceMap } from 'source-map-js';
import { REPO_ROOT } from '../e2e/build-renderer';

const FOLDER = process.env.BENCH_PROFILE;
const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute', 'blink.user_timing'];

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  args?: { data?: { frames?: unknown } };
}

/** The built renderer's source maps, so a profile names our functions and files, not the minified ones. */
const maps = new Map<string, SourceMapConsumer | null>();
function original(url: string, line: number, column: number): string | null {
  const file = url.split('/').pop() ?? '';
  if (!maps.has(file)) {
    const path = join(REPO_ROOT, 'dist', 'renderer', 'assets', `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8')) as RawSourceMap) : null);
  }
  if (line < 0 || column < 0) return null;
  const at = maps.get(file)?.originalPositionFor({ line: line + 1, column });
  return at?.source ? `${at.name ?? ''} ${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}` : null;
}

function topSelfTime(profile: CpuProfile, most = 14): string[] {
  const byNode = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const { functionName, url, lineNumber, columnNumber } = byNode.get(id)!.callFrame;
    const key = original(url, lineNumber, columnNumber) ?? `${functionName || '(anonymous)'} ${url.split('/').pop()}:${lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, most).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`);
}

/** Main-thread time of the page's renderer by event name, each event's own time (its children's taken out). */
function mainThreadWork(events: TraceEvent[], most = 12): string[] {
  const main = events.find((e) => e.name === 'thread_name' && (e.args as { name?: string } | undefined)?.name === 'CrRendererMain');
  const on = main ? events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur) : [];
  const sorted = on.map((e) => ({ name: e.name, ts: (e as unknown as { ts: number }).ts, dur: e.dur! })).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const self = new Map<string, number>();
  const stack: { name: string; end: number }[] = [];
  const add = (name: string, us: number) => self.set(name, (self.get(name) ?? 0) + us / 1000);
  for (const e of sorted) {
    while (stack.length && stack.at(-1)!.end <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) add(parent.name, -Math.min(e.dur, parent.end - e.ts));
    add(e.name, e.dur);
    stack.push({ name: e.name, end: e.ts + e.dur });
  }
  return [...self].sort((a, b) => b[1] - a[1]).slice(0, most).map(([k, ms]) => `${ms.toFixed(1).padStart(8)} ms  ${k}`);
}

/** Runs `run`, profiled when BENCH_PROFILE is set and `name` is not empty (so a loop can profile one of its turns). */
export async function profiled<T>(page: Page, name: string, run: () => Promise<T>): Promise<T> {
  if (!FOLDER || !name) return run();
  await mkdir(FOLDER, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const browser = page.context().browser()!;
  await browser.startTracing(page, { categories: TRACE_CATEGORIES });
  await cdp.send('Profiler.start');
  const result = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: CpuProfile };
  const trace = await browser.stopTracing();
  await cdp.detach();
  await writeFile(join(FOLDER, `${name}.cpuprofile`), JSON.stringify(profile));
  await writeFile(join(FOLDER, `${name}.trace.json`), trace);
  const { traceEvents } = JSON.parse(trace.toString('utf8')) as { traceEvents: TraceEvent[] };
  console.log(`profile of ${name}: self time\n${topSelfTime(profile).join('\n')}\n  main thread\n${mainThreadWork(traceEvents).join('\n')}`);
  return result;
}

interface HeapSnapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[]] } };
  nodes: number[];
  strings: string[];
}

/** With BENCH_PROFILE: a heap snapshot of the page saved, and what holds the most memory by constructor (self size). */
export async function heapSnapshot(page: Page, name: string): Promise<void> {
  if (!FOLDER) return;
  await mkdir(FOLDER, { recursive: true });
  const cdp = await page.context().newCDPSession(page);
  const chunks: string[] = [];
  cdp.on('HeapProfiler.addHeapSnapshotChunk', ({ chunk }) => chunks.push(chunk));
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  await cdp.detach();
  const text = chunks.join('');
  await writeFile(join(FOLDER, `${name}.heapsnapshot`), text);
  const snap = JSON.parse(text) as HeapSnapshot;
  const fields = snap.snapshot.meta.node_fields;
  const types = snap.snapshot.meta.node_types[0];
  const [typeAt, nameAt, sizeAt] = ['type', 'name', 'self_size'].map((f) => fields.indexOf(f));
  const groups = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < snap.nodes.length; i += fields.length) {
    const type = types[snap.nodes[i + typeAt!]!]!;
    const key = type === 'object' || type === 'native' ? snap.strings[snap.nodes[i + nameAt!]!]! : `(${type})`;
    const g = groups.get(key) ?? { size: 0, count: 0 };
    g.size += snap.nodes[i + sizeAt!]!;
    g.count += 1;
    groups.set(key, g);
  }
  const top = [...groups].sort((a, b) => b[1].size - a[1].size).slice(0, 15);
  console.log(`heap of ${name} by constructor (self size):\n${top.map(([k, g]) => `${(g.size / 1024 / 1024).toFixed(2).padStart(8)} MB ${String(g.count).padStart(8)}×  ${k.slice(0, 80)}`).join('\n')}`);
}
