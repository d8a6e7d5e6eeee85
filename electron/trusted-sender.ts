// Decides whether an IPC request may reach the library: only our own page, loaded in the main frame
// of our window, may call the API. Kept free of Electron and core so it can be unit-tested alone.

/** What the check needs to know about the frame a request came from (Electron's WebFrameMain). */
export interface SenderFrame {
  readonly url: string;
  /** null for a main frame; any other value means a subframe (an iframe). */
  readonly parent: unknown;
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/**
 * True when `frame` is a main frame showing the document at `trustedUrl` (our
 * `app://newsmark/index.html`). The query and fragment may differ: they select state in the same
 * page, not another document.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined, trustedUrl: string): boolean {
  if (!frame || frame.parent !== null) return false;
  const actual = parseUrl(frame.url);
  const trusted = parseUrl(trustedUrl);
  if (!actual || !trusted || trusted.protocol !== 'app:') return false;
  return actual.protocol === trusted.protocol && actual.host === trusted.host && actual.pathname === trusted.pathname;
}
