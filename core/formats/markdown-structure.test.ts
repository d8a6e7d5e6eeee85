// The Markdown report read by marked (the renderer the app already ships): data never becomes
// structure. A hostile evidence URL, a note with a heading on its second line, lone CRs, a title
// with HTML, bare URLs: no raw HTML comes out, no heading but the title's and the sections', no
// list item that the report did not make, and every link an http(s) address written as given.

import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import { quoteAt } from '../anchoring/text-quote.js';
import type { Annotation, ArticleDocument } from '../model.js';
import { markdownExport } from './markdown.js';

const TEXT = 'The minister said costs rose by 40% since 2019. Nobody checked.';

function annotation(id: string, exact: string, over: Partial<Annotation>): Annotation {
  const start = TEXT.indexOf(exact);
  return {
    id,
    kind: 'claim',
    start,
    end: start + exact.length,
    quote: quoteAt(TEXT, start, start + exact.length),
    tags: [],
    note: '',
    fields: {},
    origin: 'manual',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    ...over,
  };
}

const evidence = (url: string, title = '') => ({ id: url, url, title, note: '', accessedAt: '' });

const DOC: ArticleDocument = {
  article: { id: 'a', title: 'Costs <img src=x onerror=alert(1)>', meta: { url: 'javascript:alert(1)', outlet: 'Daily\r- Bugle' }, text: TEXT, contentHash: 'x', importedAt: '2026-01-01T00:00:00.000Z' },
  annotations: [
    annotation('c1', 'costs rose by 40% since 2019', {
      note: 'not a url\n# HEADING',
      tags: ['a\rb', '<b>bold</b>'],
      fields: {
        claim: {
          status: 'false',
          claimant: { name: 'The minister\r\r1. item' },
          verdict: 'see https://example.org/a_b~c/(x)_y. Also http://example.org/q?x=1|2',
          evidence: [evidence('x\n\n<script>alert(1)</script>'), evidence('https://example.org/report_2019', 'Report\n## two'), evidence('javascript:alert(1)', 'js')],
        },
      },
    }),
    annotation('f1', '40%', { kind: 'figure', note: 'a | b\r| c |', fields: { figure: { value: 40, unit: '%', scale: null, approximate: null, kind: 'percent' } } }),
  ],
  relations: [],
};

describe('Markdown report read by marked', () => {
  const html = marked.parse(markdownExport([DOC]), { async: false });

  it('puts out no raw HTML and no heading or list item from the data', () => {
    expect(html).not.toMatch(/<(?:script|img|b)\b/);
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html.match(/<h2>/g)).toHaveLength(2);
    expect(html).not.toMatch(/<h[3-6]>/);
    // Two metadata lines (outlet, URL), one claim and its details (status, claimant, verdict,
    // three evidence, tags, note).
    expect(html.match(/<li>/g)).toHaveLength(2 + 1 + 8);
    expect(html.match(/<tr>/g)).toHaveLength(2);
    expect(html).toContain('<code>x &lt;script&gt;alert(1)&lt;/script&gt;</code>');
  });

  it('links only http(s) addresses, exactly as given', () => {
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]);
    expect(hrefs).toEqual(['https://example.org/a_b~c/(x)_y', 'http://example.org/q?x=1%7C2', 'https://example.org/report_2019']);
    expect(html).toContain('<code>javascript:alert(1)</code>');
  });
});
