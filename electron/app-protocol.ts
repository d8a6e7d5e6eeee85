// The pure half of serving the renderer from our own scheme, app://newsmark/: which file a request
// may read (only files inside the built renderer folder; anything else is refused) and the headers
// it is sent with (its type and the Content-Security-Policy). Under app:// the policy's 'self' is
// the app's own files, where under file:// it was the whole disk. No Electron import: unit-tested.

import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from './csp.js';

export const APP_SCHEME = 'app';
export const APP_HOST = 'newsmark';
/** The page the window loads, and the only one whose frames may call the API. */
export const PAGE_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

/**
 * The file under `rendererDir` that `requestUrl` names, or null when it names none: another
 * scheme or host, an undecodable path, a NUL byte, or a path leading out of the folder (`..`,
 * encoded `%2e%2e` or `%2f`, a drive letter or backslashes).
 */
export function resolveRendererFile(rendererDir: string, requestUrl: string): string | null {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return null;
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST) return null;
  let pathname: string;
  try {
    pathname = decodeURIComponent(url.pathname);
  } catch {
    return null;
  }
  if (pathname.includes('\0') || pathname.includes('\\') || /^\/?[a-z]:/i.test(pathname)) return null;
  const relative = pathname === '/' || pathname === '' ? 'index.html' : pathname.replace(/^\/+/, '');
  const root = path.resolve(rendererDir);
  const file = path.resolve(root, relative);
  const inside = path.relative(root, file);
  if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return null;
  return file;
}

/** The headers every file of the renderer is sent with. */
export function responseHeaders(file: string): Record<string, string> {
  return {
    'Content-Type': CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': 'no-store',
  };
}
