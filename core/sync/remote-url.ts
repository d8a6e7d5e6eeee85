// The team database's address, checked before anything is sent: https only, because the
// credentials and the stories travel with every request; plain http only to this machine
// (a CouchDB or PouchDB Server on localhost, as in the tests). User names and passwords never
// ride in the URL: they are kept apart (Electron's safeStorage in the app).

import { NewsmarkError } from '../api/errors.js';

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isLoopbackHost(hostname: string): boolean {
  return LOOPBACK.has(hostname) || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/** The database URL without credentials, query or fragment, ending without a slash. */
export function checkedRemoteUrl(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new NewsmarkError(
      'invalid-input',
      `"${raw}" is not a URL. Give the team database's address, e.g. https://couch.example.org/newsroom.`,
    );
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopbackHost(url.hostname))) {
    throw new NewsmarkError(
      'invalid-input',
      `Team sync needs an https:// address (plain http is allowed only for this machine, localhost or 127.0.0.1); "${url.protocol}//${url.host}" is refused.`,
    );
  }
  if (url.username || url.password) {
    throw new NewsmarkError('invalid-input', 'Put the user name and password in their own fields, not in the URL.');
  }
  const path = url.pathname.replace(/\/+$/, '');
  if (!path || path === '')
    throw new NewsmarkError('invalid-input', `The URL names a server but no database: add its name, e.g. ${url.origin}/newsroom.`);
  return `${url.origin}${path}`;
}
