// Each format written from the fixture articles must match its golden file byte for byte.
// After a deliberate change of a format: UPDATE_GOLDEN=1 npx vitest run core/formats/golden
// rewrites the files; review the diff before committing it.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bratFiles } from './brat/export.js';
import { EXPORT_FORMATS, FORMAT_NAMES, type ExportOptions, type FormatName } from './index.js';
import { FIXTURE_DOCS, FIXTURE_EXPORTED_AT } from './test-fixture.js';

const CASES: { file: string; format: FormatName; options?: Partial<ExportOptions> }[] = [
  ...FORMAT_NAMES.filter((format) => !EXPORT_FORMATS[format].zip).map((format) => ({ file: `${format}.${EXPORT_FORMATS[format].extension.split('.').pop()}`, format })),
  { file: 'w3c-flat.jsonld', format: 'w3c', options: { flat: true } },
  { file: 'csv-bom.csv', format: 'csv', options: { bom: true } },
  { file: 'jsonl-per-kind.jsonl', format: 'jsonl', options: { perKind: true } },
  { file: 'jsonl-relations-per-kind.jsonl', format: 'jsonl-relations', options: { perKind: true } },
];

function matchesGolden(file: string, content: Buffer): void {
  const path = new URL(`./golden/${file}`, import.meta.url);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(path, content);
  expect(existsSync(path), `golden/${file} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
  expect(content.equals(readFileSync(path)), `golden/${file} differs; run with UPDATE_GOLDEN=1 if the change is meant`).toBe(true);
}

describe('golden files', () => {
  for (const { file, format, options } of CASES) {
    it(`${format}${options ? ` ${JSON.stringify(options)}` : ''} matches golden/${file}`, () => {
      const { content, companion } = EXPORT_FORMATS[format].write(FIXTURE_DOCS, { exportedAt: FIXTURE_EXPORTED_AT, ...options });
      matchesGolden(file, Buffer.from(content, 'utf8'));
      // A companion file (Label Studio's labelling config) has its golden file beside the export's.
      if (companion) matchesGolden(companion.suffix, Buffer.from(companion.content, 'utf8'));
    });
  }

  // brat's zip holds a .txt and a .ann per article: the golden files are those, readable.
  for (const { name, content } of bratFiles(FIXTURE_DOCS)) {
    it(`brat matches golden/brat/${name}`, () => {
      const path = new URL(`./golden/brat/${name}`, import.meta.url);
      if (process.env.UPDATE_GOLDEN === '1') {
        mkdirSync(new URL('./golden/brat/', import.meta.url), { recursive: true });
        writeFileSync(path, content);
      }
      expect(existsSync(path), `golden/brat/${name} is missing; run with UPDATE_GOLDEN=1`).toBe(true);
      expect(readFileSync(path, 'utf8')).toBe(content);
    });
  }
});
