// Runs every benchmark in bench/ (each *.bench.ts, one process each) and prints its numbers.
// `npm run bench`; `npm run bench -- reader` runs only those whose name contains "reader".
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('.', import.meta.url));
const filter = process.argv[2] ?? '';
const benches = readdirSync(dir).filter((name) => name.endsWith('.bench.ts') && name.includes(filter)).sort();
for (const name of benches) {
  console.log(`\n## ${name}`);
  execFileSync(process.execPath, ['--import', 'tsx', `${dir}${name}`], { stdio: 'inherit' });
}
