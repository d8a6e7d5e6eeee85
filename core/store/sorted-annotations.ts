// An article's annotations sorted by position without holding them: the file's list is checked
// once, item by item, keeping only what the order needs (start, end, createdAt), then read again
// in that order a run at a time while an export writes it (json-file.ts's LazyList). For 100,000
// annotations this holds ~3 MB beside the file's bytes instead of ~70 MB of objects, for a second
// parse of each piece.

import { type Annotation, type SortedAnnotations } from '../model.js';
import type { LazyList } from './json-file.js';

const NONE: ReadonlySet<string> = new Set();

/** Collects what the order needs as the file's annotations are checked (visit), then sorts them (sorted). */
export class AnnotationOrder {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly created: string[] = [];
  private readonly orphans = new Set<number>();
  private readonly orphanIds = new Set<string>();

  readonly visit = (item: unknown, index: number): void => {
    const a = item as Annotation;
    this.starts[index] = a.start;
    this.ends[index] = a.end;
    this.created[index] = a.createdAt;
    if (a.anchor?.status === 'orphaned') {
      this.orphans.add(index);
      this.orphanIds.add(a.id);
    }
  };

  /** The list in compareByPosition's order (ties in file order, as a stable sort of the array gives). */
  sorted(list: LazyList): SortedAnnotations {
    const { starts, ends, created } = this;
    const before = (x: number, y: number) => starts[x]! - starts[y]! || ends[y]! - ends[x]! || created[x]!.localeCompare(created[y]!) || x - y;
    const order = new Uint32Array(list.count);
    let inOrder = true;
    for (let i = 0; i < order.length; i += 1) {
      order[i] = i;
      if (i > 0 && inOrder && before(i - 1, i) > 0) inOrder = false;
    }
    if (!inOrder) order.sort(before);
    const placed = this.orphans.size ? order.filter((i) => !this.orphans.has(i)) : order;
    const view = (indexes: Uint32Array, orphanIds: ReadonlySet<string>): SortedAnnotations => ({
      count: indexes.length,
      orphanIds,
      each: () => list.read(indexes) as Iterable<Annotation>,
      placed: () => view(placed, NONE),
    });
    return view(order, this.orphanIds);
  }
}
