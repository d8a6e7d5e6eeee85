// Runs async tasks one after another per key. Each change to an article reads its document,
// changes it and writes it back; two such changes in flight at once (two quick edits over IPC)
// would otherwise both start from the same old document and the later write would drop the
// earlier one.

import { NewsmarkError } from '../api/errors.js';

export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  private closed = false;

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    if (this.closed) return Promise.reject(new NewsmarkError('read-only', 'The library was closed: nothing more can be changed through it.'));
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }

  /** Takes no more tasks and resolves once every task already queued has finished (a write in flight lands before the library closes). */
  async close(): Promise<void> {
    this.closed = true;
    while (this.tails.size > 0) await Promise.all(this.tails.values());
  }
}
