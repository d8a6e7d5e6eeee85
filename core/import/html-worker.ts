// The worker thread that reads saved web pages (jsdom + Readability can take seconds on a big
// page), so the process that asked — Electron's main process, the CLI — keeps answering. It
// takes one page at a time and answers with the imported document or the error to show.

import { parentPort } from 'node:worker_threads';
import { NewsmarkError } from '../api/errors.js';
import { importDocument } from './import-document.js';
import type { PageReply, PageRequest } from './off-thread.js';

const port = parentPort!;
port.on('message', ({ fileName, bytes }: PageRequest) => {
  let reply: PageReply;
  try {
    reply = { ok: true, doc: importDocument(fileName, bytes) };
  } catch (err) {
    const known = err instanceof NewsmarkError;
    reply = { ok: false, code: known ? err.code : 'internal', message: known ? err.message : `Unexpected error: ${(err as Error).message}` };
  }
  port.postMessage(reply);
});
