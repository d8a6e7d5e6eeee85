import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format.js';
import { FORMAT_BY_EXTENSION, REFUSED_EXTENSIONS, isImportCandidate } from './extensions.js';

const TEXT = new TextEncoder().encode('A story.');

describe('import candidates', () => {
  it('match what the importer reads and what it refuses with advice', () => {
    for (const [ext, format] of FORMAT_BY_EXTENSION) expect(detectFormat(`story.${ext.toUpperCase()}`, TEXT)).toBe(format);
    for (const ext of REFUSED_EXTENSIONS) expect(() => detectFormat(`story.${ext}`, TEXT)).toThrow(/Newsmark cannot read/);
    expect(isImportCandidate('dir/Story.HTM')).toBe(true);
    expect(isImportCandidate('report.pdf')).toBe(true);
    expect(isImportCandidate('photo.jpg')).toBe(false);
    expect(isImportCandidate('.txt')).toBe(false);
  });
});
