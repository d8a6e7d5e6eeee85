import { describe, expect, it } from 'vitest';
import { hashText } from './content-hash.js';
import { importDocument } from './import-document.js';
import { fixtureBytes, importError, utf8 } from './test-fixtures.js';

const PAGE = fixtureBytes('news-page.html');
const PAGE_TITLE = 'Harbour authority approves €2.4bn expansion after nine-hour hearing';

describe('importDocument: choosing the format', () => {
  it('goes by the extension, whatever its case', () => {
    expect(importDocument('SAVED.HTM', PAGE).title).toBe(PAGE_TITLE);
    expect(importDocument('Notes.MarkDown', utf8('# Big *news*\n\nBody.')).text).toBe('Big news\n\nBody.');
    expect(importDocument('page.txt', utf8('<p>Shown as written</p>')).text).toBe('<p>Shown as written</p>');
  });

  it('reads a file with an unknown or no extension as a web page when it opens like one, else as text', () => {
    expect(importDocument('download', PAGE).title).toBe(PAGE_TITLE);
    expect(importDocument('story.php', PAGE).meta.outlet).toBe('The Coastal Gazette');
    const note = importDocument('README', utf8('Plain words, <b>not</b> a page.\n'));
    expect(note.text).toBe('Plain words, <b>not</b> a page.');
  });

  it.each([
    ['report.pdf', utf8('%PDF-1.7\n...'), 'a PDF document'],
    ['story.txt', utf8('%PDF-1.4\n%âãÏÓ'), 'a PDF document'],
    ['letter.docx', Uint8Array.of(0x50, 0x4b, 0x03, 0x04), 'a Word document'],
    ['story.rtf', utf8('{\\rtf1\\ansi Hello}'), 'a Rich Text document'],
    ['page.mhtml', utf8('From: <Saved by Blink>\r\n'), 'a web archive'],
  ])('refuses %s by name, saying what to do and what it can import', (name, bytes, what) => {
    const err = importError(name, bytes);
    expect(err.code).toBe('unsupported-format');
    expect(err.message).toContain(`${name} is ${what}`);
    expect(err.message).toContain('Newsmark imports plain text (.txt), Markdown (.md, .markdown) and saved web pages (.html, .htm)');
  });
});

describe('importDocument: the result', () => {
  it('records the file name as the source and hashes exactly the text', () => {
    const doc = importDocument('C:\\Users\\ana\\Desktop\\brief.txt', utf8('Short brief.\r\n'));
    expect(doc.meta.source).toBe('C:\\Users\\ana\\Desktop\\brief.txt');
    expect(doc.text).toBe('Short brief.');
    expect(doc.contentHash).toBe(hashText('Short brief.'));
  });

  it('falls back to the file name for a title when the text offers no sentence (only a dateline)', () => {
    expect(importDocument('notes/council-minutes.txt', utf8('WASHINGTON (Reuters) -\n')).title).toBe('council-minutes');
  });

  it('refuses a Markdown file with nothing to read but an image', () => {
    const err = importError('photo-only.md', utf8('![A photo](photo.jpg)\n'));
    expect(err.code).toBe('empty-file');
    expect(err.message).toContain('photo-only.md has no readable text');
  });
});
