// The kill test's engine, shared by the vitest test (20 runs) and scripts/kill-test.ts (200):
// runs edit-child.ts over one library, SIGKILLs it at a random moment, then checks what a user
// relies on — every file parses, the library opens, no acknowledged edit is lost (most of them
// sit in article journals at the kill, not yet compacted), the index matches the files — and carries the library over to the next run (stale lock, backups and all).

import { spawn } from 'node:child_process';
import { mkdir, readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { build } from 'esbuild';
import { countKinds } from '../../model.js';
import { LibraryService } from '../../service.js';
import { ROOT } from '../run-newsmark.js';

type Line =
  | { ready: true }
  | { done: true }
  | { begin: 'import'; text: string }
  | { begin: 'create'; articleId: string }
  | { begin: 'update' | 'delete'; articleId: string; id: string; note?: string }
  | { begin: 'rename'; articleId: string; title: string }
  | { ok: 'import'; articleId: string }
  | { ok: 'create' | 'update'; articleId: string; id: string; note: string }
  | { ok: 'delete'; articleId: string; id: string }
  | { ok: 'rename'; articleId: string; title: string };

/** What the library must hold: per article, its title and each annotation's note. */
interface Expected {
  articles: Map<string, { title: string; notes: Map<string, string> }>;
  /** Annotations whose deletion was acknowledged in this run: one found again is a lost delete, not a stray create. */
  deleted: Set<string>;
}

export interface RunReport {
  acknowledged: number;
  killed: boolean;
  /** Whether the kill left edits in a journal not yet compacted into its article file. */
  journaled: boolean;
  problems: string[];
}

/** Bundles the child once (esbuild, packages left to node_modules): a child then starts in a fraction of tsx's time. */
export async function buildChild(): Promise<string> {
  const outDir = join(ROOT, 'node_modules', '.cache', 'newsmark-kill-test');
  await mkdir(outDir, { recursive: true });
  const outfile = join(outDir, 'edit-child.mjs');
  await build({ entryPoints: [join(ROOT, 'core', 'testing', 'kill', 'edit-child.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile, logLevel: 'silent' });
  return outfile;
}

async function stateOf(service: LibraryService): Promise<Expected> {
  const articles = new Map<string, { title: string; notes: Map<string, string> }>();
  for (const summary of await service.listArticles()) {
    const doc = await service.getArticle({ id: summary.id });
    articles.set(summary.id, { title: doc.article.title, notes: new Map(doc.annotations.map((a) => [a.id, a.note])) });
  }
  return { articles, deleted: new Set() };
}

function apply(expected: Expected, line: Extract<Line, { ok: string }>): void {
  if (line.ok === 'import') {
    expected.articles.set(line.articleId, { title: expected.articles.get(line.articleId)?.title ?? '', notes: new Map() });
    return;
  }
  const article = expected.articles.get(line.articleId)!;
  if (line.ok === 'create' || line.ok === 'update') article.notes.set(line.id, line.note);
  else if (line.ok === 'delete') {
    article.notes.delete(line.id);
    expected.deleted.add(line.id);
  }
  else if ('title' in line) article.title = line.title;
}

/** Every acknowledged edit must be on disk; only the one edit in flight at the kill may or may not be. */
function compare(expected: Expected, actual: Expected, inFlight: Line | undefined, problems: string[]): void {
  const flight = inFlight && 'begin' in inFlight ? inFlight : undefined;
  for (const [id, want] of expected.articles) {
    const got = actual.articles.get(id);
    if (!got) {
      problems.push(`article ${id} is gone`);
      continue;
    }
    const inThis = flight && 'articleId' in flight && flight.articleId === id ? flight : undefined;
    if (want.title && got.title !== want.title && !(inThis?.begin === 'rename' && got.title === inThis.title)) {
      problems.push(`article ${id}: title ${JSON.stringify(got.title)}, acknowledged ${JSON.stringify(want.title)}`);
    }
    for (const [annotation, note] of want.notes) {
      const stored = got.notes.get(annotation);
      if (inThis?.begin === 'delete' && inThis.id === annotation && stored === undefined) continue;
      if (stored === note || (inThis?.begin === 'update' && inThis.id === annotation && stored === inThis.note)) continue;
      problems.push(`article ${id}: annotation ${annotation} has ${JSON.stringify(stored)}, acknowledged ${JSON.stringify(note)}`);
    }
    const extra = [...got.notes.keys()].filter((a) => !want.notes.has(a));
    const back = extra.filter((a) => expected.deleted.has(a));
    if (back.length) problems.push(`article ${id}: acknowledged deletes undone, annotations ${back.join(', ')} are back`);
    const stray = extra.filter((a) => !expected.deleted.has(a));
    if (stray.length > (inThis?.begin === 'create' ? 1 : 0)) problems.push(`article ${id}: unacknowledged annotations ${stray.join(', ')}`);
  }
  const unexpected = [...actual.articles.keys()].filter((id) => !expected.articles.has(id));
  if (unexpected.length > (flight?.begin === 'import' ? 1 : 0)) problems.push(`articles nobody acknowledged: ${unexpected.join(', ')}`);
}

/** Every store file (temp files of killed writes aside: the next open removes them) parses as JSON. */
async function unparseable(dir: string): Promise<string[]> {
  const bad: string[] = [];
  for (const folder of [dir, join(dir, 'articles'), join(dir, 'trash')]) {
    for (const name of await readdir(folder).catch(() => [] as string[])) {
      if (!name.endsWith('.json') && !name.endsWith('.lock')) continue;
      try {
        JSON.parse(await readFile(join(folder, name), 'utf8'));
      } catch (err) {
        bad.push(`${name}: ${(err as Error).message}`);
      }
    }
  }
  return bad;
}

/** True when some article's journal holds lines (edits the kill caught before compaction). */
async function pendingJournal(dir: string): Promise<boolean> {
  for (const name of await readdir(join(dir, 'articles')).catch(() => [] as string[])) {
    if (name.endsWith('.journal') && (await stat(join(dir, 'articles', name))).size > 0) return true;
  }
  return false;
}

async function indexProblems(service: LibraryService, dir: string): Promise<string[]> {
  const problems: string[] = [];
  const listed = await service.listArticles();
  const files = (await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
  if (files.length !== listed.length) problems.push(`${files.length} article files, ${listed.length} listed`);
  for (const summary of listed) {
    const doc = await service.getArticle({ id: summary.id });
    const counts = countKinds(doc.annotations);
    if (JSON.stringify(counts) !== JSON.stringify(summary.counts)) problems.push(`${summary.id}: listed ${JSON.stringify(summary.counts)}, file ${JSON.stringify(counts)}`);
    if (summary.title !== doc.article.title) problems.push(`${summary.id}: listed title differs from the file's`);
  }
  return problems;
}

/** One run: start the child, kill it after `killAfterMs` (or let it finish), check the library. */
export async function killRun(child: string, dir: string, { edits = 1000, seed, killAfterMs }: { edits?: number; seed: number; killAfterMs: number }): Promise<RunReport> {
  const before = await (async () => {
    const service = await LibraryService.open(dir, { readOnly: true });
    return stateOf(service);
  })();
  const proc = spawn(process.execPath, [child, dir, String(edits), String(seed)], { stdio: ['ignore', 'pipe', 'pipe'] });
  const lines: Line[] = [];
  let buffer = '';
  let stderr = '';
  let timer: NodeJS.Timeout | undefined;
  proc.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  proc.stdout.on('data', (chunk: Buffer) => {
    buffer += chunk.toString();
    const parts = buffer.split('\n');
    buffer = parts.pop()!;
    for (const part of parts) {
      const line = JSON.parse(part) as Line;
      lines.push(line);
      if ('ready' in line) timer = setTimeout(() => proc.kill('SIGKILL'), killAfterMs);
    }
  });
  // 'close', not 'exit': exit can come while the child's last lines still sit unread in the pipe,
  // and an acknowledgement not read yet would look like an edit nobody acknowledged.
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => proc.on('close', (code, signal) => resolve({ code, signal })));
  clearTimeout(timer);
  const problems: string[] = [];
  if (exit.signal !== 'SIGKILL' && exit.code !== 0) problems.push(`the child failed (${exit.code}): ${stderr.slice(0, 500)}`);
  const expected = before;
  let acknowledged = 0;
  let inFlight: Line | undefined;
  for (const line of lines) {
    if ('begin' in line) inFlight = line;
    if ('ok' in line) {
      apply(expected, line);
      acknowledged += 1;
      inFlight = undefined;
    }
  }
  problems.push(...(await unparseable(dir)).map((p) => `does not parse: ${p}`));
  const journaled = await pendingJournal(dir);
  let service: LibraryService;
  try {
    service = await LibraryService.open(dir);
  } catch (err) {
    return { acknowledged, killed: exit.signal === 'SIGKILL', journaled, problems: [...problems, `the library does not open: ${(err as Error).message}`] };
  }
  compare(expected, await stateOf(service), inFlight, problems);
  problems.push(...(await indexProblems(service, dir)));
  const leftovers = (await readdir(join(dir, 'articles'))).filter((n) => n.endsWith('.tmp'));
  if (leftovers.length) problems.push(`temp files left after open: ${leftovers.join(', ')}`);
  await service.close();
  return { acknowledged, killed: exit.signal === 'SIGKILL', journaled, problems };
}
