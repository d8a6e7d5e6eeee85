// Renders assets/icon.svg to the PNGs packaging needs: assets/icon.png (512 px, macOS and Windows)
// and assets/icons/<n>x<n>.png (Linux). Uses Debian's Chromium, as nothing may be downloaded here.
// Usage: npx tsx scripts/render-icons.ts

import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';

const SIZES = [16, 32, 48, 64, 128, 256, 512];
const assets = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'assets');

function pageFor(svgBase64: string, size: number): string {
  return `<!doctype html><style>html,body{margin:0;background:transparent}img{display:block}</style>
<img width="${size}" height="${size}" src="data:image/svg+xml;base64,${svgBase64}" alt="">`;
}

const svg = (await readFile(path.join(assets, 'icon.svg'))).toString('base64');
await mkdir(path.join(assets, 'icons'), { recursive: true });

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  for (const size of SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(pageFor(svg, size));
    await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
    const outputs = [path.join(assets, 'icons', `${size}x${size}.png`), ...(size === 512 ? [path.join(assets, 'icon.png')] : [])];
    for (const output of outputs) {
      await page.screenshot({ path: output, omitBackground: true });
      console.log(`render-icons: wrote ${path.relative(process.cwd(), output)}`);
    }
  }
} finally {
  await browser.close();
}
