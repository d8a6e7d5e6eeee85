// Asks the team database who it is before any document moves, so a wrong address, a wrong
// password or a web page that is not CouchDB gives one clear sentence and leaves the library as
// it was. The TLS certificate is checked by Node's fetch as for any https request.

import { NewsmarkError } from '../api/errors.js';

export interface RemoteLogin {
  url: string;
  username: string;
  password: string;
}

export function authHeader({ username, password }: Pick<RemoteLogin, 'username' | 'password'>): Record<string, string> {
  return username ? { authorization: `Basic ${Buffer.from(`${username}:${password}`).toString('base64')}` } : {};
}

const CERT_CODES = /CERT|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/;

function networkMessage(url: string, err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? '';
  const host = new URL(url).host;
  if (CERT_CODES.test(code)) return `The certificate of ${host} is not trusted (${code}); Newsmark does not sync with it.`;
  if (code === 'ECONNREFUSED') return `Cannot reach ${host}: nothing answers there (connection refused).`;
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') return `Cannot reach ${host}: no such host (check the address, or your network).`;
  if (code === 'UND_ERR_CONNECT_TIMEOUT' || (err as Error).name === 'TimeoutError')
    return `Cannot reach ${host}: it did not answer in time.`;
  return `Cannot reach ${host}: ${cause?.message ?? (err as Error).message}.`;
}

async function request(login: RemoteLogin, method: 'GET' | 'PUT'): Promise<{ status: number; body: unknown; type: string }> {
  let response: Response;
  try {
    response = await fetch(login.url, {
      method,
      headers: { accept: 'application/json', ...authHeader(login) },
      signal: AbortSignal.timeout(15_000),
    });
  } catch (err) {
    throw new NewsmarkError('sync-unreachable', networkMessage(login.url, err));
  }
  const type = response.headers.get('content-type') ?? '';
  const text = await response.text();
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    body = null;
  }
  return { status: response.status, body, type };
}

function isCouchDatabase(body: unknown): boolean {
  return typeof body === 'object' && body !== null && typeof (body as { db_name?: unknown }).db_name === 'string';
}

/** Checks the address and the login; creates the database when it is missing and the user may. */
export async function checkRemote(login: RemoteLogin): Promise<void> {
  let answer = await request(login, 'GET');
  if (answer.status === 404 && answer.body && (answer.body as { error?: string }).error === 'not_found') {
    const created = await request(login, 'PUT');
    if (created.status === 201 || created.status === 202) answer = await request(login, 'GET');
    else
      throw new NewsmarkError(
        'sync-refused',
        `There is no database at ${login.url}, and user "${login.username}" may not create it: ask the team's CouchDB admin to create it.`,
      );
  }
  if (answer.status === 401)
    throw new NewsmarkError('sync-refused', `The team database refused the user name or password (401). Check them; nothing was synced.`);
  if (answer.status === 403)
    throw new NewsmarkError(
      'sync-refused',
      `User "${login.username}" has no access to ${login.url} (403): ask the admin to add them to the database's members.`,
    );
  if (answer.status >= 400) throw new NewsmarkError('sync-refused', `The team database answered ${answer.status}; nothing was synced.`);
  if (!isCouchDatabase(answer.body)) {
    throw new NewsmarkError(
      'sync-refused',
      `${login.url} does not answer like a CouchDB database (got ${answer.type || 'no content type'}). Give the address of a database, e.g. https://couch.example.org/newsroom.`,
    );
  }
}
