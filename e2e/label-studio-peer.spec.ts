// Label Studio's own frontend (@heartexlabs/label-studio, a devDependency) in Chromium loads our
// label-studio export with the labelling config written beside it: every region keeps its label
// and lands on the characters it names (code points, emoji before it or not), and every relation
// keeps all its labels — two links between the same pair of spans are one relation with two
// labels, which Label Studio keeps (a second relation between one pair it drops).

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { chromium, expect, test, type Browser, type Page } from '@playwright/test';
import { quoteAt } from '../core/anchoring/text-quote';
import { EXPORT_FORMATS } from '../core/formats/index';
import { FIXTURE_DOCS, FIXTURE_EXPORTED_AT } from '../core/formats/test-fixture';
import type { Annotation, ArticleDocument } from '../core/model';
import { CHROMIUM_PATH } from './harness';

const require = createRequire(import.meta.url);
const BUNDLE = join(dirname(require.resolve('@heartexlabs/label-studio/package.json')), 'build', 'static', 'js', 'main.js');
const ORIGIN = 'http://label-studio.test';

const TEXT = 'Ship 🚢 sails, the mayor said.';
function span(id: string, kind: Annotation['kind'], exact: string, extra: Partial<Annotation> = {}): Annotation {
  const start = TEXT.indexOf(exact);
  const at = { start, end: start + exact.length };
  return { id, kind, ...at, quote: quoteAt(TEXT, at.start, at.end), tags: [], note: '', fields: {}, origin: 'manual', createdAt: FIXTURE_EXPORTED_AT, updatedAt: FIXTURE_EXPORTED_AT, ...extra };
}
const mayor = { start: TEXT.indexOf('the mayor'), end: TEXT.indexOf('the mayor') + 9, exact: 'the mayor' };
const twoLinks: ArticleDocument = {
  article: { id: 'pair', title: 'Ship sails', meta: {}, text: TEXT, contentHash: 'pair', importedAt: FIXTURE_EXPORTED_AT },
  annotations: [span('c', 'claim', 'Ship 🚢 sails'), span('q', 'quote', 'sails', { fields: { quote: { speaker: { name: 'the mayor', span: mayor }, form: null, cue: 'said' } } })],
  relations: [
    { id: 'r1', from: 'c', to: 'q', type: 'supports', createdAt: FIXTURE_EXPORTED_AT },
    { id: 'r2', from: 'c', to: 'q', type: 'same-as', createdAt: FIXTURE_EXPORTED_AT },
  ],
  layers: [{ name: 'Bob', role: 'annotator', annotations: [span('b1', 'figure', '🚢')], relations: [] }],
};

interface Result {
  id?: string;
  type: string;
  from_id?: string;
  to_id?: string;
  labels?: string[];
  value?: { start: number; end: number; text: string; labels: string[] };
}
interface Task {
  data: { text: string };
  annotations: { result: Result[] }[];
}

const exported = EXPORT_FORMATS['label-studio'].write([...FIXTURE_DOCS, twoLinks], { exportedAt: FIXTURE_EXPORTED_AT });
const tasks = JSON.parse(exported.content) as Task[];
const config = exported.companion!.content;

let browser: Browser;
let page: Page;

test.beforeAll(async () => {
  browser = await chromium.launch({ executablePath: CHROMIUM_PATH });
  page = await browser.newPage();
  const js = readFileSync(BUNDLE, 'utf8');
  // The bundle finds its own address from its <script src>, so it is served from a page, not injected.
  await page.route(`${ORIGIN}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/main.js') return route.fulfill({ body: js, contentType: 'text/javascript' });
    if (path === '/') return route.fulfill({ body: '<!doctype html><div id="ls"></div><script src="/main.js"></script>', contentType: 'text/html' });
    return route.fulfill({ status: 404, body: '' });
  });
});

test.afterAll(async () => browser?.close());

interface Loaded {
  regions: { id: string; start: number; end: number; text: string; shown: string; labels: string[] }[];
  relations: { from: string; to: string; labels: string[] }[];
}

/** One annotation of a task as Label Studio holds it once loaded with the config. */
async function load(task: Task, index: number): Promise<Loaded> {
  const one = { id: 1, data: task.data, annotations: [{ id: 1, result: task.annotations[index]!.result }] };
  // A fresh page each time: Label Studio keeps state of its own between instances.
  await page.goto(`${ORIGIN}/`);
  await page.waitForFunction(() => typeof (window as unknown as { LabelStudio?: unknown }).LabelStudio === 'function', null, { timeout: 30_000 });
  return page.evaluate(
    ({ config, task }) =>
      new Promise<Loaded>((resolve, reject) => {
        const LabelStudio = (window as unknown as { LabelStudio: new (el: string, options: object) => unknown }).LabelStudio;
        setTimeout(() => reject(new Error('Label Studio did not load the task')), 20_000);
        new LabelStudio('ls', {
          config,
          task,
          interfaces: ['panel'],
          user: { pk: 1, firstName: 'Test' },
          onLabelStudioLoad: (ls: any) => {
            const ready = () => {
              const first = ls.annotationStore.annotations[0];
              if (!first) return void setTimeout(ready, 50);
              ls.annotationStore.selectAnnotation(first.id);
              // Regions are drawn (their spans made) after selection: wait for them.
              setTimeout(() => {
                const a = ls.annotationStore.selected;
                const bare = (id: string) => id.replace(/#.*$/, '');
                resolve({
                  regions: a.regions.map((r: any) => ({
                    id: bare(r.id),
                    start: r.startOffset,
                    end: r.endOffset,
                    text: r.text,
                    shown: (r._spans ?? []).map((s: HTMLElement) => s.textContent).join(''),
                    labels: [...r.labels],
                  })),
                  relations: a.relationStore.relations.map((r: any) => ({ from: bare(r.node1.id), to: bare(r.node2.id), labels: [...(r.relations?.selectedValues?.() ?? [])] })),
                });
              }, 500);
            };
            ready();
          },
        });
      }),
    { config, task: one },
  );
}

test('Label Studio loads every region and relation of the export, given the config written beside it', async () => {
  let regions = 0;
  let relations = 0;
  for (const task of tasks) {
    for (const [i, annotation] of task.annotations.entries()) {
      const loaded = await load(task, i);
      const labelled = annotation.result.filter((r) => r.type === 'labels');
      const linked = annotation.result.filter((r) => r.type === 'relation');
      expect(loaded.regions.map(({ shown: _, ...r }) => r)).toEqual(labelled.map((r) => ({ id: r.id, start: r.value!.start, end: r.value!.end, text: r.value!.text, labels: r.value!.labels })));
      // The highlighted characters are the region's text: Label Studio counts code points, as we write.
      for (const r of loaded.regions) expect(r.shown).toBe(r.text);
      expect(loaded.relations).toEqual(linked.map((r) => ({ from: r.from_id, to: r.to_id, labels: r.labels })));
      regions += labelled.length;
      relations += linked.length;
    }
  }
  // The fixture's 12 annotations and 2 role spans, the extra story's 2 spans and its speaker, and Bob's figure.
  expect(regions).toBe(18);
  expect(relations).toBe(6);
  const pair = tasks.at(-1)!.annotations[0]!.result.filter((r) => r.type === 'relation');
  expect(pair.map((r) => r.labels)).toEqual([['speaker'], ['supports', 'same-as']]);
});
