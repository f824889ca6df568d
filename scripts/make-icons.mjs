/**
 * Renders assets-src/icon.svg to public/icon/<size>.png in Chromium: one source for every size.
 * `node scripts/make-icons.mjs` (after changing the SVG).
 */
import { chromium } from '@playwright/test';
import { mkdirSync, readFileSync } from 'node:fs';
import { findChromium } from './chromium-path.mjs';

const SIZES = [16, 32, 48, 96, 128];
const svg = readFileSync('assets-src/icon.svg', 'utf8');
mkdirSync('public/icon', { recursive: true });
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
const page = await browser.newPage();
for (const size of SIZES) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}</style><img width="${size}" height="${size}" src="data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}">`,
  );
  await page.screenshot({ path: `public/icon/${size}.png`, omitBackground: true });
  console.log(`public/icon/${size}.png`);
}
await browser.close();
