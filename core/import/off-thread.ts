// Reads a saved web page on a worker thread (html-worker.ts) with a time limit, so a slow or
// hostile page can neither freeze the window nor hang the CLI: past the limit the worker is
// stopped and the page refused with the reason. One worker serves every page, one at a time,
// and is started on the first page; it never keeps the process alive while it waits.

import { Worker } from 'node:worker_threads';
import { NewsmarkError, type ErrorCode } from '../api/errors.js';
import type { ImportedDocument } from './import-document.js';
import { refuseTooDeep } from './markup-depth.js';

export interface PageRequest {
  fileName: string;
  bytes: Uint8Array;
}

export type PageReply = { ok: true; doc: ImportedDocument } | { ok: false; code: ErrorCode; message: string };

/** A 1 MB saved page takes about a second; the worst real pages we know of, six. */
export const PAGE_TIME_LIMIT_MS = 30_000;

/** Set by the bundlers to the worker's built file, beside the bundle; undefined from sources. */
declare const NEWSMARK_HTML_WORKER: string | undefined;

function workerFile(): URL {
  const built = typeof NEWSMARK_HTML_WORKER === 'string' ? NEWSMARK_HTML_WORKER : undefined;
  return new URL(built ?? './html-worker-boot.mjs', import.meta.url);
}

let worker: Worker | undefined;
/** Pages wait for the one before them: the worker reads one at a time. */
let queue: Promise<unknown> = Promise.resolve();

function read(request: PageRequest, timeLimitMs: number): Promise<ImportedDocument> {
  const current = (worker ??= new Worker(workerFile()));
  current.ref();
  return new Promise<ImportedDocument>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      current.off('message', onMessage).off('error', onError).off('exit', onExit);
      current.unref();
    };
    const stop = (error: NewsmarkError) => {
      done();
      if (worker === current) worker = undefined;
      void current.terminate();
      reject(error);
    };
    const onMessage = (reply: PageReply) => {
      done();
      if (reply.ok) resolve(reply.doc);
      else reject(new NewsmarkError(reply.code, reply.message));
    };
    const onError = (err: Error) => stop(new NewsmarkError('internal', `Unexpected error while reading ${request.fileName}: ${err.message}`));
    const onExit = () => stop(new NewsmarkError('internal', `The page reader stopped while reading ${request.fileName}.`));
    const timer = setTimeout(
      () =>
        stop(
          new NewsmarkError(
            'too-complex',
            `${request.fileName} took longer than ${timeLimitMs / 1000} s to read, so Newsmark stopped. Open it in a browser, copy the article's text into a .txt file and import that.`,
          ),
        ),
      timeLimitMs,
    );
    current.on('message', onMessage).on('error', onError).on('exit', onExit);
    current.postMessage(request);
  });
}

/** The page's article, read off this thread; refused past `timeLimitMs` (or too deep, at once). */
export function importPageOffThread(fileName: string, bytes: Uint8Array, timeLimitMs = PAGE_TIME_LIMIT_MS): Promise<ImportedDocument> {
  refuseTooDeep(fileName, bytes); // at once: no need to start the worker for that
  const result = queue.then(() => read({ fileName, bytes }, timeLimitMs));
  queue = result.catch(() => undefined);
  return result;
}
