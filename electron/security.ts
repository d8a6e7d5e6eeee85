// Locks the renderer in: a strict Content-Security-Policy, no navigation, no new windows, no
// webviews, no permissions. The page is our own file, but it displays text from the outside world,
// so a bug that let that text run as code must find nothing to reach.

import type { Session, WebContents } from 'electron';

/**
 * The policy the renderer runs under. The page's own <meta> tag carries the same policy; it is what
 * file:// pages are guaranteed to honour; the response header below adds it wherever Electron's
 * webRequest sees the response (and is the only place `frame-ancestors` counts). Both apply, so
 * the stricter wins: keep the two in step. The renderer fetches nothing, hence `connect-src 'none'`;
 * React styles through the CSSOM, which `style-src 'self'` allows.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

export function hardenSession(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}

/** For every web contents the app creates: the page stays where it was loaded. */
export function hardenContents(contents: WebContents): void {
  // Covers the main frame and subframes; loads started by the main process (loadFile) do not emit it.
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  // Links that would open a window (target=_blank, window.open) open nothing, not even a browser.
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
