// Small, dependency-free questions about parsed JSON that the format sniffer (also bundled into
// the window) and the readers share: is it an object, what W3C types does it name, is it a row
// of Hypothesis' API, a doccano line, a Label Studio task.

export type Json = Record<string, unknown>;

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A property that may hold one value or an array of them, as a list. */
export function listOf(value: unknown): unknown[] {
  return value === undefined ? [] : Array.isArray(value) ? value : [value];
}

export function strings(value: unknown): string[] {
  return listOf(value).filter((v): v is string => typeof v === 'string');
}

export function w3cTypes(value: unknown): string[] {
  return isObject(value) ? strings(value.type) : [];
}

/** A Hypothesis row: an object with a `uri` and a `target` list, and no W3C `type`. */
export function isHypothesisRow(value: unknown): boolean {
  return isObject(value) && typeof value.uri === 'string' && Array.isArray(value.target) && value.type === undefined;
}

/** True for `{rows: [...]}` (an /api/search result) or a non-empty list of rows. */
export function isHypothesisData(data: unknown): boolean {
  if (Array.isArray(data)) return data.length > 0 && isHypothesisRow(data[0]);
  return isObject(data) && Array.isArray(data.rows) && (data.rows.length === 0 || isHypothesisRow(data.rows[0]));
}

/** A doccano line: an object with a text and labelled spans (sequence labelling or relations). */
export function isDoccanoLine(value: unknown): boolean {
  return isObject(value) && typeof value.text === 'string' && (Array.isArray(value.label) || Array.isArray(value.entities));
}

/** A Label Studio task: its `data`, and annotations or predictions. */
export function isLabelStudioTask(value: unknown): boolean {
  return isObject(value) && isObject(value.data) && (Array.isArray(value.annotations) || Array.isArray(value.predictions));
}

/** A Label Studio export: a list of tasks, or one task. */
export function isLabelStudioData(data: unknown): boolean {
  return Array.isArray(data) ? data.length > 0 && isLabelStudioTask(data[0]) : isLabelStudioTask(data);
}
