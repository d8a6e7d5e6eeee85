// An article's identity in the library: the sha256 of its cleaned text. The same text imported
// twice is recognised by it; a light module, so what only needs the hash loads no importer.

import { createHash } from 'node:crypto';

export function hashText(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
