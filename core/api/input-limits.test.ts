// Every string and list the API takes is bounded: an oversized field is refused at the door with a
// message naming the field and its limit, and the article on disk is left exactly as it was.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { dispatch } from './dispatch.js';

const MB = 1024 * 1024;

async function withFigure(run: (call: (method: string, input: unknown) => ReturnType<typeof dispatch>, ids: { articleId: string; id: string }, file: () => Promise<string>) => Promise<void>) {
  await withTempDir(async (dir) => {
    const service = await LibraryService.open(dir);
    const { article } = await service.importFile({ fileName: 'story.txt', contentBase64: base64('Trade amounted to $28 billion in 2019.') });
    const figure = await service.createAnnotation({ articleId: article.id, kind: 'figure', start: 18, end: 29 });
    const file = () => readFile(join(dir, 'articles', `${article.id}.json`), 'utf8');
    await run((method, input) => dispatch(service, method, input), { articleId: article.id, id: figure.id }, file);
  });
}

describe('input limits', () => {
  it('refuses a 10 MB figure unit, naming the field and its limit, and writes nothing', async () => {
    await withFigure(async (call, ids, file) => {
      const before = await file();
      const result = await call('updateAnnotation', { ...ids, fields: { figure: { unit: 'x'.repeat(10 * MB) } } });
      expect(result).toEqual({
        ok: false,
        error: { code: 'invalid-input', message: "Invalid input for updateAnnotation: fields.figure.unit: a figure's unit can be at most 100 characters" },
      });
      expect(await file()).toBe(before);
      expect(await call('updateAnnotation', { ...ids, fields: { figure: { unit: 'USD' } } })).toMatchObject({ ok: true });
    });
  });

  it('bounds every other figure string, evidence notes and the evidence list', async () => {
    await withFigure(async (call, ids) => {
      const refused = async (fields: unknown) => {
        const result = await call('updateAnnotation', { ...ids, fields });
        return result.ok ? 'accepted' : result.error.message;
      };
      expect(await refused({ figure: { scale: 's'.repeat(101) } })).toContain("a figure's scale can be at most 100 characters");
      expect(await refused({ figure: { approximate: 'a'.repeat(201) } })).toContain("a figure's approximation can be at most 200 characters");
      expect(await refused({ figure: { date: '2'.repeat(41) } })).toContain("a figure's date can be at most 40 characters");
      const source = { url: 'https://example.org', title: 'Report', note: '', accessedAt: '2026-01-01' };
      expect(await refused({ claim: { evidence: [{ ...source, note: 'n'.repeat(10_001) }] } })).toContain("a source's note can be at most 10,000 characters");
      expect(await refused({ claim: { evidence: Array.from({ length: 201 }, () => source) } })).toContain('at most 200 sources at once');
      expect(await refused({ claim: { evidence: Array.from({ length: 200 }, () => source) } })).toBe('accepted');
    });
  });
});
