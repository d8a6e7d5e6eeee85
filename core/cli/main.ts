// The `newsmark` command: the same service the app uses, over the same library folder, for
// batch work from a terminal (import files, list the library, export JSON).

import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { dispatch } from '../api/dispatch.js';
import type { InputOf, Outputs } from '../api/contract.js';
import type { Method } from '../api/methods.js';
import { LibraryService } from '../service.js';
import { defaultLibraryDir, userDataDir } from '../store/library-location.js';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
}

export const HELP = `newsmark — mark claims, quotes and figures in news articles, offline.

Usage:
  newsmark import FILE... [--library DIR]     Import text files into the library
  newsmark list [--library DIR] [--json]       List the articles in the library
  newsmark export [--article ID] [--out FILE] [--library DIR]
                                               Export annotations as Newsmark JSON
                                               (the whole library unless --article;
                                               to stdout unless --out)
  newsmark --help                              Show this help

The library is the folder named by --library, else by NEWSMARK_LIBRARY, else the
app's own library (the same one the Newsmark window uses).
Exit status: 0 on success, 1 when something failed (the reason is on stderr), 2 on bad usage.`;

class UsageError extends Error {}

class CallFailed extends Error {}

type Call = <M extends Method>(method: M, input: InputOf<M>) => Promise<Outputs[M]>;

function caller(service: LibraryService, io: CliIo): Call {
  return async (method, input) => {
    const result = await dispatch(service, method, input);
    if (!result.ok) {
      io.err(`newsmark: ${result.error.message}`);
      throw new CallFailed(result.error.code);
    }
    return result.value as Outputs[typeof method];
  };
}

async function importFiles(call: Call, files: string[], io: CliIo): Promise<number> {
  if (files.length === 0) throw new UsageError('import needs at least one FILE');
  let failed = 0;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = await readFile(file);
    } catch (err) {
      io.err(`newsmark: cannot read ${file}: ${(err as Error).message}`);
      failed += 1;
      continue;
    }
    try {
      const { article, duplicate } = await call('importFile', {
        fileName: basename(file),
        contentBase64: bytes.toString('base64'),
      });
      io.out(`${duplicate ? 'already in library' : 'imported'}  ${article.id}  ${article.title}`);
    } catch (err) {
      if (!(err instanceof CallFailed)) throw err;
      failed += 1;
    }
  }
  return failed ? 1 : 0;
}

async function listArticles(call: Call, json: boolean, io: CliIo): Promise<number> {
  const articles = await call('listArticles', {});
  if (json) {
    io.out(JSON.stringify(articles, null, 2));
    return 0;
  }
  if (articles.length === 0) io.out('The library is empty. Import a file with: newsmark import FILE');
  for (const a of articles) {
    const { claim, quote, figure } = a.counts;
    const when = a.meta.date ?? a.importedAt.slice(0, 10);
    io.out(`${a.id}  ${when}  claims ${claim}  quotes ${quote}  figures ${figure}  ${a.title}`);
  }
  return 0;
}

async function exportJson(call: Call, articleId: string | undefined, out: string | undefined, io: CliIo): Promise<number> {
  const file = await call('exportJson', articleId ? { articleId } : {});
  if (!out) {
    io.out(file.content.trimEnd());
    return 0;
  }
  await writeFile(out, file.content, 'utf8');
  io.err(`newsmark: wrote ${resolve(out)}`);
  return 0;
}

export async function main(argv: string[], io: CliIo): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        help: { type: 'boolean', short: 'h' },
        library: { type: 'string' },
        article: { type: 'string' },
        out: { type: 'string', short: 'o' },
        json: { type: 'boolean' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === undefined || command === 'help') {
      io.out(HELP);
      return command === undefined && !values.help ? 2 : 0;
    }
    if (!['import', 'list', 'export'].includes(command)) throw new UsageError(`unknown command "${command}"`);
    if (command !== 'import' && rest.length) throw new UsageError(`${command} takes no FILE arguments`);
    const libraryDir = resolve(values.library ?? defaultLibraryDir(userDataDir(process.platform, io.env), io.env));
    const call = caller(await LibraryService.open(libraryDir), io);
    if (command === 'import') return await importFiles(call, rest, io);
    if (command === 'list') return await listArticles(call, values.json ?? false, io);
    return await exportJson(call, values.article, values.out, io);
  } catch (err) {
    if (err instanceof CallFailed) return 1;
    if (err instanceof UsageError || (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`newsmark: ${(err as Error).message}\nRun "newsmark --help" for usage.`);
      return 2;
    }
    io.err(`newsmark: ${(err as Error).message}`);
    return 1;
  }
}
