/**
 * Renders assets-src/icon.svg to public/icon/<size>.png in Chromium: one source for every size.
 * `node scripts/make-icons.mjs` (after changing the SVG). `npm run store-assets` reuses renderIcon
 * for the store's icon.
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { findChromium } from './chromium-path.mjs';

export const ICON_SOURCE = 'assets-src/icon.svg';
export const ICON_SIZES = [16, 32, 48, 96, 128];

/**
 * Writes the SVG as a `size`×`size` PNG with a transparent background; `artwork` smaller than
 * `size` centres the artwork in transparent padding (the store icon: 96 in 128).
 */
export async function renderIcon(page, svg, { size, artwork = size, path }) {
  const inset = (size - artwork) / 2;
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}img{display:block${inset ? `;margin:${inset}px` : ''}}</style><img width="${artwork}" height="${artwork}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  await page.screenshot({ path, omitBackground: true });
}

async function main() {
  const svg = readFileSync(ICON_SOURCE, 'utf8');
  mkdirSync('public/icon', { recursive: true });
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await renderIcon(page, svg, { size, path: `public/icon/${size}.png` });
    console.log(`public/icon/${size}.png`);
  }
  await browser.close();
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
