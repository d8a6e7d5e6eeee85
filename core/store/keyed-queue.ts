// Runs async tasks one after another per key. Each change to an article reads its document,
// changes it and writes it back; two such changes in flight at once (two quick edits over IPC)
// would otherwise both start from the same old document and the later write would drop the
// earlier one.

export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve();
    const next = previous.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}
