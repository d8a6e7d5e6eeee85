// A .txt and its .ann, read and checked for import: the .ann parsed (every bad line reported),
// its spans laid onto the text by the mapping and checked against it, and the result shaped like
// any other annotation file, so the importer places it the same way — into the library article
// with the same text, or a new article made from the .txt. Nothing is written here.

import { NewsmarkError } from '../../api/errors.js';
import { hashText } from '../../import/content-hash.js';
import { titleFrom } from '../../import/title.js';
import type { AnnotationFile } from '../import/incoming.js';
import { stableUuid } from '../stable-id.js';
import { bratText } from './brat-text.js';
import type { BratMapping } from './mapping.js';
import { parseAnn } from './parse-ann.js';
import { bratToNewsmark } from './to-newsmark.js';

export interface BratPair {
  textFileName: string;
  textBytes: Uint8Array;
  annFileName: string;
  annBytes: Uint8Array;
}

const SHOWN = 5;

function refuse(fileName: string, problems: string[]): never {
  const more = problems.length > SHOWN ? `; and ${problems.length - SHOWN} more` : '';
  throw new NewsmarkError('invalid-input', `${fileName} is not a valid brat file for its .txt, nothing was imported. ${problems.slice(0, SHOWN).join('; ')}${more}.`);
}

function baseName(fileName: string): string {
  return (fileName.split(/[\\/]/).pop() ?? fileName).replace(/\.[^.]+$/, '');
}

export function readBratPair(pair: BratPair, mapping: BratMapping, now: string): AnnotationFile {
  let annText: string;
  try {
    annText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(pair.annBytes);
  } catch {
    throw new NewsmarkError('bad-encoding', `${pair.annFileName} is not UTF-8 text; brat's .ann files are UTF-8.`);
  }
  const { document, problems } = parseAnn(annText);
  if (problems.length) refuse(pair.annFileName, problems.map((p) => `line ${p.line}: ${p.message}`));
  const source = bratText(pair.textFileName, pair.textBytes);
  const contentHash = hashText(source.text);
  const mapped = bratToNewsmark(document, source, mapping, `brat\n${contentHash}\n${baseName(pair.annFileName)}`, now);
  if (mapped.problems.length) refuse(pair.annFileName, mapped.problems);
  const article = {
    id: stableUuid(`brat article\n${contentHash}`),
    title: titleFrom(source.text, 0, baseName(pair.textFileName)),
    meta: { source: pair.textFileName.split(/[\\/]/).pop() ?? pair.textFileName },
    text: source.text,
    contentHash,
  };
  return {
    format: 'brat',
    articles: [{ article, annotations: mapped.annotations.map((annotation) => ({ annotation, units: 'utf-16' as const })), relations: mapped.relations, layer: null }],
    loose: [],
    relations: [],
    ignored: mapped.skipped,
    notices: mapped.notices,
  };
}
