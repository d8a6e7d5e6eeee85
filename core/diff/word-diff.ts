// What changed between two versions of a story, word by word, for the reader's "Show changes"
// view. Myers' O(ND) difference algorithm over word, space and punctuation tokens, after the
// shared head and tail are set aside (updates usually touch a few sentences of a long story).
// Past `maxEdits` token edits the middle is shown as removed then added, as a whole.

export type DiffOp = 'same' | 'added' | 'removed';

export interface DiffPart {
  op: DiffOp;
  text: string;
}

const TOKEN = /\s+|[\p{L}\p{N}\p{M}]+|[^\s\p{L}\p{N}\p{M}]/gu;

function tokens(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

/** Token edits from a to b, in order; null when there are more than maxEdits. */
function myers(a: readonly string[], b: readonly string[], maxEdits: number): DiffOp[] | null {
  const n = a.length;
  const m = b.length;
  const max = n + m;
  const v = new Int32Array(2 * max + 2);
  // trace[d] holds v for diagonals -d..d as it was before step d.
  const trace: Int32Array[] = [];
  for (let d = 0; d <= Math.min(max, maxEdits); d++) {
    trace.push(v.slice(max - d, max + d + 1));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[max + k - 1]! < v[max + k + 1]!) ? v[max + k + 1]! : v[max + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) [x, y] = [x + 1, y + 1];
      v[max + k] = x;
      if (x >= n && y >= m) return backtrack(trace, n, m);
    }
  }
  return null;
}

function backtrack(trace: readonly Int32Array[], n: number, m: number): DiffOp[] {
  const ops: DiffOp[] = [];
  let [x, y] = [n, m];
  for (let d = trace.length - 1; d > 0; d--) {
    const at = (k: number) => trace[d]![k + d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && at(k - 1) < at(k + 1)) ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    for (; x > prevX && y > prevY; x--, y--) ops.push('same');
    ops.push(x === prevX ? 'added' : 'removed');
    [x, y] = [prevX, prevY];
  }
  while (x-- > 0) ops.push('same');
  return ops.reverse();
}

function push(parts: DiffPart[], op: DiffOp, text: string): void {
  if (text === '') return;
  const last = parts.at(-1);
  if (last?.op === op) last.text += text;
  else parts.push({ op, text });
}

export function wordDiff(before: string, after: string, maxEdits = 2_000): DiffPart[] {
  const a = tokens(before);
  const b = tokens(after);
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head += 1;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail += 1;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const parts: DiffPart[] = [];
  push(parts, 'same', a.slice(0, head).join(''));
  const ops = myers(midA, midB, maxEdits);
  if (ops) {
    let [i, j] = [0, 0];
    for (const op of ops) {
      if (op !== 'added') i += 1;
      if (op !== 'removed') j += 1;
      push(parts, op, op === 'added' ? midB[j - 1]! : midA[i - 1]!);
    }
  } else {
    push(parts, 'removed', midA.join(''));
    push(parts, 'added', midB.join(''));
  }
  push(parts, 'same', a.slice(a.length - tail).join(''));
  return parts;
}
