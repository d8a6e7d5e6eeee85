// Takes the README's screenshots, light and dark: the reader with claims, quotes and figures
// highlighted, in Debian's Chromium through the e2e harness. Run: npx tsx scripts/screenshot.ts
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kind } from '../core/model';
import buildRenderer, { REPO_ROOT } from '../e2e/build-renderer';
import { launchApp } from '../e2e/harness';

const MARKS: [Kind, string, string?][] = [
  ['claim', "Portugal's government said on Friday it would spend €1.2 billion over the next three years"],
  ['figure', '€1.2 billion', 'budget'],
  ['quote', '"We cannot wait for the rain any longer,"'],
  ['figure', '23% of capacity'],
  ['claim', 'puts the running cost at €0.74 per cubic metre, nearly twice what households in the region pay today'],
  ['figure', '€0.74 per cubic metre'],
  ['quote', '"Three years is three harvests,"'],
];

const dir = await mkdtemp(join(tmpdir(), 'newsmark-shot-'));
buildRenderer();
const app = await launchApp({ libraryDir: dir });
try {
  const [summary] = await app.service.listArticles();
  const { article } = await app.service.getArticle({ id: summary!.id });
  for (const [kind, phrase, tag] of MARKS) {
    const start = article.text.indexOf(phrase);
    await app.service.createAnnotation({ articleId: article.id, kind, start, end: start + phrase.length, tags: tag ? [tag] : [] });
  }
  for (const [theme, file] of [
    ['light', 'screenshot.png'],
    ['dark', 'screenshot-dark.png'],
  ] as const) {
    await app.page.emulateMedia({ colorScheme: theme });
    await app.page.reload();
    await app.page.getByRole('list', { name: 'Annotations' }).getByRole('button', { name: /Three years is three harvests/ }).click();
    await app.page.waitForTimeout(1500);
    await app.page.screenshot({ path: join(REPO_ROOT, 'docs', file) });
    console.log(`wrote docs/${file}`);
  }
} finally {
  await app.close();
  await rm(dir, { recursive: true, force: true });
  process.exit(0);
}
