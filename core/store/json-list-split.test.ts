import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LibraryService } from '../service.js';
import { base64, withTempDir } from '../testing/temp-library.js';
import { splitTopLevelList } from './json-list-split.js';

/** What JSON.parse gives for `text`, rebuilt from the split: the object less the list, then the list's items one by one. */
function viaSplit(text: string, key: string): unknown {
  const bytes = Buffer.from(text, 'utf8');
  const split = splitTopLevelList(bytes, key);
  if (!split) return undefined;
  const rest = JSON.parse(split.rest) as Record<string, unknown>;
  rest[key] = split.items.map(({ start, end }) => JSON.parse(bytes.toString('utf8', start, end)));
  return rest;
}

/** Strings full of what a byte scanner can trip on: quotes, backslashes, brackets, escapes, non-ASCII. */
const awkward = fc.string({ unit: fc.constantFrom('"', '\\', '{', '}', '[', ']', ',', ':', ' ', '\n', 'a', 'é', '💶', '\u2028', '\\"') });

describe('splitting the list of a JSON object (json-list-split.ts)', () => {
  it('gives the same value as JSON.parse, compact or indented, wherever the list stands', () => {
    const value = fc.dictionary(awkward, fc.jsonValue({ maxDepth: 3 }), { maxKeys: 4 });
    fc.assert(
      fc.property(value, fc.array(fc.jsonValue({ maxDepth: 3 }), { maxLength: 6 }), value, fc.boolean(), (before, list, after, indented) => {
        const object = { ...before, list, ...after };
        if (!Array.isArray(object.list)) return; // a key of `after` named "list" replaced it
        const text = JSON.stringify(object, null, indented ? 2 : undefined);
        expect(viaSplit(text, 'list')).toEqual(JSON.parse(text));
      }),
    );
  });

  it('declines what it cannot split exactly, leaving it to JSON.parse', () => {
    for (const text of ['[1,2]', '{"list":[1,2]', '{"list":[1,2]} x', '{"list":[1,2],"list":[3]}', '{"other":1}', '{"list":{"a":1}}', '{"list":[1 2]}', '\ufeff{"list":[]}', '{"list":["unclosed]}'])
      expect(splitTopLevelList(Buffer.from(text, 'utf8'), 'list'), text).toBeUndefined();
  });
});

describe('an article file read a batch of annotations at a time', () => {
  async function withArticle(run: (service: LibraryService, file: string, id: string) => Promise<void>): Promise<void> {
    await withTempDir(async (dir) => {
      const service = await LibraryService.open(dir);
      const { article } = await service.importFile({ fileName: 'story.txt', contentBase64: base64('The "minister" said {costs} rose [sharply] \\ by 12%.\n') });
      for (let i = 0; i < 300; i += 1) await service.createAnnotation({ articleId: article.id, kind: 'claim', start: 4, end: 14, note: `note ${i} "quoted" \\ {${i}}` });
      await service.close();
      await run(service, join(dir, 'articles', `${article.id}.json`), article.id);
    });
  }

  it('opens a file of 300 annotations, indented by hand, as JSON.parse reads it', async () => {
    await withArticle(async (_, file, id) => {
      const written = JSON.parse(await readFile(file, 'utf8'));
      await writeFile(file, JSON.stringify(written, null, 2), 'utf8');
      const reopened = await LibraryService.open(join(file, '..', '..'), { readOnly: true });
      const doc = await reopened.getArticle({ id });
      expect(doc.annotations).toHaveLength(300);
      expect(doc.annotations.map((a) => a.note).sort()).toEqual(written.annotations.map((a: { note: string }) => a.note).sort());
      await reopened.close();
    });
  });

  /** Opens the library after `damage` to the article file: the damage is reported, the file kept aside byte for byte, a backup put back. */
  async function reopenDamaged(file: string, damaged: Buffer | string): Promise<string> {
    await writeFile(file, damaged);
    const reopened = await LibraryService.open(join(file, '..', '..'));
    const { recoveries } = await reopened.getLibraryInfo();
    const aside = (await readdir(join(file, '..'))).find((n) => n.includes('.corrupt-'));
    expect(await readFile(join(file, '..', aside!))).toEqual(Buffer.from(damaged));
    expect(await reopened.listArticles()).toHaveLength(1); // put back from its backup
    await reopened.close();
    return recoveries.map((r) => r.damage).join('\n');
  }

  it('moves aside a file whose 281st annotation (in the second batch) does not fit, naming it, and loses none of its bytes', async () => {
    await withArticle(async (_, file) => {
      const written = JSON.parse(await readFile(file, 'utf8'));
      written.annotations[280].kind = 'rumour';
      expect(await reopenDamaged(file, JSON.stringify(written))).toMatch(/^unexpected content at annotations\.280\.kind: /);
    });
  });

  it('moves aside a file cut off among its annotations as not valid JSON', async () => {
    await withArticle(async (_, file) => {
      const bytes = await readFile(file);
      expect(await reopenDamaged(file, bytes.subarray(0, Math.floor(bytes.length * 0.6)))).toMatch(/^not valid JSON: /);
    });
  });
});
