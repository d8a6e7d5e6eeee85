// Test and benchmark helper: one article carrying many annotations (one per word of a text made
// for it), built in memory, so imports and exports can be tried at sizes no fixture holds.

import { randomUUID } from 'node:crypto';
import { quoteAt } from '../anchoring/text-quote.js';
import { hashText } from '../import/content-hash.js';
import { KINDS, type Annotation, type ArticleDocument } from '../model.js';

const WORDS = ['harbour', 'council', 'budget', 'minister', 'figures', 'rose', 'said', 'report'];

/** A manual annotation as tests and benchmarks make them: no tags, note or fields, made and changed at `at`. */
export function plainAnnotation(
  { id = randomUUID(), kind, start, end, quote }: Pick<Annotation, 'kind' | 'start' | 'end' | 'quote'> & { id?: string },
  at = '2026-01-01T00:00:00.000Z',
): Annotation {
  return { id, kind, start, end, quote, tags: [], note: '', fields: {}, origin: 'manual', createdAt: at, updatedAt: at };
}

/**
 * An article of `count` numbered words, each word one annotation (kinds in turn), ids random;
 * a `prefix` on every word makes articles of the same size different texts.
 */
export function articleWithAnnotations(count: number, at = '2026-01-01T00:00:00.000Z', prefix = ''): ArticleDocument {
  const words = Array.from({ length: count }, (_, i) => `${prefix}${WORDS[i % WORDS.length]}${i}`);
  const text = words.join(' ');
  const annotations: Annotation[] = [];
  let start = 0;
  words.forEach((word, i) => {
    const end = start + word.length;
    const plain = plainAnnotation({ kind: KINDS[i % KINDS.length]!, start, end, quote: quoteAt(text, start, end) }, at);
    annotations.push({ ...plain, tags: i % 10 === 0 ? ['checked'] : [] });
    start = end + 1;
  });
  const article = { id: randomUUID(), title: `${count} annotations`, meta: {}, text, contentHash: hashText(text), importedAt: at };
  return { article, annotations, relations: [] };
}
