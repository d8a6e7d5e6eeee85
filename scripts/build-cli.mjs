// Bundles the `newsmark` CLI with esbuild into dist/cli/: one entry to load instead of ~150
// TypeScript files through tsx (start-up is what `newsmark list` costs), split into chunks so
// that jsdom, Readability and marked load only with the commands that import files. Packages stay
// outside the bundle, loaded from node_modules, except zod: every command checks with it, and
// loading its ~80 files one by one cost ~120 ms CPU per start against ~30 ms bundled. The web-page
// worker (core/import/html-worker.ts) is an entry of its own beside it. bin/newsmark.mjs calls
// this when a source is newer than the bundle. Each file is written whole (temporary name, then
// rename) and the entries last, so a CLI starting meanwhile never loads half a bundle.
// Usage: node scripts/build-cli.mjs

import { mkdir, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_DIR = path.join(root, 'dist', 'cli');
/** The build's inputs (esbuild's metafile): bin/newsmark.mjs compares their times with the bundle's. */
export const CLI_META = path.join(CLI_DIR, 'meta.json');

async function writeWhole(file, contents) {
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, contents);
  await rename(temp, file);
}

/** Every package but zod stays a plain import of node_modules (esbuild's packages: 'external', less zod). */
const packagesButZod = {
  name: 'packages-but-zod',
  setup(build) {
    build.onResolve({ filter: /^[^./]/ }, (args) => (/^zod(\/|$)/.test(args.path) || args.kind === 'entry-point' ? undefined : { path: args.path, external: true }));
  },
};

export async function buildCli() {
  const result = await build({
    absWorkingDir: root,
    entryPoints: { newsmark: 'core/cli/main.ts', 'html-worker': 'core/import/html-worker.ts' },
    outdir: CLI_DIR,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // Node 20 has \p{…} in regular expressions; lowered, each literal became a `new RegExp` built
    // again on every call (the suggestion engine makes hundreds of thousands).
    supported: { 'regexp-unicode-property-escapes': true },
    plugins: [packagesButZod],
    define: { NEWSMARK_HTML_WORKER: '"./html-worker.mjs"' },
    metafile: true,
    write: false,
    logLevel: 'warning',
  });
  await mkdir(CLI_DIR, { recursive: true });
  const entries = new Set(['newsmark.mjs', 'html-worker.mjs'].map((name) => path.join(CLI_DIR, name)));
  const outputs = [...result.outputFiles].sort((a, b) => Number(entries.has(a.path)) - Number(entries.has(b.path)));
  for (const file of outputs) await writeWhole(file.path, file.contents);
  await writeWhole(CLI_META, JSON.stringify({ inputs: Object.keys(result.metafile.inputs) }));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await buildCli();
  console.log(`build-cli: wrote ${path.relative(root, CLI_DIR)}`);
}
