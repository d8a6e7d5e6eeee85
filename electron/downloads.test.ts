import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportDialogOptions, isInPageExport } from './downloads.js';

describe('isInPageExport', () => {
  it('accepts the page’s blob: and data: URLs only', () => {
    expect(isInPageExport('blob:file:///3f0c-4a1b')).toBe(true);
    expect(isInPageExport('data:application/json,{}')).toBe(true);
    expect(isInPageExport('https://example.com/a.json')).toBe(false);
    expect(isInPageExport('file:///etc/passwd')).toBe(false);
  });
});

describe('exportDialogOptions', () => {
  it('titles the dialog and offers a JSON filter for a JSON export', () => {
    const options = exportDialogOptions('library.json', '/home/ana/Documents');
    expect(options.title).toBe('Export annotations');
    expect(options.defaultPath).toBe(path.join('/home/ana/Documents', 'library.json'));
    expect(options.filters).toEqual([
      { name: 'JSON', extensions: ['json'] },
      { name: 'All files', extensions: ['*'] },
    ]);
  });

  it('follows the file’s own type for other exports, and copes with none', () => {
    expect(exportDialogOptions('article.CSV', '/tmp').filters?.[0]).toEqual({ name: 'CSV', extensions: ['csv'] });
    expect(exportDialogOptions('export', '/tmp').filters).toEqual([{ name: 'All files', extensions: ['*'] }]);
  });
});
