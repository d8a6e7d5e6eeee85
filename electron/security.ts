// Locks the renderer in: a strict Content-Security-Policy, no navigation, no new windows, no
// webviews, no permissions. The page is our own file, but it displays text from the outside world,
// so a bug that let that text run as code must find nothing to reach.

import type { Session, WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from './csp.js';

export function hardenSession(session: Session): void {
  // The app:// handler sends the policy with every file; this adds it to anything else that loads.
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
