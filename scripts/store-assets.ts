/**
 * `npm run store-assets`: the images the Chrome Web Store and addons.mozilla.org ask for, made
 * from the real extension running the demo (scripts/demo-session.ts), written to demo/store/.
 *
 *   screenshot-<n>-<what>.png  1280×800, 24-bit PNG without alpha (Chrome Web Store; AMO takes the same)
 *   promo-small-440x280.png    Chrome Web Store small promo tile
 *   promo-marquee-1400x560.png Chrome Web Store marquee (optional there)
 *   icon-128.png               store icon: 96×96 artwork in 16 px of transparent padding (Chrome's guideline)
 *   icons/<size>.png           every manifest size, rendered again from assets-src/icon.svg and compared
 *                              with public/icon/, so a stale committed icon is noticed
 *
 * Each screenshot is a simple branded page: a caption, and a real screenshot of the extension.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { findChromium } from './chromium-path.mjs';
import { ICON_SIZES, ICON_SOURCE, renderIcon } from './make-icons.mjs';
import { pngSize } from './zip-entries.mjs';
import {
  boardControlReady,
  optionsReady,
  popupReady,
  POPUP_SIZE,
  postingUrl,
  langArgument,
  startDemo,
  type DemoSession,
} from './demo-session';

const OUT = path.resolve('demo/store');
const SCREENSHOT = { width: 1280, height: 800 };
const BRAND = { blue: '#0b5cad', deep: '#073b70', green: '#7ee2a8', ink: '#1b1f24' };

type Shot = { width: number; height: number; png: Buffer };

const dataUrl = (png: Buffer) => `data:image/png;base64,${png.toString('base64')}`;
const escape = (text: string) => text.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** A screenshot at the device scale factor, with its CSS size (what the layout uses). */
async function shoot(page: Page, clip?: { x: number; y: number; width: number; height: number }): Promise<Shot> {
  const viewport = page.viewportSize()!;
  const box = clip ?? { x: 0, y: 0, ...viewport };
  return { width: box.width, height: box.height, png: await page.screenshot({ clip: box }) };
}

/** The page down to the end of its form, rather than the empty space below; `narrow` also crops the sides. */
async function formArea(page: Page, narrow = false) {
  const viewport = page.viewportSize()!;
  const box = await page.locator('form, main').first().boundingBox();
  if (!box) return { x: 0, y: 0, ...viewport };
  const x = narrow ? Math.max(0, Math.floor(box.x - 40)) : 0;
  const y = 0;
  const width = narrow ? Math.min(viewport.width - x, Math.ceil(box.width + 80)) : viewport.width;
  const height = Math.min(viewport.height, Math.ceil(box.y + box.height + 40));
  return { x, y, width, height };
}

function captionPage(title: string, text: string, art: string) {
  return `<!doctype html><html><head><meta charset="utf-8"><style>
  html,body{margin:0;width:${SCREENSHOT.width}px;height:${SCREENSHOT.height}px;overflow:hidden}
  body{font-family:'DejaVu Sans','Liberation Sans',system-ui,sans-serif;color:#fff;
    background:linear-gradient(135deg,${BRAND.blue} 0%,${BRAND.deep} 100%);display:grid;grid-template-columns:430px 1fr;align-items:center}
  .caption{padding:0 40px 0 64px}
  .brand{display:flex;align-items:center;gap:12px;font-weight:700;font-size:22px;margin-bottom:36px;letter-spacing:.01em}
  .brand img{width:40px;height:40px}
  h1{font-size:34px;line-height:1.2;margin:0 0 20px}
  p{font-size:20px;line-height:1.45;margin:0;color:#dbe9f7}
  .accent{display:block;width:56px;height:6px;border-radius:3px;background:${BRAND.green};margin-bottom:24px}
  .art{display:flex;gap:28px;align-items:center;justify-content:center;padding-right:48px}
  .art img{display:block;border-radius:12px;box-shadow:0 24px 60px rgba(0,0,0,.35),0 0 0 1px rgba(255,255,255,.12)}
  </style></head><body>
  <div class="caption"><div class="brand"><img alt="" src="${dataUrl(readFileSync('public/icon/128.png'))}">Hirempire</div>
  <span class="accent"></span><h1>${escape(title)}</h1><p>${escape(text)}</p></div>
  <div class="art">${art}</div></body></html>`;
}

/** An <img> of a shot, scaled to fit a box while keeping its proportions. */
function fit(shot: Shot, maxWidth: number, maxHeight: number) {
  const scale = Math.min(1, maxWidth / shot.width, maxHeight / shot.height);
  return `<img alt="" width="${Math.round(shot.width * scale)}" height="${Math.round(shot.height * scale)}" src="${dataUrl(shot.png)}">`;
}

async function render(page: Page, html: string, size: { width: number; height: number }, file: string) {
  await page.setViewportSize(size);
  await page.setContent(html);
  await page.evaluate(() => document.fonts.ready);
  // CSS pixels: exactly the store's size, whatever the device scale factor used for the crisp insets.
  await page.screenshot({ path: path.join(OUT, file), scale: 'css' });
}

async function captureScreens(session: DemoSession) {
  const popup = await session.openExtensionPage('popup.html', POPUP_SIZE);
  await popupReady(popup);
  const popupLight = await shoot(popup);
  await popup.emulateMedia({ colorScheme: 'dark' });
  const popupDark = await shoot(popup);
  await popup.close();

  const options = await session.openExtensionPage('options.html', { width: 1000, height: 760 });
  await optionsReady(options);
  const settings = await shoot(options, await formArea(options, true));
  await options.close();

  const boards: Record<'linkedin' | 'indeed', Shot> = {} as never;
  // The v2 form is LinkedIn's current one; the older form's fixture carries hostile page styles.
  for (const [board, name, prefer] of [
    ['linkedin', 'LinkedIn', ['/job-posting/v2/']],
    ['indeed', 'Indeed', []],
  ] as const) {
    const { url } = postingUrl(board, [...prefer]);
    const page = await session.newTab();
    await page.setViewportSize({ width: 900, height: 1000 });
    await page.goto(url);
    await boardControlReady(page, name);
    // A recruiter part-way through the form, who has just inserted the tracked link in the last field.
    const title = page.getByLabel(/job title/i).first();
    if (await title.count()) await title.fill('Senior Backend Engineer').catch(() => undefined);
    await page
      .getByRole('button', { name: /insert/i })
      .last()
      .click({ timeout: 3_000 })
      .catch(() => console.warn(`  ! ${name}: no "Insert link" button; the screenshot shows the form without a link inserted.`));
    boards[board] = await shoot(page, await formArea(page));
    await page.close();
  }
  return { popupLight, popupDark, settings, ...boards };
}

function checkImage(file: string, expected: { width: number; height: number }, alpha: boolean) {
  const png = readFileSync(path.join(OUT, file));
  const { width, height } = pngSize(png);
  const colorType = png[25]; // 2: RGB, 6: RGBA
  const ok = width === expected.width && height === expected.height && (alpha ? colorType === 6 : colorType === 2);
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} demo/store/${file}  ${width}×${height} ${colorType === 6 ? 'RGBA' : 'RGB'}`);
  return ok;
}

async function main() {
  rmSync(OUT, { recursive: true, force: true });
  mkdirSync(path.join(OUT, 'icons'), { recursive: true });
  console.log('Capturing the extension (demo data, headless)…');
  const session = await startDemo({ headless: true, deviceScaleFactor: 2, lang: langArgument() });
  let ok = true;
  try {
    const shots = await captureScreens(session);
    const page = await session.newTab();
    const screenshots: Array<[string, string, string, string]> = [
      ['screenshot-1-popup.png', 'Every source of a job, with its visits', 'Look up a job and see which channels bring candidates. Copy, open or show a QR code of any tracked link.', fit(shots.popupLight, 760, 700)],
      ['screenshot-2-linkedin.png', 'The right link, on LinkedIn’s posting form', '“Copy tracked link” sits beside the form’s fields: the LinkedIn source of the job you are posting, one click away.', fit(shots.linkedin, 800, 720)],
      ['screenshot-3-indeed.png', 'And on Indeed’s', 'Copy the Indeed link, or insert it into the description, without overwriting what you typed.', fit(shots.indeed, 800, 720)],
      ['screenshot-4-dark.png', 'Light or dark, like your browser', 'Keyboard-friendly and readable in both themes.', `${fit(shots.popupLight, 380, 700)}${fit(shots.popupDark, 380, 700)}`],
      ['screenshot-5-settings.png', 'Set up once', 'Paste your Hirempire API token; the extension checks it and keeps it in this browser only.', fit(shots.settings, 800, 720)],
    ];
    for (const [file, title, text, art] of screenshots) {
      await render(page, captionPage(title, text, art), SCREENSHOT, file);
    }

    const icon = dataUrl(readFileSync('public/icon/128.png'));
    const tile = (width: number, height: number, iconSize: number, title: number, line: number) => `<!doctype html><html><head><meta charset="utf-8"><style>
      html,body{margin:0;width:${width}px;height:${height}px;overflow:hidden}
      body{font-family:'DejaVu Sans','Liberation Sans',system-ui,sans-serif;color:${BRAND.ink};display:flex;align-items:center;gap:${iconSize / 3}px;
        padding:0 ${iconSize / 2}px;box-sizing:border-box;background:linear-gradient(135deg,#ffffff,#e3eef9);border-bottom:${iconSize / 12}px solid ${BRAND.green}}
      h1{margin:0 0 8px;font-size:${title}px;color:${BRAND.deep}}p{margin:0;font-size:${line}px;line-height:1.35;color:#3d4752}
      </style></head><body><img alt="" width="${iconSize}" height="${iconSize}" src="${icon}">
      <div><h1>Hirempire</h1><p>Tracked job links on LinkedIn and Indeed, with visits per channel.</p></div></body></html>`;
    await render(page, tile(440, 280, 96, 34, 17), { width: 440, height: 280 }, 'promo-small-440x280.png');
    await render(page, tile(1400, 560, 200, 72, 32), { width: 1400, height: 560 }, 'promo-marquee-1400x560.png');

    // Icons from the one SVG: the store's padded 128, and every manifest size to compare with public/icon.
    await renderIcons(readFileSync(ICON_SOURCE, 'utf8'));

    console.log('\nChecking sizes and formats:');
    for (const [file] of screenshots) ok = checkImage(file, SCREENSHOT, false) && ok;
    ok = checkImage('promo-small-440x280.png', { width: 440, height: 280 }, false) && ok;
    ok = checkImage('promo-marquee-1400x560.png', { width: 1400, height: 560 }, false) && ok;
    ok = checkImage('icon-128.png', { width: 128, height: 128 }, true) && ok;
    const stale = ICON_SIZES.filter(
      (size) => !readFileSync(path.join(OUT, 'icons', `${size}.png`)).equals(readFileSync(`public/icon/${size}.png`)),
    );
    console.log(
      stale.length
        ? `  note public/icon/{${stale.join(',')}}.png differ from a fresh render of ${ICON_SOURCE}: run \`node scripts/make-icons.mjs\` if the SVG changed.`
        : `  ok   public/icon/ matches a fresh render of ${ICON_SOURCE} at ${ICON_SIZES.join(', ')} px`,
    );
  } finally {
    await session.close();
  }
  writeFileSync(path.join(OUT, 'README.txt'), STORE_NOTES);
  console.log(ok ? '\nStore assets written to demo/store/.' : '\nSome store assets are not the size or format the stores ask for.');
  process.exit(ok ? 0 : 1);
}

/** Icons render in a plain browser at scale 1 (the demo's runs at 2), so each PNG is exactly its size. */
async function renderIcons(svg: string) {
  const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
  try {
    const page = await browser.newPage();
    await renderIcon(page, svg, { size: 128, artwork: 96, path: path.join(OUT, 'icon-128.png') });
    for (const size of ICON_SIZES) await renderIcon(page, svg, { size, path: path.join(OUT, 'icons', `${size}.png`) });
  } finally {
    await browser.close();
  }
}

const STORE_NOTES = `Made by \`npm run store-assets\` from the demo (scripts/store-assets.ts). Not committed.

Chrome Web Store: screenshot-*.png (1280x800, up to 5), promo-small-440x280.png (required),
promo-marquee-1400x560.png (optional), icon-128.png (store icon). Upload .output/<name>-<version>-chrome.zip.
addons.mozilla.org: screenshot-*.png (any size; 1280x800 shown best). The icon comes from the package's manifest.
Upload .output/<name>-<version>-firefox.zip and, when asked for sources, <name>-<version>-sources.zip.
`;

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
