// exportAs through the service: the json format gives exactly the bytes of the older exportJson,
// scopes choose the articles, and bad requests are refused by the contract.

import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { exportAs, FORMAT_NAMES } from './index.js';
import { nativeJsonText } from './native.js';
import { FIXTURE_DOCS } from './test-fixture.js';

const NOW = new Date('2026-03-01T00:00:00.000Z');
const [HARBOUR, NOTE] = FIXTURE_DOCS.map((d) => d.article.id) as [string, string];

async function fixtureLibrary(dir: string): Promise<LibraryService> {
  const service = await LibraryService.open(dir, { clock: () => NOW });
  await service.importAnnotations({ fileName: 'fixture.json', contentBase64: base64(nativeJsonText(FIXTURE_DOCS, NOW.toISOString())) });
  return service;
}

describe('exportAs', () => {
  it('gives the same file as exportJson for the json format, for one article and for the library', async () => {
    await withTempDir(async (dir) => {
      const service = await fixtureLibrary(dir);
      const one = await service.exportAs({ format: 'json', articleIds: [NOTE] });
      expect(one).toEqual({ ...(await service.exportJson({ articleId: NOTE })), mimeType: 'application/json' });
      const all = await service.exportAs({ format: 'json' });
      expect(all).toEqual({ ...(await service.exportJson({})), mimeType: 'application/json' });
    });
  });

  it('exports a selection in the order given, once each', async () => {
    await withTempDir(async (dir) => {
      const service = await fixtureLibrary(dir);
      const file = await service.exportAs({ format: 'jsonl', articleIds: [NOTE, HARBOUR, NOTE] });
      expect(file.content.trimEnd().split('\n').map((line) => JSON.parse(line).id)).toEqual([NOTE, HARBOUR]);
      expect(file.fileName).toBe('newsmark-2-articles-2026-03-01.jsonl');
    });
  });

  it('refuses an unknown format, an empty selection and an unknown article', async () => {
    await withTempDir(async (dir) => {
      const service = await fixtureLibrary(dir);
      const unknown = await dispatch(service, 'exportAs', { format: 'docx' });
      expect(unknown).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringContaining(FORMAT_NAMES.join('"|"')) } });
      expect(await dispatch(service, 'exportAs', { format: 'csv', articleIds: [] })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(await dispatch(service, 'exportAs', { format: 'csv', articleIds: ['missing'] })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    });
  });
});

describe('orphaned annotations in exports', () => {
  it('are kept, marked, by the native format and left out of every other format with their links', () => {
    const [doc] = FIXTURE_DOCS;
    const [orphan, ...rest] = doc!.annotations;
    const orphaned = { ...doc!, annotations: [{ ...orphan!, anchor: { status: 'orphaned' as const, version: 2 } }, ...rest] };
    const options = { exportedAt: NOW.toISOString(), selected: true };
    const native = JSON.parse(exportAs('json', [orphaned], options).content);
    expect(native.articles[0].annotations.find((a: { id: string }) => a.id === orphan!.id).anchor.status).toBe('orphaned');
    const withoutIt = { ...doc!, annotations: rest, relations: doc!.relations.filter((r) => r.from !== orphan!.id && r.to !== orphan!.id) };
    for (const name of FORMAT_NAMES.filter((n) => n !== 'json')) {
      expect(exportAs(name, [orphaned], options).content, name).toBe(exportAs(name, [withoutIt], options).content);
    }
    expect(exportAs('csv', [orphaned], options).content).not.toBe(exportAs('csv', [doc!], options).content);
  });
});
