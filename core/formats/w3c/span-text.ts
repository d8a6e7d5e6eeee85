// A span annotation's W3C JSON text written straight from a template of its known shape, without
// building its object graph and handing it to JSON.stringify: for 100,000 annotations (132 MB)
// that graph and its stringifying were most of the export's CPU and its garbage most of its peak
// memory. The text is exactly what JSON.stringify(spanAnnotation(…), null, 2) writes at that
// depth (json-stream.test.ts compares the two over random libraries); an annotation whose values
// are not of the types the template assumes is written the slow way, from its object.

import type { Annotation } from '../../model.js';
import { jsonAt } from '../json-stream.js';
import { CONTEXT, MOTIVATION_OF_KIND, kindIri } from './vocabulary.js';

export interface SpanTextParts {
  /** The annotation's IRI. */
  id: string;
  /** The article's IRI, already a JSON string. */
  sourceJson: string;
  start: number;
  end: number;
  creator?: string;
  modifiedBy?: string;
  layer?: string;
  curation: boolean;
}

const q = JSON.stringify;

/** Whether the template writes `a` exactly as its object would be stringified. */
export function templateFits(a: Annotation): boolean {
  const { quote } = a;
  return (
    typeof a.id === 'string' &&
    Object.hasOwn(MOTIVATION_OF_KIND, a.kind) &&
    typeof a.createdAt === 'string' &&
    typeof a.updatedAt === 'string' &&
    typeof a.note === 'string' &&
    typeof a.origin === 'string' &&
    typeof a.fields === 'object' &&
    a.fields !== null &&
    Array.isArray(a.tags) &&
    a.tags.every((tag) => typeof tag === 'string') &&
    typeof quote === 'object' &&
    quote !== null &&
    typeof quote.exact === 'string' &&
    typeof quote.prefix === 'string' &&
    typeof quote.suffix === 'string'
  );
}

const contexts = new Map<string, string>();

/** The shared @context's text at `indent`, made once per depth. */
function contextAt(indent: string): string {
  let text = contexts.get(indent);
  if (text === undefined) {
    text = jsonAt(CONTEXT, indent);
    contexts.set(indent, text);
  }
  return text;
}

function body(indent: string, lines: string[]): string {
  const inner = `${indent}  `;
  return `{\n${inner}${lines.join(`,\n${inner}`)}\n${indent}}`;
}

/** The annotation's text `indent` deep (its first line unindented, as in a list item). */
export function spanText(a: Annotation, parts: SpanTextParts, indent: string): string {
  const i1 = `${indent}  `;
  const i2 = `${i1}  `;
  const i3 = `${i2}  `;
  const i4 = `${i3}  `;
  const bodies = [body(i2, [`"id": ${q(kindIri(a.kind))}`, '"type": "TextualBody"', '"purpose": "tagging"', `"value": ${q(a.kind)}`])];
  for (const tag of a.tags) bodies.push(body(i2, ['"type": "TextualBody"', '"purpose": "tagging"', `"value": ${q(tag)}`]));
  if (a.note) bodies.push(body(i2, ['"format": "text/plain"', '"type": "TextualBody"', '"purpose": "commenting"', `"value": ${q(a.note)}`]));
  const { exact, prefix, suffix } = a.quote;
  return (
    `{\n${i1}"@context": ${contextAt(i1)},` +
    `\n${i1}"id": ${q(parts.id)},\n${i1}"type": "Annotation",\n${i1}"motivation": "${MOTIVATION_OF_KIND[a.kind]}",` +
    `\n${i1}"created": ${q(a.createdAt)},\n${i1}"modified": ${q(a.updatedAt)},` +
    (parts.creator ? `\n${i1}"creator": {\n${i2}"type": "Person",\n${i2}"name": ${q(parts.creator)}\n${i1}},` : '') +
    (parts.modifiedBy ? `\n${i1}"nm:modifiedBy": ${q(parts.modifiedBy)},` : '') +
    (parts.layer ? `\n${i1}"nm:layer": ${q(parts.layer)},` : '') +
    (parts.curation ? `\n${i1}"nm:layerRole": "curation",` : '') +
    `\n${i1}"body": [\n${i2}${bodies.join(`,\n${i2}`)}\n${i1}],` +
    `\n${i1}"target": {\n${i2}"type": "SpecificResource",\n${i2}"source": ${parts.sourceJson},\n${i2}"selector": [` +
    `\n${i3}{\n${i4}"type": "TextQuoteSelector",\n${i4}"exact": ${q(exact)},\n${i4}"prefix": ${q(prefix)},\n${i4}"suffix": ${q(suffix)}\n${i3}},` +
    `\n${i3}{\n${i4}"type": "TextPositionSelector",\n${i4}"start": ${parts.start},\n${i4}"end": ${parts.end}\n${i3}}` +
    `\n${i2}]\n${i1}},` +
    `\n${i1}"nm:origin": ${q(a.origin)},\n${i1}"nm:fields": ${q(q(a.fields))}\n${indent}}`
  );
}
