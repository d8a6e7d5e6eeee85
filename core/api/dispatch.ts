// Calls one API method from an untrusted transport (IPC, a test binding, the CLI): checks the
// method name and its input against the contract, runs it, and turns any failure into data.

import { inputSchemas, type NewsmarkApi } from './contract.js';
import { METHODS, type Method } from './methods.js';
import { toApiError, type Result } from './errors.js';

function isMethod(name: string): name is Method {
  return (METHODS as readonly string[]).includes(name);
}

function describeIssues(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues
    .map((issue) => `${issue.path.length ? issue.path.map(String).join('.') : '(input)'}: ${issue.message}`)
    .join('; ');
}

export async function dispatch(api: NewsmarkApi, method: string, input: unknown): Promise<Result<unknown>> {
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
  try {
    const call = api[method] as (arg: unknown) => Promise<unknown>;
    return { ok: true, value: await call.call(api, parsed.data) };
  } catch (err) {
    return { ok: false, error: toApiError(err) };
  }
}
