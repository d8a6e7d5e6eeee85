// The renderer's only door to the service: window.newsmark (set up by Electron's preload, or by
// the test harness), with each Result unwrapped so callers can await values and catch messages.

import type { InputOf, NewsmarkBridge, Outputs } from '../../core/api/contract';
import type { Result } from '../../core/api/errors';
import type { Method } from '../../core/api/methods';

declare global {
  interface Window {
    newsmark: NewsmarkBridge;
  }
}

/** A failure the service reported; `message` is written for the user. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export async function call<M extends Method>(method: M, input: InputOf<M>): Promise<Outputs[M]> {
  const invoke = window.newsmark[method] as unknown as (arg: InputOf<M>) => Promise<Result<Outputs[M]>>;
  const result = await invoke(input);
  if (!result.ok) throw new ApiFailure(result.error.code, result.error.message);
  return result.value as Outputs[M];
}

export function messageOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
