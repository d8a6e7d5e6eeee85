// Page side of reader-scale.bench.ts for the peers: the same text and spans, painted by raw CSS
// Highlights (StaticRanges registered by the page itself), by Recogito's two renderers and by
// mark.js. Plain JavaScript, loaded as it is (no build step between the bench and the page).
// Each paint starts from the data in memory, builds the paragraphs, paints, and ends at the
// second requestAnimationFrame after the highlights were registered.
(() => {
  let data = null;
  const twoFrames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

  function buildText() {
    const root = document.getElementById('text');
    root.replaceChildren();
    for (const text of data.paragraphs) {
      const p = document.createElement('p');
      p.textContent = text;
      root.append(p);
    }
    return root;
  }

  function raw() {
    const root = buildText();
    const byKind = { claim: new Highlight(), quote: new Highlight(), figure: new Highlight() };
    for (const s of data.spans) {
      const node = root.children[s.paragraph].firstChild;
      byKind[s.kind].add(new StaticRange({ startContainer: node, startOffset: s.localStart, endContainer: node, endOffset: s.localEnd }));
    }
    for (const kind of Object.keys(byKind)) CSS.highlights.set(`nm-${kind}`, byKind[kind]);
  }

  function recogito(renderer) {
    const root = buildText();
    const annotator = RecogitoJS.createTextAnnotator(root, { renderer });
    // Recogito counts offsets in the container's text (no line breaks between paragraphs).
    const paragraphStart = [];
    let at = 0;
    for (const text of data.paragraphs) {
      paragraphStart.push(at);
      at += text.length;
    }
    const created = new Date();
    const annotations = data.spans.map((s, i) => {
      const node = root.children[s.paragraph].firstChild;
      const range = document.createRange();
      range.setStart(node, s.localStart);
      range.setEnd(node, s.localEnd);
      const id = `a${i}`;
      const start = paragraphStart[s.paragraph] + s.localStart;
      return {
        id,
        bodies: [],
        target: { annotation: id, created, selector: [{ quote: range.toString(), start, end: start + s.localEnd - s.localStart, range }] },
      };
    });
    return new Promise((resolve) => {
      annotator.renderer.on('onRedraw', resolve);
      annotator.setAnnotations(annotations, true);
      annotator.renderer.redraw(true);
    });
  }

  function markjs() {
    const root = buildText();
    const paragraphStart = [];
    let at = 0;
    for (const text of data.paragraphs) {
      paragraphStart.push(at);
      at += text.length;
    }
    const ranges = data.spans.map((s) => ({ start: paragraphStart[s.paragraph] + s.localStart, length: s.localEnd - s.localStart, kind: s.kind }));
    return new Promise((resolve) => {
      // mark.js wraps spans in elements and leaves out ranges that overlap one already marked.
      new Mark(root).markRanges(ranges, { className: 'mark', each: (el, range) => el.classList.add(`kind-${range.kind}`), done: resolve });
    });
  }

  const PEERS = { raw, 'recogito-css': () => recogito('CSS_HIGHLIGHTS'), 'recogito-spans': () => recogito('SPANS'), markjs };

  window.__bench = {
    async load(url) {
      data = await (await fetch(url)).json();
    },
    async paint(peer) {
      const start = performance.now();
      await PEERS[peer]();
      await twoFrames();
      return performance.now() - start;
    },
    nodes() {
      let count = 0;
      const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
      while (walker.nextNode()) count += 1;
      return count + 1;
    },
    /** Keys as the raw page's own shortcuts: c marks the selection a claim, ↓ makes it a quote, Delete removes it. */
    listenForKeys() {
      let range = null;
      document.addEventListener('keydown', (event) => {
        const claims = CSS.highlights.get('nm-claim');
        const quotes = CSS.highlights.get('nm-quote');
        if (event.key === 'c') {
          range = new StaticRange(getSelection().getRangeAt(0));
          getSelection().removeAllRanges();
          claims.add(range);
        } else if (event.key === 'ArrowDown') {
          claims.delete(range);
          quotes.add(range);
        } else if (event.key === 'Delete') quotes.delete(range);
        event.preventDefault();
      });
    },
    async worstScrollFrame(selector) {
      const el = document.querySelector(selector);
      el.scrollTop = 0;
      await twoFrames();
      let last = await frame();
      let worst = 0;
      for (let i = 0; i < 90; i++) {
        el.scrollTop += 400;
        const now = await frame();
        worst = Math.max(worst, now - last);
        last = now;
      }
      return worst;
    },
  };
})();
