// Serves the built renderer from app://newsmark/ (Electron's protocol.handle): the scheme is
// registered as privileged (standard and secure, like https) before the app is ready, and every
// request is answered from dist/renderer only, with the headers app-protocol.ts builds.

import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, resolveRendererFile, responseHeaders } from './app-protocol.js';

/** Must run before app.whenReady(). */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveRendererFile(rendererDir, request.url);
    if (!file) return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { headers: responseHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
