// Where spans of one kind lie on top of each other or touch, so the reader can paint it: two
// overlapping claims must not look like one amber block, nor two claims that meet end to start.
// One sweep over the spans' ends (pure, tested without a browser); the reader paints the result
// as two more CSS highlights per kind, so it costs ranges, never DOM nodes.

export interface Interval {
  start: number;
  end: number;
}

export interface SameKindLayout {
  /** The stretches covered by two or more of the spans, in text order. */
  deep: Interval[];
  /** Offsets where one span ends and another begins: the boundary of two spans that touch. */
  touches: number[];
}

/** Overlaps and touching boundaries of spans of one kind (empty spans are ignored). */
export function sameKindLayout(spans: Iterable<Interval>): SameKindLayout {
  const starts: number[] = [];
  const ends: number[] = [];
  for (const s of spans) {
    if (s.end <= s.start) continue;
    starts.push(s.start);
    ends.push(s.end);
  }
  const byNumber = (a: number, b: number) => a - b;
  starts.sort(byNumber);
  ends.sort(byNumber);
  const deep: Interval[] = [];
  const touches: number[] = [];
  let depth = 0;
  let deepFrom = -1;
  let i = 0;
  let j = 0;
  while (i < starts.length || j < ends.length) {
    const at = Math.min(starts[i] ?? Infinity, ends[j] ?? Infinity);
    let ending = 0;
    let starting = 0;
    // Spans ending here stop before the ones starting here: end-to-start is a touch, not an overlap.
    while (ends[j] === at) (ending++, j++);
    while (starts[i] === at) (starting++, i++);
    if (ending > 0 && starting > 0) touches.push(at);
    const before = depth;
    depth += starting - ending;
    if (before < 2 && depth >= 2) deepFrom = at;
    // All ends and starts at one offset count together, so a deep stretch never breaks where spans meet inside it.
    else if (before >= 2 && depth < 2) deep.push({ start: deepFrom, end: at });
  }
  return { deep, touches };
}
