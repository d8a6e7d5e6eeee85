// Bundles the Electron side with esbuild: the main process (Node, CommonJS) and the preload (one
// self-contained CommonJS file, because a sandboxed preload can require nothing but 'electron').
// Usage: node scripts/build-electron.mjs

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const readJson = (file) => JSON.parse(readFileSync(file, 'utf8'));
const { dependencies = {} } = readJson(path.join(root, 'package.json'));

/** Whether Node can `require` the package's main entry as CommonJS (not through require(esm)). */
function isCommonJs(name) {
  const pkg = readJson(path.join(root, 'node_modules', name, 'package.json'));
  const exports = pkg.exports;
  const entry = exports && typeof exports === 'object' && '.' in exports ? exports['.'] : exports;
  if (entry && typeof entry === 'object' && 'require' in entry) return true;
  const file = typeof entry === 'string' ? entry : (pkg.main ?? 'index.js');
  return file.endsWith('.cjs') || (!file.endsWith('.mjs') && pkg.type !== 'module');
}

// electron-builder ships the package.json `dependencies` in node_modules, so CommonJS ones stay
// external (jsdom cannot be bundled cleanly anyway). ESM-only ones (lowdb, marked) are bundled:
// require(esm) of a file inside app.asar fails (electron/electron#46614). devDependencies that
// core uses are bundled too, since they are not shipped.
const external = ['electron', ...Object.keys(dependencies).filter(isCommonJs)];

/** @type {import('esbuild').BuildOptions} */
const common = {
  absWorkingDir: root,
  bundle: true,
  format: 'cjs',
  sourcemap: true,
  logLevel: 'warning',
};

// Web pages are read on a worker thread (core/import/off-thread.ts): its script is built beside
// main.cjs, and main.cjs is told its name; import.meta.url becomes this file's URL in CommonJS.
// Electron's Node has \p{…} in regular expressions: kept as literals (lowered, each became a `new
// RegExp` made on every call: the suggestion engine makes hundreds of thousands, as in build-cli.mjs).
const node = { ...common, platform: 'node', target: 'node22', external, supported: { 'regexp-unicode-property-escapes': true } };
const targets = [
  {
    ...node,
    entryPoints: ['electron/main.ts'],
    outfile: 'dist/electron/main.cjs',
    define: { NEWSMARK_HTML_WORKER: '"./html-worker.cjs"', 'import.meta.url': 'newsmarkMainUrl' },
    banner: { js: "var newsmarkMainUrl = require('node:url').pathToFileURL(__filename).href;" },
  },
  { ...node, entryPoints: ['core/import/html-worker.ts'], outfile: 'dist/electron/html-worker.cjs' },
  {
    ...common,
    entryPoints: ['electron/preload.ts'],
    outfile: 'dist/electron/preload.cjs',
    platform: 'browser',
    target: 'chrome130',
    external: ['electron'],
  },
];

const results = await Promise.all(targets.map((options) => build(options)));
// A warning here is a runtime bug waiting (e.g. `import.meta.url` is empty in CommonJS output).
const warnings = results.reduce((count, result) => count + result.warnings.length, 0);
if (warnings > 0) {
  console.error(`build-electron: ${warnings} warning(s), treated as errors`);
  process.exit(1);
}
for (const { outfile } of targets) console.log(`build-electron: wrote ${outfile}`);
