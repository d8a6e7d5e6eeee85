// Which spans an article has marked, as one short key: the open suggestions are asked for again
// when it changes (a mark, a delete, a retag, an undo), not for a note or a tag. A hash over the
// kinds and offsets, because joining 10,000 "kind:start:end" strings on every render cost more
// than the render.

import { KINDS, type Annotation } from '../../../core/model';

/** The key of each list once worked out: an article shown again from memory keeps its list. */
const known = new WeakMap<readonly Annotation[], string>();

export function spansKey(annotations: readonly Annotation[]): string {
  let key = known.get(annotations);
  if (key === undefined) known.set(annotations, (key = hashSpans(annotations)));
  return key;
}

function hashSpans(annotations: readonly Annotation[]): string {
  // Two 32-bit FNV-1a hashes with different seeds: a collision would only skip one refresh.
  let a = 0x811c9dc5;
  let b = 0x01000193;
  const mix = (n: number) => {
    a = Math.imul(a ^ n, 0x01000193);
    b = Math.imul(b ^ n, 0x5bd1e995) ^ (b >>> 15);
  };
  for (const x of annotations) {
    mix(KINDS.indexOf(x.kind));
    mix(x.start);
    mix(x.end);
  }
  return `${annotations.length}:${(a >>> 0).toString(36)}:${(b >>> 0).toString(36)}`;
}
