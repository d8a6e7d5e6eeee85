// Work that should not share a frame with what the user just did: a key's highlight change is
// painted in the next frame, and every other DOM change in that frame (the panel's rows, its
// counts) makes Chromium rebuild and repaint the highlighted text in view again with it (its
// highlight markers are rebuilt after any DOM or style change). So the rest of the window
// renders in a task after that frame has been painted.

/** If no frame comes (a hidden window gets none), the work runs after this many ms anyway. */
const AT_THE_LATEST = 100;

/** Runs `run` once the next frame has been painted (or after AT_THE_LATEST ms, whichever is first). */
export function afterNextPaint(run: () => void): void {
  let ran = false;
  const once = () => {
    if (ran) return;
    ran = true;
    clearTimeout(timer);
    run();
  };
  const timer = setTimeout(once, AT_THE_LATEST);
  requestAnimationFrame(() => {
    // A message posted from the frame's animation callback is handled after that frame's paint.
    const channel = new MessageChannel();
    channel.port1.onmessage = once;
    channel.port2.postMessage(null);
  });
}
