// How long the first team sync of a big library takes, through a real PouchDB Server on
// 127.0.0.1: a library of 1,000 articles × 100 annotations sends everything (library → replica →
// server), then a second, empty library receives it all (server → replica → library). Prints
// the time and the peak memory (RSS) of this process for each; the floor beside it is the time
// to write the same documents to the server in bulk with plain HTTP, measured in the same run.
//   npx tsx bench/sync.bench.ts            (NEWSMARK_BENCH_SYNC_ARTICLES=100 for a quick run)

import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { LibraryService } from '../core/service.js';
import { SessionCredentials } from '../core/sync/credentials.js';
import { toSyncBodies } from '../core/sync/sync-docs.js';
import { TeamSync } from '../core/sync/team-sync.js';
import { ADMIN, CouchServer } from '../core/testing/couch-server.js';
import { articleWithAnnotations } from '../core/testing/many-annotations.js';

const ARTICLES = Number(process.env.NEWSMARK_BENCH_SYNC_ARTICLES ?? 1000);
const PER_ARTICLE = 100;
const auth = { authorization: `Basic ${Buffer.from(`${ADMIN.username}:${ADMIN.password}`).toString('base64')}`, 'content-type': 'application/json' };

let peak = 0;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 50);
const mb = (bytes: number) => `${Math.round(bytes / 1024 / 1024)} MB`;

async function settled(sync: TeamSync, until: () => Promise<boolean>): Promise<void> {
  for (;;) {
    await sync.idle();
    if (sync.status().state === 'synced' && (await until())) return;
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function main(): Promise<void> {
  const root = await mkdtemp(join(tmpdir(), 'newsmark-bench-sync-'));
  const couch = await CouchServer.start(join(root, 'couch'));
  try {
    const docs = Array.from({ length: ARTICLES }, (_, n) => articleWithAnnotations(PER_ARTICLE, '2026-01-01T00:00:00.000Z', `a${n}-`));
    const a = await LibraryService.open(join(root, 'a'));
    const file = { schemaVersion: 1, exportedAt: '2026-01-01T00:00:00.000Z', articles: docs.map((d) => ({ ...d.article, annotations: d.annotations, relations: [] })) };
    await a.importAnnotations({ fileName: 'big.json', contentBase64: Buffer.from(JSON.stringify(file)).toString('base64') });
    const total = ARTICLES * (PER_ARTICLE + 1);

    // The floor: the same documents written to a fresh database in bulk, 500 at a time.
    await fetch(`${couch.origin}/floor`, { method: 'PUT', headers: auth });
    const bodies = docs.flatMap((d) => [...toSyncBodies(d)].map(([id, body]) => ({ _id: id, ...body })));
    let start = performance.now();
    for (let i = 0; i < bodies.length; i += 500) {
      await fetch(`${couch.origin}/floor/_bulk_docs`, { method: 'POST', headers: auth, body: JSON.stringify({ docs: bodies.slice(i, i + 500) }) });
    }
    const floor = performance.now() - start;

    const url = `${couch.origin}/bench`;
    peak = 0;
    start = performance.now();
    const syncA = await TeamSync.open(join(root, 'a'), a.syncPort(), new SessionCredentials());
    await syncA.connect({ url, ...ADMIN });
    await settled(syncA, async () => ((await (await fetch(url, { headers: auth })).json()) as { doc_count: number }).doc_count === total);
    const send = performance.now() - start;
    const sendPeak = peak;

    const b = await LibraryService.open(join(root, 'b'));
    peak = 0;
    start = performance.now();
    const syncB = await TeamSync.open(join(root, 'b'), b.syncPort(), new SessionCredentials());
    await syncB.connect({ url, ...ADMIN });
    await settled(syncB, async () => (await b.listArticles()).length === ARTICLES);
    const receive = performance.now() - start;
    const receivePeak = peak;

    console.log(`team sync, ${ARTICLES.toLocaleString('en')} articles × ${PER_ARTICLE} annotations (${total.toLocaleString('en')} documents), PouchDB Server on 127.0.0.1:`);
    console.log(`  first send    ${(send / 1000).toFixed(1)} s, peak RSS ${mb(sendPeak)}  (${(send / floor).toFixed(1)}× the bulk-HTTP floor of ${(floor / 1000).toFixed(1)} s)`);
    console.log(`  first receive ${(receive / 1000).toFixed(1)} s, peak RSS ${mb(receivePeak)}  (${(receive / floor).toFixed(1)}× the floor)`);
    for (const s of [syncA, syncB]) await s.close();
    await a.close();
    await b.close();
  } finally {
    clearInterval(sampler);
    await couch.kill();
    await rm(root, { recursive: true, force: true });
  }
}

await main();
