// What a user does in the reader, as reusable steps for specs: select a phrase by dragging
// the mouse across it, read back the spans painted by a CSS highlight, open files with a key.

import type { Page } from '@playwright/test';

interface DragPoints {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Drags the mouse from the first to the last character of `phrase` in the article text. */
export async function dragSelect(page: Page, phrase: string, occurrence = 1): Promise<void> {
  await waitForPhrase(page, phrase);
  const points = await page.evaluate(
    ({ phrase, occurrence }): DragPoints => {
      const paragraphs = Array.from(document.querySelectorAll<HTMLElement>('.article-text p'));
      let seen = 0;
      for (const p of paragraphs) {
        const node = p.firstChild as Text;
        let at = node.data.indexOf(phrase);
        while (at !== -1) {
          seen += 1;
          if (seen === occurrence) {
            const rectOf = (offset: number, length: number) => {
              const r = document.createRange();
              r.setStart(node, offset);
              r.setEnd(node, offset + length);
              return r.getBoundingClientRect();
            };
            // Aim at whole characters: an emoji is two code units, a flag or family several.
            const graphemes = [...new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(phrase)];
            const head = graphemes[0]!;
            const tail = graphemes[graphemes.length - 1]!;
            p.scrollIntoView({ block: 'center' });
            const first = rectOf(at, head.segment.length);
            const last = rectOf(at + tail.index, tail.segment.length);
            return { x1: first.left + 1, y1: first.top + first.height / 2, x2: last.right - 1, y2: last.top + last.height / 2 };
          }
          at = node.data.indexOf(phrase, at + 1);
        }
      }
      throw new Error(`"${phrase}" (occurrence ${occurrence}) is not in the article`);
    },
    { phrase, occurrence },
  );
  await page.mouse.move(points.x1, points.y1);
  await page.mouse.down();
  await page.mouse.move(points.x2, points.y2, { steps: 8 });
  await page.mouse.up();
}

/** The text of every range in the named CSS highlight (e.g. "nm-quote"). */
export function highlightedTexts(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const highlight = CSS.highlights.get(n);
    // The reader registers StaticRanges, which have no text of their own: read it through a Range.
    const text = (r: AbstractRange) => {
      const live = document.createRange();
      live.setStart(r.startContainer, r.startOffset);
      live.setEnd(r.endContainer, r.endOffset);
      return live.toString();
    };
    return highlight ? Array.from(highlight as unknown as Iterable<AbstractRange>, text) : [];
  }, name);
}

/** Waits until the reader shows `phrase` (an article opens asynchronously). */
export async function waitForPhrase(page: Page, phrase: string): Promise<void> {
  await page.waitForFunction((p) => document.querySelector('.article-text')?.textContent?.includes(p), phrase);
}

/** Clicks the middle of the first occurrence of `phrase` in the article text. */
export async function clickPhrase(page: Page, phrase: string): Promise<void> {
  await waitForPhrase(page, phrase);
  const point = await page.evaluate((phrase) => {
    for (const p of Array.from(document.querySelectorAll<HTMLElement>('.article-text p'))) {
      const node = p.firstChild as Text;
      const at = node.data.indexOf(phrase);
      if (at === -1) continue;
      const r = document.createRange();
      const middle = at + Math.floor(phrase.length / 2);
      r.setStart(node, middle);
      r.setEnd(node, middle + 1);
      const rect = r.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    }
    throw new Error(`"${phrase}" is not in the article`);
  }, phrase);
  await page.mouse.click(point.x, point.y);
}

/**
 * Presses a key that opens the file chooser (Ctrl+O) and answers it with `files`.
 * Playwright starts catching file choosers when a test waits for one, by a DevTools command the
 * page handles on its main thread; a key press travels by the input pipeline instead and, on a
 * loaded machine, can reach the page first: the chooser then opens uncaught and the wait times
 * out. A round trip through the page after the wait began (DevTools commands are handled in
 * order) makes sure the page catches choosers before the key arrives.
 */
export async function chooseFilesWithKey(page: Page, key: string, files: string | string[]): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.evaluate(() => undefined);
  await page.keyboard.press(key);
  await (await chooser).setFiles(files);
}
