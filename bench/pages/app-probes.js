// Page side of reader-scale.bench.ts in the Newsmark window: notes when the reader registers
// its kinds' highlights (and the second frame after, "painted"), and times one user action
// from its event to the frame that shows it. Loaded before the app (an init script); the app
// itself carries no benchmark code.
(() => {
  const KINDS = ['nm-claim', 'nm-quote', 'nm-figure'];
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
  const afterPaint = () =>
    new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  const sizes = () => KINDS.map((k) => CSS.highlights.get(k)?.size ?? 0);
  const paints = [];
  let pending = null;
  const set = HighlightRegistry.prototype.set;
  HighlightRegistry.prototype.set = function (name, highlight) {
    const result = set.call(this, name, highlight);
    if (KINDS.includes(name)) {
      const at = performance.now();
      requestAnimationFrame(() => requestAnimationFrame(() => paints.push({ name, size: highlight.size, at, painted: performance.now() })));
    }
    return result;
  };

  /** How many spans the reader has drawn (a long article registers only those near the view). */
  const drawn = () => Number(document.querySelector('.article-text')?.dataset.highlighted ?? NaN);

  window.__probe = {
    /** The painted time of the newest registration of all three kinds, once the reader has drawn `total` spans. */
    painted(total) {
      const last = KINDS.map((k) => [...paints].reverse().find((p) => p.name === k));
      if (last.some((p) => !p) || drawn() !== total) return null;
      return Math.max(...last.map((p) => p.painted));
    },
    sizes,
    drawn,
    /** Selects characters [from, to) of the reader's paragraph `index` (the app's or a peer page's) and scrolls it into view. */
    select(index, from, to) {
      const p = document.querySelectorAll('.article-text p, #text > p')[index];
      p.scrollIntoView({ block: 'center' });
      document.getSelection().setBaseAndExtent(p.firstChild, from, p.firstChild, to);
    },
    /**
     * Resolves with the time from the next keydown (or from now, when `start` runs an action)
     * to the end of the first frame that draws a state in which `done()` holds (its paint included), as { ms, visibleAt } (epoch ms).
     */
    time(done, start) {
      return new Promise((resolve) => {
        let t0 = performance.now();
        const check = async () => {
          // Into the animation frame of the first frame that draws the change (the change may
          // come after the key's own listeners: a drop-down's change event, a later task)...
          // (A change that never shows is given up after 10 s, and said so, not waited for forever.)
          let seen = false;
          do {
            await frame();
            seen = done();
          } while (!seen && performance.now() - t0 < 10_000);
          // ...and out of it once that frame is painted: a task posted from inside it runs after.
          const at = await afterPaint();
          // A change drawn and then taken back by the next render (a flicker) is told apart.
          resolve({ ms: at - t0, visibleAt: performance.timeOrigin + at, ...(seen ? (done() ? {} : { undone: true }) : { unseen: true }) });
        };
        if (start) {
          start();
          void check();
          return;
        }
        window.addEventListener('keydown', (e) => (t0 = e.timeStamp), { capture: true, once: true });
        // Window listeners run after the app's document listeners: the key has been handled.
        window.addEventListener('keydown', () => void check(), { once: true });
      });
    },
    /**
     * Arms a timing for the next key (returns at once, so the key can be sent after it); the
     * result is read with `result()`. `done` names the change waited for.
     */
    arm(done, expected) {
      const before = sizes().join();
      const input = document.querySelector('input[aria-label="Search annotations"]');
      const changes = { highlights: () => sizes().join() !== before, search: () => input.value === expected };
      pending = this.time(changes[done]);
    },
    result() {
      return pending;
    },
  };
})();
