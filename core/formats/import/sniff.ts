// Tells an annotation file from an article, and one annotation format from another, by content,
// never by name. isAnnotationFile looks at the first bytes: JSON that opens with an object, or
// with an array of objects, is an annotation file; so is anything named .json or .jsonld (and
// gets JSON's error if it is not). Wire copy that opens with "[Reuters]" stays an article.
// annotationFormatOf looks at the parsed JSON: a Newsmark export has a schemaVersion, W3C
// annotations a type (or the anno.jsonld context), Hypothesis' API rows a uri and a target list,
// Label Studio tasks a `data` and `annotations`, a doccano line a `text` and `label` or `entities`.

import { ANNO_CONTEXT, isDoccanoLine, isHypothesisData, isLabelStudioData, w3cTypes } from './json-shape.js';

const JSON_START = /^\s*(?:\{|\[\s*[{\]])/;

export function isAnnotationFile(fileName: string, bytes: Uint8Array): boolean {
  if (/\.(?:json|jsonld|jsonl|ndjson)$/i.test(fileName)) return true;
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 64)).replace(/^\uFEFF/, '');
  return JSON_START.test(head);
}

const W3C_TYPES = ['Annotation', 'AnnotationCollection', 'AnnotationPage'];

function isW3c(data: object): boolean {
  if (Array.isArray(data)) return data.length === 0 || w3cTypes(data[0]).includes('Annotation');
  if (w3cTypes(data).some((t) => W3C_TYPES.includes(t))) return true;
  const context = (data as { '@context'?: unknown })['@context'];
  return context === ANNO_CONTEXT || (Array.isArray(context) && context.includes(ANNO_CONTEXT));
}

export type AnnotationFormat = 'json' | 'w3c' | 'hypothesis' | 'doccano' | 'label-studio';

/** The annotation format of parsed JSON, or null when it is none Newsmark reads. */
export function annotationFormatOf(data: unknown): AnnotationFormat | null {
  if (typeof data !== 'object' || data === null) return null;
  if ('schemaVersion' in data) return 'json';
  if (isHypothesisData(data)) return 'hypothesis';
  if (isLabelStudioData(data)) return 'label-studio';
  if (isDoccanoLine(data)) return 'doccano';
  return isW3c(data) ? 'w3c' : null;
}
