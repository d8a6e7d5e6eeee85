// Reads what the reader really painted: a screenshot of a phrase's box, decoded by Chromium itself
// (an <img> drawn to a canvas in a blank page of the same browser), reduced to the colour most of
// its pixels have — the background behind the glyphs.

import type { Page } from '@playwright/test';

export interface Rgb {
  r: number;
  g: number;
  b: number;
}

/** The box of the first occurrence of `phrase` in the article text, on screen. */
async function boxOf(page: Page, phrase: string): Promise<{ x: number; y: number; width: number; height: number }> {
  return page.evaluate((phrase) => {
    for (const p of Array.from(document.querySelectorAll<HTMLElement>('.article-text p'))) {
      const node = p.firstChild as Text;
      const at = node.data.indexOf(phrase);
      if (at === -1) continue;
      const r = document.createRange();
      r.setStart(node, at);
      r.setEnd(node, at + phrase.length);
      const rect = r.getClientRects()[0]!;
      return { x: rect.left, y: rect.top, width: rect.width, height: rect.height };
    }
    throw new Error(`"${phrase}" is not in the article`);
  }, phrase);
}

/** The colour most pixels of the phrase's box have (its background: glyphs are thin). */
export async function backgroundOf(page: Page, phrase: string): Promise<Rgb> {
  const png = await page.screenshot({ clip: await boxOf(page, phrase) });
  const blank = await page.context().newPage();
  try {
    return await blank.evaluate(async (base64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = img.width;
      canvas.height = img.height;
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(img, 0, 0);
      const data = ctx.getImageData(0, 0, img.width, img.height).data;
      const counts = new Map<number, number>();
      for (let i = 0; i < data.length; i += 4) {
        const key = (data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!;
        counts.set(key, (counts.get(key) ?? 0) + 1);
      }
      const [top] = [...counts].sort((a, b) => b[1] - a[1])[0]!;
      return { r: top >> 16, g: (top >> 8) & 255, b: top & 255 };
    }, png.toString('base64'));
  } finally {
    await blank.close();
  }
}

/** Relative luminance (WCAG), 0 for black to 1 for white. */
export function luminance({ r, g, b }: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}
