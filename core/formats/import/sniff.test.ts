import { describe, expect, it } from 'vitest';
import { isAnnotationFile } from './sniff.js';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('isAnnotationFile', () => {
  it('takes .json and .jsonld files, and JSON objects or arrays of objects under any name', () => {
    expect(isAnnotationFile('export.JSON', bytes('not json at all'))).toBe(true);
    expect(isAnnotationFile('notes.jsonld', bytes('{}'))).toBe(true);
    expect(isAnnotationFile('download', bytes('\uFEFF \n{"schemaVersion":1}'))).toBe(true);
    expect(isAnnotationFile('annotations.txt', bytes('[\n  {"type": "Annotation"}]'))).toBe(true);
    expect(isAnnotationFile('empty', bytes('[]'))).toBe(true);
  });

  it('leaves articles to the article importer, even wire copy that opens with a bracket', () => {
    expect(isAnnotationFile('story.txt', bytes('[Reuters] LONDON - Prices rose.'))).toBe(false);
    expect(isAnnotationFile('story.md', bytes('# Title\n\nText'))).toBe(false);
    expect(isAnnotationFile('page.html', bytes('<!doctype html>'))).toBe(false);
  });
});
