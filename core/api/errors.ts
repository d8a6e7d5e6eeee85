// Errors that cross the API boundary as data. Electron drops an Error's own fields on the way
// through IPC, so every failure the user should read becomes { ok: false, error: { code, message } }.

export type ErrorCode =
  | 'invalid-input'
  | 'not-found'
  | 'empty-file'
  | 'binary-file'
  | 'bad-encoding'
  | 'too-large'
  | 'too-complex'
  | 'unsupported-format'
  | 'no-article-content'
  | 'bad-span'
  | 'corrupt-store'
  | 'unsupported-version'
  | 'sync-unreachable'
  | 'sync-refused'
  | 'library-locked'
  | 'read-only'
  | 'internal';

export interface ApiError {
  code: ErrorCode;
  message: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ApiError };

/** A failure meant for the user: its message is shown as it is. */
export class NewsmarkError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'NewsmarkError';
  }
}

export function toApiError(err: unknown): ApiError {
  if (err instanceof NewsmarkError) return { code: err.code, message: err.message };
  const detail = err instanceof Error ? err.message : String(err);
  return { code: 'internal', message: `Unexpected error: ${detail}` };
}
