// Team sync end to end: real libraries in temp folders, each with its own service and replica,
// syncing through a real PouchDB Server on 127.0.0.1 (started by the test, killed and restarted
// by it). Nothing is mocked: the edits go through the API as the app makes them.

import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { ADMIN, CouchServer, freePort } from '../testing/couch-server.js';
import { newsmark } from '../testing/run-newsmark.js';
import { SessionCredentials } from './credentials.js';
import { TeamSync } from './team-sync.js';
import { articleWithAnnotations } from '../testing/many-annotations.js';

interface Machine {
  dir: string;
  service: LibraryService;
  sync: TeamSync;
  credentials: SessionCredentials;
}

let root: string;
let server: CouchServer;
let dbCount = 0;

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'newsmark-sync-'));
  server = await CouchServer.start(join(root, 'couch'));
}, 30_000);

afterAll(async () => {
  await server.kill();
  await rm(root, { recursive: true, force: true });
});

function newDatabase(): string {
  dbCount += 1;
  return `${server.origin}/team-${dbCount}`;
}

async function machine(name: string): Promise<Machine> {
  const dir = await mkdtemp(join(root, `${name}-`));
  const service = await LibraryService.open(dir);
  const credentials = new SessionCredentials();
  const sync = await TeamSync.open(dir, service.syncPort(), credentials);
  return { dir, service, sync, credentials };
}

async function connect(m: Machine, url: string): Promise<void> {
  await m.sync.connect({ url, ...ADMIN });
}

/** The library's export with what is local to a machine taken out: export time, article order, link order. */
async function snapshot(m: Machine): Promise<string> {
  const { content } = await m.service.exportAs({ format: 'json' });
  const data = JSON.parse(content) as { exportedAt?: string; articles: { id: string; relations: { id: string }[] }[] };
  delete data.exportedAt;
  data.articles.sort((a, b) => a.id.localeCompare(b.id));
  for (const a of data.articles) a.relations.sort((x, y) => x.id.localeCompare(y.id));
  return JSON.stringify(data, null, 1);
}

async function converged(machines: Machine[], timeoutMs = 40_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let last: string[] = [];
  while (Date.now() < deadline) {
    for (const m of machines) await m.sync.idle();
    last = await Promise.all(machines.map(snapshot));
    const states = machines.map((m) => m.sync.status().state);
    if (last.every((s) => s === last[0]) && states.every((s) => s === 'synced')) return last[0]!;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `libraries did not converge: states ${machines.map((m) => m.sync.status().state).join(', ')}\n${last.map((s) => s.length).join(' vs ')}`,
  );
}

async function close(...machines: Machine[]): Promise<void> {
  for (const m of machines) {
    await m.sync.close();
    await m.service.close();
  }
}

const STORY = [
  'LONDON (Wire) - The council said on Monday that bus fares would rise by 12% in April.',
  '"We had no choice," said council leader Mary Jones, adding that 40 routes were at risk.',
  'Critics said the rise would hit 200,000 riders.',
].join('\n\n');

async function importStory(m: Machine, text = STORY): Promise<string> {
  const { article } = await m.service.importText({ text, title: 'Bus fares' });
  return article.id;
}

function spanOf(text: string, exact: string): { start: number; end: number } {
  const start = text.indexOf(exact);
  return { start, end: start + exact.length };
}

describe('team sync through a CouchDB server on 127.0.0.1', () => {
  it('edits made on three machines converge to identical libraries', async () => {
    const url = newDatabase();
    const [a, b, c] = [await machine('a'), await machine('b'), await machine('c')];
    const id = await importStory(a);
    const claim = await a.service.createAnnotation({
      articleId: id,
      kind: 'claim',
      ...spanOf(STORY, 'bus fares would rise by 12% in April'),
    });
    for (const m of [a, b, c]) await connect(m, url);
    await converged([a, b, c]);

    const quote = await b.service.createAnnotation({
      articleId: id,
      kind: 'quote',
      ...spanOf(STORY, '"We had no choice,"'),
      note: 'from B',
    });
    await c.service.updateAnnotation({ articleId: id, id: claim.id, note: 'checked by C', tags: ['transport'] });
    await c.service.importText({ text: 'A second story from C about 3 new trams.', title: 'Trams' });
    await converged([a, b, c]);
    await a.service.createRelation({ articleId: id, from: quote.id, to: claim.id, type: 'supports' });
    await b.service.deleteAnnotation({ articleId: id, id: claim.id });
    const final = await converged([a, b, c]);

    const data = JSON.parse(final) as { articles: { title: string; annotations: { id: string; note: string }[]; relations: unknown[] }[] };
    expect(data.articles.map((x) => x.title).sort()).toEqual(['Bus fares', 'Trams']);
    const bus = data.articles.find((x) => x.title === 'Bus fares')!;
    expect(bus.annotations.map((x) => x.note)).toEqual(['from B']);
    expect(bus.relations).toEqual([]); // its claim was deleted on B, so the link went with it
    for (const m of [a, b, c]) expect(m.sync.status().conflicts).toBe(0);
    await close(a, b, c);
  }, 90_000);

  it('`newsmark sync` sends a library that the app is not running on, and says clearly when the login is wrong', async () => {
    const url = newDatabase();
    const dir = await mkdtemp(join(root, 'cli-'));
    const service = await LibraryService.open(dir);
    const id = await importStory({ service } as Machine);
    await service.createAnnotation({ articleId: id, kind: 'figure', ...spanOf(STORY, '12%') });
    await service.close();

    const wrong = await newsmark(['sync', '--library', dir, '--remote', url, '--user', 'alice'], { NEWSMARK_SYNC_PASSWORD: 'nope' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toMatch(/refused the user name or password \(401\)/);
    const run = await newsmark(['sync', '--library', dir, '--remote', url, '--user', 'alice'], { NEWSMARK_SYNC_PASSWORD: 'secret' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^synced with http:\/\/127\.0\.0\.1:\d+\/team-\d+: 2 documents sent, 0 received; 0 conflicts/);
    const again = await newsmark(['sync', '--library', dir], { NEWSMARK_SYNC_PASSWORD: 'secret' }); // the remote was remembered
    expect(again.stdout).toMatch(/0 documents sent, 0 received/);

    const b = await machine('cli-b');
    await connect(b, url);
    await b.sync.idle();
    await new Promise((r) => setTimeout(r, 500));
    await b.sync.idle();
    const [article] = JSON.parse(await snapshot(b)).articles as { annotations: { quote: { exact: string } }[] }[];
    expect(article!.annotations.map((a) => a.quote.exact)).toEqual(['12%']);
    await close(b);
  }, 60_000);

  it('a wrong password, an unreachable host and a web page that is not CouchDB each say so and leave the library alone', async () => {
    const m = await machine('bad');
    await importStory(m);
    const before = await snapshot(m);
    const filesBefore = (await readdir(m.dir)).sort();

    await expect(m.sync.connect({ url: newDatabase(), username: 'alice', password: 'wrong' })).rejects.toThrow(
      /refused the user name or password \(401\)/,
    );
    const nobody = await freePort();
    await expect(m.sync.connect({ url: `http://127.0.0.1:${nobody}/team`, ...ADMIN })).rejects.toThrow(
      /Cannot reach 127\.0\.0\.1:\d+: nothing answers there/,
    );
    const web: Server = createServer((_req, res) =>
      res.writeHead(200, { 'content-type': 'text/html' }).end('<html><body>Hello</body></html>'),
    );
    await new Promise<void>((r) => web.listen(0, '127.0.0.1', () => r()));
    const webPort = (web.address() as { port: number }).port;
    await expect(m.sync.connect({ url: `http://127.0.0.1:${webPort}/team`, ...ADMIN })).rejects.toThrow(
      /does not answer like a CouchDB database \(got text\/html\)/,
    );
    web.close();
    await expect(m.sync.connect({ url: 'http://couch.example.org/team', ...ADMIN })).rejects.toThrow(/needs an https:\/\/ address/);

    expect(m.sync.status().state).toBe('off');
    expect(await snapshot(m)).toBe(before);
    expect((await readdir(m.dir)).sort()).toEqual(filesBefore); // no sync folder, no config, no password written
    await close(m);
  }, 60_000);
});

describe('team sync when the team database goes away', () => {
  let couch: CouchServer;
  beforeAll(async () => {
    couch = await CouchServer.start(join(root, 'couch-offline'));
  }, 30_000);
  afterAll(() => couch.kill());

  async function waitFor(what: string, check: () => boolean, timeoutMs = 20_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!check()) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  }

  it('edits made offline on two machines all arrive; the same annotation edited on both is a conflict with both versions, settled once for everyone', async () => {
    const url = `${couch.origin}/offline-team`;
    const [a, b] = [await machine('off-a'), await machine('off-b')];
    const id = await importStory(a);
    const claim = await a.service.createAnnotation({
      articleId: id,
      kind: 'claim',
      ...spanOf(STORY, 'bus fares would rise by 12% in April'),
    });
    const figure = await a.service.createAnnotation({ articleId: id, kind: 'figure', ...spanOf(STORY, '40 routes') });
    for (const m of [a, b]) await connect(m, url);
    await converged([a, b]);

    await couch.kill();
    await a.service.updateAnnotation({ articleId: id, id: claim.id, note: 'A says: misleading' });
    await b.service.updateAnnotation({ articleId: id, id: claim.id, note: 'B says: true' });
    await a.service.deleteAnnotation({ articleId: id, id: figure.id });
    await b.service.updateAnnotation({ articleId: id, id: figure.id, tags: ['checked'] });
    const riders = await b.service.createAnnotation({ articleId: id, kind: 'figure', ...spanOf(STORY, '200,000 riders') });
    await waitFor('both offline', () => [a, b].every((m) => m.sync.status().state === 'offline'));
    expect(a.sync.status().message).toMatch(/Offline: changes are kept here/);

    await couch.resume();
    await converged([a, b]);
    for (const m of [a, b]) expect(m.sync.status().conflicts).toBe(2);
    const conflicts = await a.sync.listConflicts();
    const notes = conflicts.find((c) => c.itemId === claim.id)!;
    const noteVersions = notes.versions.map((v) => (v.body?.type === 'annotation' ? v.body.annotation.note : null)).sort();
    expect(noteVersions).toEqual(['A says: misleading', 'B says: true']);
    const deleted = conflicts.find((c) => c.docId.endsWith(figure.id))!;
    expect(deleted.versions.map((v) => v.deleted).sort()).toEqual([false, true]); // deleted on A, edited on B: kept, shown
    const shown = JSON.parse(await snapshot(a)) as { articles: { annotations: { id: string }[] }[] };
    expect(shown.articles[0]!.annotations.map((x) => x.id)).toEqual(expect.arrayContaining([claim.id, figure.id, riders.id]));

    await b.sync.keepVersion(
      notes.docId,
      notes.versions.find((v) => v.body?.type === 'annotation' && v.body.annotation.note === 'A says: misleading')!.rev,
    );
    await b.sync.keepVersion(deleted.docId, deleted.versions.find((v) => v.deleted)!.rev);
    const settled = JSON.parse(await converged([a, b])) as { articles: { annotations: { id: string; note: string }[] }[] };
    const left = settled.articles[0]!.annotations;
    expect(left.map((x) => x.id).sort()).toEqual([claim.id, riders.id].sort());
    expect(left.find((x) => x.id === claim.id)!.note).toBe('A says: misleading');
    await waitFor('conflicts settled on both', () => [a, b].every((m) => m.sync.status().conflicts === 0));
    await close(a, b);
  }, 120_000);

  it('a server killed in the middle of the first sync resumes where it stopped: no duplicate, nothing missing', async () => {
    const url = `${couch.origin}/killed-team`;
    const a = await machine('kill-a');
    for (let n = 0; n < 20; n += 1) {
      const doc = articleWithAnnotations(60, '2026-01-01T00:00:00.000Z', `s${n}-`);
      const file = {
        schemaVersion: 1,
        exportedAt: '2026-01-01T00:00:00.000Z',
        articles: [{ ...doc.article, annotations: doc.annotations, relations: [] }],
      };
      await a.service.importAnnotations({ fileName: `s${n}.json`, contentBase64: Buffer.from(JSON.stringify(file)).toString('base64') });
    }
    await connect(a, url);
    await waitFor('the first documents to arrive', () => a.sync.status().sent > 0, 30_000);
    await couch.kill();
    await couch.resume();
    const b = await machine('kill-b');
    await connect(b, url);
    const library = JSON.parse(await converged([a, b], 90_000)) as { articles: { annotations: unknown[] }[] };
    expect(library.articles).toHaveLength(20);
    expect(library.articles.every((x) => x.annotations.length === 60)).toBe(true);
    const info = (await (
      await fetch(url, { headers: { authorization: `Basic ${Buffer.from('alice:secret').toString('base64')}` } })
    ).json()) as { doc_count: number };
    expect(info.doc_count).toBe(20 * 61); // one article document and 60 annotation documents each
    await close(a, b);
  }, 180_000);
});
