// The labelling config written beside a Label Studio export, read by a real XML parser (jsdom's
// DOMParser): it is well-formed, declares every region label and every relation label the export
// uses (a label Label Studio's config lacks is lost there), and has no empty <Relations>.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS } from '../index.js';
import type { ArticleDocument } from '../../model.js';
import { FIXTURE_DOCS, FIXTURE_EXPORTED_AT } from '../test-fixture.js';

function parsed(xml: string): Document {
  const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
  expect(doc.getElementsByTagName('parsererror'), xml).toHaveLength(0);
  return doc;
}

function written(docs: readonly ArticleDocument[]) {
  const out = EXPORT_FORMATS['label-studio'].write(docs, { exportedAt: FIXTURE_EXPORTED_AT });
  const tasks = JSON.parse(out.content) as { annotations: { result: { type: string; labels?: string[]; value?: { labels: string[] } }[] }[] }[];
  const results = tasks.flatMap((t) => t.annotations.flatMap((a) => a.result));
  return { config: parsed(out.companion!.content), regionLabels: results.flatMap((r) => r.value?.labels ?? []), relationLabels: results.flatMap((r) => (r.type === 'relation' ? r.labels! : [])) };
}

const values = (config: Document, tag: string) => [...config.getElementsByTagName(tag)].map((e) => e.getAttribute('value'));

describe('Label Studio labelling config', () => {
  it('declares every region and relation label the export uses', () => {
    const { config, regionLabels, relationLabels } = written(FIXTURE_DOCS);
    expect(config.documentElement.tagName).toBe('View');
    const labels = config.getElementsByTagName('Labels')[0]!;
    expect([labels.getAttribute('name'), labels.getAttribute('toName')]).toEqual(['label', 'text']);
    expect(config.getElementsByTagName('Text')[0]!.getAttribute('value')).toBe('$text');
    expect(new Set(values(config, 'Label'))).toEqual(new Set(['Claim', 'Quote', 'Figure', ...regionLabels]));
    expect(new Set(values(config, 'Relation'))).toEqual(new Set(relationLabels));
    expect(relationLabels.length).toBeGreaterThan(0);
  });

  it('escapes a kept label that XML would read as markup, and writes no empty <Relations>', () => {
    const [, note] = FIXTURE_DOCS as [ArticleDocument, ArticleDocument];
    const tagged = { ...note, annotations: note.annotations.map((a, i) => (i === 0 ? { ...a, tags: ['label:R&D <"lab">'] } : a)), relations: [] };
    const { config, regionLabels } = written([tagged]);
    expect(regionLabels).toContain('R&D <"lab">');
    expect(values(config, 'Label')).toContain('R&D <"lab">');
    expect(config.getElementsByTagName('Relations')).toHaveLength(0);
  });
});
