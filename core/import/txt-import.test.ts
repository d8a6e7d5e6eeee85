import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { decodeText } from './decode-text.js';
import { MAX_ARTICLE_FILE_BYTES } from './size-limits.js';
import { hashText } from './content-hash.js';
import { importDocument } from './import-document.js';
import { fixtureBytes, fixtureText, importError, importFixture, utf8 } from './test-fixtures.js';

const STORY = fixtureText('story.txt').trim();

describe('plain text: encodings', () => {
  it('keeps every character of a UTF-8 story exactly: emoji, CJK, RTL, combining marks, no-break spaces', () => {
    const doc = importFixture('story.txt');
    expect(doc.text).toBe(STORY);
    expect(doc.meta.encoding).toBe('utf-8');
    expect(doc.notices).toEqual([]);
    // Not normalised: the decomposed é (e + U+0301) stays two code units, the composed ó stays one.
    expect(doc.text).toContain('Cafe\u0301 Bunkier');
    expect(doc.text).toContain('pow\u00f3d\u017a');
    expect(doc.text).toContain('powo\u0301dz\u0307');
    // Emoji sequences keep their joiners and modifiers; astral characters are two code units.
    expect(doc.text).toContain('\u{1F469}\u{1F3FD}\u200d\u{1F4BB} night shift');
    expect(doc.text).toContain('\u{1F1FA}\u{1F1E6}');
    expect(doc.text).toContain('\u2764\ufe0f');
    expect(doc.text).toContain('川の水位が上昇しています。');
    expect(doc.text).toContain('نحن نقف مع شعب بولندا');
    expect(doc.text).toContain('410\u00a0million');
    // The indented table keeps its indentation and inner spacing.
    expect(doc.text).toContain('\n    Tuesday 06:00   871\n');
  });

  it.each([
    ['story-utf8-bom.txt', 'utf-8'],
    ['story-crlf.txt', 'utf-8'],
    ['story-cr.txt', 'utf-8'],
    ['story-utf16le-bom.txt', 'utf-16le'],
    ['story-utf16be-bom.txt', 'utf-16be'],
  ])('%s gives exactly the same text (and hash) as the UTF-8 original', (name, encoding) => {
    const doc = importFixture(name);
    expect(doc.text).toBe(STORY);
    expect(doc.text).not.toMatch(/[\r\uFEFF]/);
    expect(doc.contentHash).toBe(hashText(STORY));
    expect(doc.meta.encoding).toBe(encoding);
    expect(doc.notices).toEqual([]);
  });

  it('reads a Windows-1252 file (curly quotes, €, accents) and tells the user the encoding was assumed', () => {
    const doc = importFixture('western-1252.txt');
    expect(doc.text).toBe(fixtureText('western.txt').trim());
    expect(doc.text).toContain('Le “prix” de l’essence: 1,89\u00a0€ le litre — un record');
    expect(doc.meta.encoding).toBe('windows-1252');
    expect(doc.notices).toHaveLength(1);
    expect(doc.notices[0]).toContain('western-1252.txt');
    expect(doc.notices[0]).toContain('Windows-1252');
  });

  it('refuses invalid UTF-8 full of bytes Windows-1252 does not define, naming the file and the fix', () => {
    const err = importError('invalid-utf8.txt', fixtureBytes('invalid-utf8.txt'));
    expect(err.code).toBe('bad-encoding');
    expect(err.message).toContain('invalid-utf8.txt');
    expect(err.message).toContain('save it as UTF-8');
  });

  it('refuses Cyrillic Windows-1251 text instead of turning it into Western gibberish', () => {
    expect(importError('russian-1251.txt', fixtureBytes('russian-1251.txt')).code).toBe('bad-encoding');
    expect(importFixture('russian.txt').text).toContain('МОСКВА, 21 мая.');
  });

  it('refuses a UTF-16 byte order mark followed by bytes that are not UTF-16', () => {
    const err = importError('odd.txt', Uint8Array.of(0xff, 0xfe, 0x41, 0x00, 0x00, 0xdc));
    expect(err.code).toBe('bad-encoding');
    expect(err.message).toContain('UTF-16LE');
  });

  it('decodeText gives the decoded text with LF newlines', () => {
    expect(decodeText(utf8('one\r\ntwo\rthree\n'), 'a.txt')).toBe('one\ntwo\nthree\n');
  });
});

describe('plain text: files that are not articles', () => {
  it.each([
    ['an empty file', new Uint8Array(0), 'empty-file', 'is empty'],
    ['a UTF-8 BOM and nothing else', Uint8Array.of(0xef, 0xbb, 0xbf), 'empty-file', 'is empty'],
    ['white space only', utf8(' \n\t\r\n  \n'), 'empty-file', 'only white space'],
    ['invisible characters only', utf8('\u200b\u00ad\n\u2060'), 'empty-file', 'no readable text'],
    ['text with NUL bytes', utf8('Some text\u0000\u0000 more'), 'binary-file', 'binary file'],
  ])('refuses %s with a clear message', (_what, bytes, code, words) => {
    const err = importError('story.txt', bytes);
    expect(err.code).toBe(code);
    expect(err.message).toContain('story.txt');
    expect(err.message).toContain(words);
  });

  it('refuses an image, saying which formats it can import', () => {
    const err = importError('photo.txt', fixtureBytes('image.png'));
    expect(err.code).toBe('binary-file');
    expect(err.message).toContain('photo.txt');
    expect(err.message).toMatch(/\.txt.*\.md.*\.html/);
  });

  it('refuses a file over 20 MB before reading it, saying its size and the limit', () => {
    const huge = new Uint8Array(MAX_ARTICLE_FILE_BYTES + 1).fill(0x61);
    const err = importError('archive.txt', huge);
    expect(err.code).toBe('too-large');
    expect(err.message).toContain('archive.txt is 20.0 MB');
    expect(err.message).toContain('up to 20 MB');
  });
});

describe('plain text: clean, stable text', () => {
  it('removes what cannot be seen (trailing blanks, extra blank lines, zero-width junk) and keeps line structure', () => {
    const raw = '\n\n  Headline here  \t\r\n\r\n\r\n\r\nFirst line\u200b of the lead,\u00a0\nsecond line\tof it; co\u00adoperation.\n\n\n  indented quote\n\n \n';
    const doc = importDocument('messy.txt', utf8(raw));
    expect(doc.text).toBe('Headline here\n\nFirst line of the lead,\nsecond line\tof it; cooperation.\n\n  indented quote');
  });

  it('gives the same text and hash for the same bytes every time', () => {
    const a = importFixture('story.txt');
    const b = importFixture('story.txt');
    expect(b).toEqual(a);
    expect(a.contentHash).toMatch(/^[0-9a-f]{64}$/);
  });

  it('proposes the first sentence after the dateline as the title, and falls back to the file name', () => {
    expect(importDocument('t.txt', utf8('WASHINGTON (Reuters) - Senate passes bill. It now goes to the House.')).title).toBe(
      'Senate passes bill.',
    );
    expect(importFixture('story.txt').title).toBe('Flood barrier holds as river crests at record 8.9 metres');
  });
});

describe('plain text: wire headers', () => {
  it.each([
    ['WASHINGTON (Reuters) - The Senate voted on Tuesday.', 'WASHINGTON', 'Reuters'],
    ['LONDON (AP) — Britain’s economy grew 0.2% in the third quarter.', 'LONDON', 'AP'],
    ['PARIS, March 3 (AFP) - French farmers blocked roads around the capital.', 'PARIS', 'AFP'],
    ['NEW YORK, Jan. 5 (Reuters) - Stocks fell sharply.', 'NEW YORK', 'Reuters'],
    ['BEIJING, July 23 (Xinhua) -- China launched a new satellite.', 'BEIJING', 'Xinhua'],
    ['SÃO PAULO (Reuters) - Brazil’s central bank held rates.', 'SÃO PAULO', 'Reuters'],
    ['MOSCOW, July 23. /TASS/. The talks were constructive.', 'MOSCOW', 'TASS'],
  ])('%s → dateline and agency, which stay in the text', (line, dateline, agency) => {
    const doc = importDocument('wire.txt', utf8(line));
    expect(doc.meta.dateline).toBe(dateline);
    expect(doc.meta.agency).toBe(agency);
    expect(doc.text).toBe(line);
  });

  it('finds a dateline under a headline', () => {
    const doc = importFixture('story.txt');
    expect(doc.meta).toMatchObject({ dateline: 'KRAKÓW', agency: 'Reuters' });
  });

  it('does not take ordinary capitals for a dateline', () => {
    const doc = importDocument('a.txt', utf8('BREAKING NEWS: Parliament dissolved (officially) - more soon.'));
    expect(doc.meta.dateline).toBeUndefined();
    expect(doc.meta.agency).toBeUndefined();
  });

  it('leaves a "date" line that is not a real date in the text', () => {
    const doc = importDocument('a.txt', utf8('date 2020-02-30 MOSCOW, Feb. 30. /TASS/. Text.'));
    expect(doc.meta.date).toBeUndefined();
    expect(doc.text.startsWith('date 2020-02-30')).toBe(true);
  });

  const samplePath = fileURLToPath(new URL('../../../shared/samples/wire-story.txt', import.meta.url));
  const haveSample = existsSync(samplePath);
  if (!haveSample) {
    console.info(
      `Skipping the shared wire-story sample test: ${samplePath} is not in this clone (the shared folder sits next to the repository on CI, not in a user's clone).`,
    );
  }
  it.skipIf(!haveSample)('reads the shared TASS sample: date, dateline, agency; the date token leaves the text', () => {
    const doc = importDocument('wire-story.txt', readFileSync(samplePath));
    expect(doc.meta).toMatchObject({ date: '2020-07-23', dateline: 'MOSCOW', agency: 'TASS', source: 'wire-story.txt' });
    expect(doc.text.startsWith('MOSCOW, July 23. /TASS/. The Presidents of Russia')).toBe(true);
    expect(doc.text).not.toContain('date 2020-07-23');
    expect(doc.title.startsWith('The Presidents of Russia and the United States')).toBe(true);
    expect(doc.text.endsWith('Washington sent 200 lung ventilators to Russia.')).toBe(true);
  });
});
