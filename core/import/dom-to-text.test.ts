import { describe, expect, it } from 'vitest';
import { writeDom } from './dom-to-text.js';
import { parseHtmlFragment } from './html-parse.js';
import { LinkCollector } from './links.js';
import { TextWriter } from './text-writer.js';

function toText(html: string): string {
  const out = { writer: new TextWriter(), links: new LinkCollector() };
  writeDom(parseHtmlFragment(html), out);
  return out.writer.toString();
}

describe('HTML laid out as reading text', () => {
  it('separates blocks by one blank line and collapses source white space like a browser', () => {
    expect(toText('<h2>  Budget\n  vote </h2>\n\n<p>First   <b>bold</b><i>italic</i>\n line.</p><div><p></p><p>&nbsp;</p></div><p>Second.</p>')).toBe(
      'Budget vote\n\nFirst bolditalic line.\n\nSecond.',
    );
  });

  it('numbers ordered lists from their start, indents nested lists, keeps list items with paragraphs on one line', () => {
    expect(toText('<ol start="4"><li><p>Fourth</p></li><li>Fifth<ul><li>detail</li></ul></li></ol><p>After.</p>')).toBe(
      '4. Fourth\n5. Fifth\n  • detail\n\nAfter.',
    );
  });

  it('writes table rows as lines with tab-separated cells, and keeps <pre> verbatim', () => {
    expect(toText('<table><tr><th>Year</th><th>Deaths</th></tr><tr><td><p>2019</p></td><td>1 024</td></tr></table><pre>  a  b\n\n  c</pre>')).toBe(
      'Year\tDeaths\n2019\t1 024\n\n  a  b\n\n  c',
    );
  });

  it('leaves out images, media, form controls and hidden elements', () => {
    expect(toText('<p>Seen <img alt="photo of the minister"><svg><text>chart</text></svg><button>Share</button><span hidden>secret</span>text.</p>')).toBe(
      'Seen text.',
    );
  });
});
