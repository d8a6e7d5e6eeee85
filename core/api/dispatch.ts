// Calls one API method from an untrusted transport (IPC, a test binding, the CLI): checks the
// method name and its input against the contract, runs it, and turns any failure into data.

import { inputSchemas, type LibraryApi, type NewsmarkApi } from './contract.js';
import { METHODS, type Method, type SyncMethod } from './methods.js';
import { toApiError, type Result } from './errors.js';

function isMethod(name: string): name is Method {
  return (METHODS as readonly string[]).includes(name);
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}

/** The library service alone, or with team sync (app-api.ts): a method it lacks answers with a message. */
export type Served = LibraryApi & Partial<Pick<NewsmarkApi, SyncMethod>>;

export async function dispatch(api: Served, method: string, input: unknown): Promise<Result<unknown>> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'invalid-input', message: `Unknown method "${method}"` } };
  }
  const parsed = inputSchemas[method].safeParse(input ?? {});
  if (!parsed.success) {
    return {
      ok: false,
      error: { code: 'invalid-input', message: `Invalid input for ${method}: ${describeIssues(parsed.error.issues)}` },
    };
  }
  const call = api[method] as ((arg: unknown) => Promise<unknown>) | undefined;
  if (!call) {
    return { ok: false, error: { code: 'invalid-input', message: `${method} is not available here: team sync runs in the Newsmark app, or with \`newsmark sync\`.` } };
  }
  try {
    return { ok: true, value: await call.call(api, parsed.data) };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
