// `newsmark export` to doccano and Label Studio and `newsmark import` of their files, as the real
// command in a child process over a temp library: overlap warnings on stderr, --per-kind,
// --config writing Label Studio's labelling config, and a doccano file imported back.

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nativeJsonText } from '../formats/native.js';
import { FIXTURE_DOCS } from '../formats/test-fixture.js';
import { newsmark } from '../testing/run-newsmark.js';
import { withTempDir } from '../testing/temp-library.js';

describe('newsmark with doccano and Label Studio files', { timeout: 60_000 }, () => {
  it('warns about overlaps, writes per-kind lines and the labelling config, and imports a doccano file back', async () => {
    await withTempDir(async (dir) => {
      const library = join(dir, 'library');
      const native = join(dir, 'fixture.json');
      await writeFile(native, nativeJsonText(FIXTURE_DOCS, '2025-09-21T12:00:00.000Z'));
      expect((await newsmark(['import', native, '--library', library])).code).toBe(0);

      const doccano = join(dir, 'out.relations.jsonl');
      const warned = await newsmark(['export', '--format', 'jsonl-relations', '--out', doccano, '--library', library]);
      expect(warned.code).toBe(0);
      expect(warned.stderr).toMatch(/newsmark: warning: doccano: 8 of 14 spans overlap another span of their line/);
      const perKind = await newsmark(['export', '--format', 'jsonl-relations', '--per-kind', '--library', library]);
      expect(perKind.stdout.trimEnd().split('\n')).toHaveLength(6);
      expect(perKind.stderr).toMatch(/warning: doccano: 2 links join spans of different kinds/);
      expect(perKind.stderr).not.toMatch(/overlap/);

      const config = join(dir, 'config.xml');
      const studio = await newsmark(['export', '--format', 'label-studio', '--config', config, '--out', join(dir, 'tasks.json'), '--library', library]);
      expect(studio.code).toBe(0);
      expect(await readFile(config, 'utf8')).toMatch(/^<View>\n {2}<Labels name="label" toName="text">[\s\S]*<Relation value="supports"\/>/);
      expect((await newsmark(['export', '--format', 'csv', '--config', config, '--library', library])).code).toBe(2);
      expect((await newsmark(['export', '--format', 'csv', '--per-kind', '--library', library])).stderr).toContain('--per-kind applies only to --format jsonl, jsonl-relations');

      const fresh = join(dir, 'fresh');
      const back = await newsmark(['import', doccano, '--library', fresh]);
      expect(back.stderr).toBe('');
      expect(back.stdout).toMatch(/out\.relations\.jsonl \(doccano\): 14 added, 0 updated, 0 skipped; 2 articles created; 12 placed exactly/);
    });
  });
});
