import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../core/model';
import { plainAnnotation } from '../../../core/testing/many-annotations';
import { spansKey } from './spans-key';

const annotation = (kind: Annotation['kind'], start: number, end: number): Annotation =>
  plainAnnotation({ id: `${kind}-${start}`, kind, start, end, quote: { exact: 'x', prefix: '', suffix: '' } });

describe('spansKey', () => {
  const marked = [annotation('claim', 0, 10), annotation('quote', 20, 30)];

  it('changes when a span is marked, deleted, moved or retagged', () => {
    const key = spansKey(marked);
    expect(spansKey([...marked, annotation('figure', 40, 44)])).not.toBe(key);
    expect(spansKey(marked.slice(1))).not.toBe(key);
    expect(spansKey([marked[0]!, annotation('quote', 20, 31)])).not.toBe(key);
    expect(spansKey([marked[0]!, annotation('claim', 20, 30)])).not.toBe(key);
  });

  it('stays the same for a note or a tag', () => {
    expect(spansKey([{ ...marked[0]!, note: 'checked', tags: ['budget'] }, marked[1]!])).toBe(spansKey(marked));
  });
});
