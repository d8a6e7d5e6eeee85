import { describe, expect, it } from 'vitest';
import { FIXTURE_DOCS } from '../formats/test-fixture.js';
import type { ArticleDocument } from '../model.js';
import { fromSyncBodies, sameArticle, toSyncBodies } from './sync-docs.js';

const [harbour] = FIXTURE_DOCS as [ArticleDocument];

describe('an article as sync documents', () => {
  it('comes back whole: annotations, links, rejected suggestions, other annotators’ layers and their progress', () => {
    const [first, second] = harbour.annotations;
    const doc: ArticleDocument = {
      ...harbour,
      rejectedSuggestions: ['quote:1:5:abc'],
      layers: [
        { name: 'Bo / desk 2', role: 'annotator', annotations: [first!, second!], relations: [{ id: 'r-bo', from: first!.id, to: second!.id, type: 'supports', createdAt: first!.createdAt }] },
        { name: 'curated', role: 'curation', annotations: [second!], relations: [] },
      ],
      progress: { 'Bo / desk 2': 'done', Ana: 'in-progress' },
    };
    const bodies = toSyncBodies(doc);
    expect([...bodies.keys()].filter((id) => id.includes('/ln/Bo%20%2F%20desk%202/'))).toHaveLength(2); // a name with a slash stays one id segment
    const back = fromSyncBodies([...bodies.values()].reverse())!;
    expect(sameArticle(back, doc)).toBe(true);
    expect(back.layers!.map((l) => [l.name, l.role, l.annotations.length, l.relations.length])).toEqual([
      ['Bo / desk 2', 'annotator', 2, 1],
      ['curated', 'curation', 1, 0],
    ]);
    expect(back.progress).toEqual({ 'Bo / desk 2': 'done', Ana: 'in-progress' });
    expect(back.rejectedSuggestions).toEqual(['quote:1:5:abc']);
  });

  it('drops a link whose annotation was deleted on another machine, as deleting an annotation does here', () => {
    const bodies = toSyncBodies(harbour);
    const link = harbour.relations[0]!;
    bodies.delete(`${harbour.article.id}/n/${link.from}`);
    const back = fromSyncBodies(bodies.values())!;
    expect(back.relations.find((r) => r.id === link.id)).toBeUndefined();
    expect(back.annotations).toHaveLength(harbour.annotations.length - 1);
  });
});
