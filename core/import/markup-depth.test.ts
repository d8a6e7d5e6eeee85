// The nesting estimate that refuses pathological pages must never refuse a real one: implicitly
// closed elements, void elements, comments and scripts full of markup do not deepen a page.

import { describe, expect, it } from 'vitest';
import { markupDepth } from './markup-depth.js';

describe('markupDepth', () => {
  it('counts elements that hold others, in any case, and ignores stray end tags', () => {
    expect(markupDepth('<DIV><section><Span>x</span></section></div></div></div><div></div>')).toBe(3);
    expect(markupDepth('<div>'.repeat(5_000))).toBe(5_000);
  });

  it('does not count what the parser closes by itself, void elements, self-closed ones or comments', () => {
    expect(markupDepth('<body>' + '<p>para'.repeat(1_000) + '<li>item'.repeat(1_000))).toBe(0);
    expect(markupDepth('<div>' + '<br><img src=x><hr/><svg><path d="M0"/></svg>'.repeat(1_000) + '</div>')).toBe(2);
    expect(markupDepth(`<!-- ${'<div>'.repeat(500)} --><div></div>`)).toBe(1);
  });

  it('skips what scripts, styles and titles hold, however much it looks like markup', () => {
    const script = `<script>document.write("${'<div>'.repeat(500)}")</SCRIPT>`;
    expect(markupDepth(`<div>${script}<style>a > b {}</style><title><div></title></div>`)).toBe(1);
  });
});
