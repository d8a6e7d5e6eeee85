// The process the kill test SIGKILLs: it opens a library through the real service and makes
// edits one after another — marks, note edits, deletes, renames, imports — printing a line before
// each one starts ("begin") and after it is acknowledged ("ok"), so the parent knows exactly which
// edits the service promised were saved. Usage: edit-child LIBRARY_DIR EDITS SEED

import { LibraryService } from '../../service.js';

const [dir, editsArg, seedArg] = process.argv.slice(2);
if (!dir) throw new Error('usage: edit-child LIBRARY_DIR EDITS SEED');
const edits = Number(editsArg ?? 1000);
let seed = Number(seedArg ?? 1);
/** A small seeded generator (mulberry32): each run does different edits, reproducibly. */
function random(): number {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);

const TEXT = 'The council said costs had risen by 40% since 2019, and the mayor said they would fall.\n';

const service = await LibraryService.open(dir, { holder: 'kill test' });
const ids = (await service.listArticles()).map((a) => a.id);
say({ ready: true });
for (let n = 0; n < edits; n++) {
  const roll = random();
  if (ids.length === 0 || roll < 0.03) {
    const text = `${TEXT}Story ${Date.now()}-${n}-${Math.floor(random() * 1e9)}.\n`;
    say({ begin: 'import', text });
    const { article } = await service.importText({ text });
    ids.push(article.id);
    say({ ok: 'import', articleId: article.id });
    continue;
  }
  const articleId = pick(ids);
  const { annotations } = await service.getArticle({ id: articleId });
  if (roll < 0.6 || annotations.length === 0) {
    const start = Math.floor(random() * 40);
    say({ begin: 'create', articleId, start });
    const a = await service.createAnnotation({ articleId, kind: pick(['claim', 'quote', 'figure'] as const), start, end: start + 5, note: `n${n}` });
    say({ ok: 'create', articleId, id: a.id, note: a.note });
  } else if (roll < 0.85) {
    const id = pick(annotations).id;
    const note = `edited ${n}`;
    say({ begin: 'update', articleId, id, note });
    await service.updateAnnotation({ articleId, id, note });
    say({ ok: 'update', articleId, id, note });
  } else if (roll < 0.95) {
    const id = pick(annotations).id;
    say({ begin: 'delete', articleId, id });
    await service.deleteAnnotation({ articleId, id });
    say({ ok: 'delete', articleId, id });
  } else {
    const title = `Title ${n}`;
    say({ begin: 'rename', articleId, title });
    await service.updateArticle({ id: articleId, title });
    say({ ok: 'rename', articleId, title });
  }
}
await service.close();
say({ done: true });
