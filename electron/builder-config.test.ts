// electron-builder.yml checked against electron-builder's own JSON schema (app-builder-lib ships
// it), so a misspelt key or a wrong type fails here, not on a release machine; plus what the
// package must be: hardened fuses, asar integrity, no source maps, the file associations.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv from 'ajv';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8'));
const config = load(readFileSync(new URL('../electron-builder.yml', import.meta.url), 'utf8')) as Record<string, any>;

function validate(candidate: unknown) {
  const ajv = new Ajv({ allErrors: true, strict: false });
  const check = ajv.compile(schema);
  return { ok: check(candidate), errors: (check.errors ?? []).map((e) => `${e.instancePath} ${e.message}`) };
}

describe('electron-builder.yml', () => {
  it('is valid against electron-builder’s schema', () => {
    const { ok, errors } = validate(config);
    expect(errors).toEqual([]);
    expect(ok).toBe(true);
  });

  it('would be refused with a misspelt key or a wrong type (the check can fail)', () => {
    expect(validate({ ...config, electronFuse: {} }).ok).toBe(false);
    expect(validate({ ...config, asar: 'yes please' }).ok).toBe(false);
  });

  it('packages a hardened binary that checks its asar archive', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('ships no source maps and opens .txt, .md and .html files', () => {
    expect(config.files).toContain('!**/*.map');
    const exts = config.fileAssociations.flatMap((a: { ext: string | string[] }) => [a.ext].flat());
    expect(exts).toEqual(expect.arrayContaining(['txt', 'md', 'html', 'htm']));
  });
});
