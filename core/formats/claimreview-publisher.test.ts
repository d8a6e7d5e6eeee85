// The ClaimReview publisher as a setting of the library, through the real service on a real
// folder: kept in the library's settings.json across a reopen, refused with a message naming the
// field when an address is not http(s) (nothing stored), used by every ClaimReview export, its review page
// pattern filled in per claim, and overridden field by field by the CLI's flags — the real
// `newsmark` command in a child process reading the same library.

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../api/dispatch.js';
import { LibraryService } from '../service.js';
import { withTempDir } from '../testing/temp-library.js';
import { newsmark } from '../testing/run-newsmark.js';
import { publisherGaps } from './review-publisher.js';

const PUBLISHER = { organisation: 'Harbour Checks', organisationUrl: 'https://checks.example.org', reviewUrl: 'https://checks.example.org/reviews/{article}#claim-{claim}' };
const TEXT = 'The mayor said the harbour would cost €780 million. Critics said costs had risen by 40% since 2019.';

async function libraryWithClaims(dir: string) {
  const service = await LibraryService.open(dir);
  const { article } = await service.importText({ text: TEXT, title: 'Harbour' });
  const ids: string[] = [];
  for (const words of ['the harbour would cost €780 million', 'costs had risen by 40% since 2019']) {
    const start = TEXT.indexOf(words);
    const claim = await service.createAnnotation({ articleId: article.id, kind: 'claim', start, end: start + words.length, fields: { claim: { status: 'misleading' } } });
    ids.push(claim.id);
  }
  return { service, articleId: article.id, ids };
}

type Review = { url?: string; author?: { name: string; url: string } };

describe('the ClaimReview publisher in Settings', { timeout: 60_000 }, () => {
  it('is kept in the library, and every ClaimReview export carries it, a review page per claim', async () => {
    await withTempDir(async (dir) => {
      const { service, articleId, ids } = await libraryWithClaims(dir);
      expect((await service.getSettings()).publisher).toBeNull();
      expect((await service.updateSettings({ publisher: PUBLISHER })).publisher).toEqual(PUBLISHER);
      await service.close();
      expect(JSON.parse(await readFile(join(dir, 'settings.json'), 'utf8')).settings.publisher).toEqual(PUBLISHER);

      const reopened = await LibraryService.open(dir);
      expect((await reopened.getSettings()).publisher).toEqual(PUBLISHER);
      const reviews = JSON.parse((await reopened.exportAs({ format: 'claimreview' })).content) as Review[];
      expect(reviews.map((r) => r.url)).toEqual(ids.map((id) => `https://checks.example.org/reviews/${articleId}#claim-${id}`));
      expect(reviews.every((r) => r.author?.name === 'Harbour Checks' && r.author.url === 'https://checks.example.org/')).toBe(true);
      // The name alone changes; the addresses stay.
      await reopened.updateSettings({ publisher: { ...PUBLISHER, organisation: 'Elbe Facts' } });
      expect(JSON.parse((await reopened.exportAs({ format: 'claimreview' })).content)[0].author.name).toBe('Elbe Facts');
      // Forgotten: the export has no author and no url again, and says nothing it does not know.
      await reopened.updateSettings({ publisher: null });
      expect(JSON.parse((await reopened.exportAs({ format: 'claimreview' })).content)[0]).not.toHaveProperty('author');
      await reopened.close();
    });
  });

  it('refuses an address that is not http(s), naming the field, and keeps what was set', async () => {
    await withTempDir(async (dir) => {
      const { service } = await libraryWithClaims(dir);
      await service.updateSettings({ publisher: PUBLISHER });
      for (const [field, value, message] of [
        ['organisationUrl', 'javascript:alert(1)', "publisher.organisationUrl: the organisation's web address must start with http:// or https://"],
        ['reviewUrl', 'checks.example.org/{claim}', 'publisher.reviewUrl: the review page address must start with http:// or https://'],
        ['organisation', '   ', 'publisher.organisation:'],
      ] as const) {
        const result = await dispatch(service, 'updateSettings', { publisher: { ...PUBLISHER, [field]: value } });
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error.message).toContain(message);
      }
      expect((await service.getSettings()).publisher).toEqual(PUBLISHER);
      await service.close();
    });
  });

  it('names what is missing for Google', () => {
    expect(publisherGaps({})).toEqual(["the fact-checking organisation's name", "the organisation's web address", 'the review page address']);
    expect(publisherGaps({ organisation: 'Harbour Checks', reviewUrl: 'ftp://x' })).toEqual(["the organisation's web address", 'the review page address']);
    expect(publisherGaps(PUBLISHER)).toEqual([]);
  });

  it('is what `newsmark export --format claimreview` uses, each flag overriding its field', async () => {
    await withTempDir(async (dir) => {
      const { service } = await libraryWithClaims(dir);
      await service.updateSettings({ publisher: PUBLISHER });
      await service.close();
      const plain = await newsmark(['export', '--format', 'claimreview', '--library', dir]);
      expect(plain.code).toBe(0);
      expect((JSON.parse(plain.stdout) as Review[])[0]!.author?.name).toBe('Harbour Checks');
      const flagged = await newsmark(['export', '--format', 'claimreview', '--review-url', 'https://other.example.net/check', '--library', dir]);
      const [first] = JSON.parse(flagged.stdout) as Review[];
      expect(first).toMatchObject({ url: 'https://other.example.net/check', author: { name: 'Harbour Checks' } });
      expect(plain.stderr).not.toContain('warning');
    });
  });

  it('without a publisher, `newsmark export --format claimreview` still writes the reviews but says what Google will miss', async () => {
    await withTempDir(async (dir) => {
      const { service } = await libraryWithClaims(dir);
      await service.close();
      const bare = await newsmark(['export', '--format', 'claimreview', '--reviewer', 'Harbour Checks', '--library', dir]);
      expect(bare.code).toBe(0);
      expect((JSON.parse(bare.stdout) as Review[]).length).toBeGreaterThan(0);
      expect(bare.stderr).toContain("newsmark: warning: this ClaimReview lacks the organisation's web address, the review page address, which Google's Fact Check tools require");
      expect(bare.stderr).toContain('--reviewer-url');
    });
  });
});
