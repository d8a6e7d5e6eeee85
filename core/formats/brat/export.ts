// The brat export: per article a .txt (its text, LF line ends, as brat reads it) and a .ann
// written by the mapping, named after the file the article came from (else its title). The
// app saves them as one zip; the CLI writes them into a folder (or the zip, for a .zip name).

import { zipSync, strToU8 } from 'fflate';
import type { ArticleDocument } from '../../model.js';
import { newsmarkToBrat } from './from-newsmark.js';
import { BUILT_IN_MAPPING, type BratMapping } from './mapping.js';
import { writeAnn } from './write-ann.js';

export interface BratFile {
  /** A plain file name, unique within the export: "<name>.txt" or "<name>.ann". */
  name: string;
  content: string;
}

function stem(doc: ArticleDocument): string {
  const source = doc.article.meta.source?.split(/[\\/]/).pop()?.replace(/\.[^.]+$/, '');
  const raw = source || doc.article.title || doc.article.id;
  return raw.normalize('NFC').replace(/[^\p{L}\p{N}._-]+/gu, '-').replace(/^[-.]+|-+$/g, '').slice(0, 80) || doc.article.id;
}

export function bratFiles(docs: readonly ArticleDocument[], mapping: BratMapping = BUILT_IN_MAPPING): BratFile[] {
  const used = new Set<string>();
  return docs.flatMap((doc) => {
    const base = stem(doc);
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n += 1) name = `${base}-${n}`;
    used.add(name.toLowerCase());
    return [
      { name: `${name}.txt`, content: doc.article.text },
      { name: `${name}.ann`, content: writeAnn(newsmarkToBrat(doc, mapping)) },
    ];
  });
}

/** The files as a zip with a fixed date, so the same library gives the same bytes. */
export function bratZip(files: readonly BratFile[]): Uint8Array {
  const mtime = new Date('2000-01-01T00:00:00Z');
  return zipSync(Object.fromEntries(files.map((f) => [f.name, [strToU8(f.content), { mtime }]])), { level: 6 });
}
