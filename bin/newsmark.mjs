#!/usr/bin/env node
// Launches the Newsmark CLI (core/cli/main.ts). It runs from the bundle in dist/cli/, rebuilt
// first (scripts/build-cli.mjs) whenever a source it was built from is newer than it, so it is
// never stale; where esbuild is not installed (no devDependencies), from the TypeScript sources
// through tsx, which starts several times slower.
import { readFileSync, statSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const bundle = `${root}dist/cli/newsmark.mjs`;

function mtime(file) {
  try {
    return statSync(file).mtimeMs;
  } catch {
    return Infinity;
  }
}

function isStale() {
  const built = mtime(bundle);
  if (built === Infinity) return true;
  try {
    const { inputs } = JSON.parse(readFileSync(`${root}dist/cli/meta.json`, 'utf8'));
    return [...inputs, 'bin/newsmark.mjs', 'scripts/build-cli.mjs'].some((input) => mtime(`${root}${input}`) > built);
  } catch {
    return true;
  }
}

async function loadMain() {
  if (!isStale()) return import(pathToFileURL(bundle).href);
  try {
    const { buildCli } = await import('../scripts/build-cli.mjs');
    await buildCli();
    return import(pathToFileURL(bundle).href);
  } catch (err) {
    if (err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
    const { register } = await import('tsx/esm/api');
    register();
    return import('../core/cli/main.ts');
  }
}

const { main } = await loadMain();
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
  stdout: process.stdout,
  env: process.env,
});
