/**
 * `npm run demo`: the extension as a recruiter sees it, with demo data and nothing to set up.
 *
 * Starts the local Hirempire contract server and a Chromium with the production build
 * (.output/chrome-mv3, built first if missing), already connected with the demo token, with
 * "Senior Backend Engineer – Paris" as the active job; then opens a LinkedIn and an Indeed
 * posting form (fixture pages on the real hostnames), the settings page and the popup.
 *
 * With a display ($DISPLAY) the browser stays open until Ctrl+C or until it is closed.
 * Without one (or with --headless) it saves a screenshot of each screen to demo/ and exits.
 * --lang=fr runs the browser, and so the extension, in another language.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import {
  boardControlReady,
  DEMO_JOB_LABEL,
  optionsReady,
  popupReady,
  POPUP_SIZE,
  postingUrl,
  langArgument,
  startDemo,
  type DemoSession,
} from './demo-session';

const OUT = path.resolve('demo');
const headless = !process.env.DISPLAY || process.argv.includes('--headless');

async function openBoard(session: DemoSession, board: 'linkedin' | 'indeed', name: string): Promise<Page> {
  const { url, fixture } = postingUrl(board);
  if (!fixture) console.warn(`  ! ${name}: no fixture serves a posting form yet (tests/e2e/board-site.ts); showing a placeholder page.`);
  const page = await session.newTab();
  await page.goto(url);
  await boardControlReady(page, name);
  return page;
}

async function main() {
  console.log(`Starting the demo (${headless ? 'headless: screenshots to demo/' : 'headed'})…`);
  const session = await startDemo({ headless, lang: langArgument() });
  console.log(`  extension ${session.extensionId} connected; API ${session.apiUrl} answers as https://api.hirempire.com`);

  const linkedin = await openBoard(session, 'linkedin', 'LinkedIn');
  const indeed = await openBoard(session, 'indeed', 'Indeed');
  const options = await session.openExtensionPage('options.html');
  await optionsReady(options);
  // The popup as a tab of the popup's size: what the toolbar button shows.
  const popup = await session.openExtensionPage('popup.html', POPUP_SIZE);
  await popupReady(popup);

  if (!headless) {
    await popup.bringToFront();
    console.log(`
The demo is open. Active job: ${DEMO_JOB_LABEL}.
  Tabs: LinkedIn posting form, Indeed posting form, settings, popup (${POPUP_SIZE.width}×${POPUP_SIZE.height}).
  The toolbar button opens the real popup; Alt+Shift+H too.
  Only the demo sites answer: LinkedIn and Indeed are fixture pages, the API is the local contract server.
Press Ctrl+C (or close the browser) to stop.`);
    await new Promise<void>((resolve) => {
      process.once('SIGINT', resolve);
      process.once('SIGTERM', resolve);
      session.context.once('close', () => resolve());
    });
    await session.close();
    return;
  }

  mkdirSync(OUT, { recursive: true });
  const shots: Array<[string, () => Promise<unknown>]> = [
    ['popup-light.png', () => popup.screenshot({ path: path.join(OUT, 'popup-light.png') })],
    [
      'popup-dark.png',
      async () => {
        await popup.emulateMedia({ colorScheme: 'dark' });
        await popup.screenshot({ path: path.join(OUT, 'popup-dark.png') });
        await popup.emulateMedia({ colorScheme: 'light' });
      },
    ],
    ['options.png', () => options.screenshot({ path: path.join(OUT, 'options.png'), fullPage: true })],
    ['linkedin-posting.png', () => linkedin.screenshot({ path: path.join(OUT, 'linkedin-posting.png') })],
    ['indeed-posting.png', () => indeed.screenshot({ path: path.join(OUT, 'indeed-posting.png') })],
  ];
  for (const [name, take] of shots) {
    await take();
    console.log(`  demo/${name}`);
  }
  await session.close();
  console.log(`Screenshots of ${shots.length} screens written to demo/. (Run with a display for the interactive demo.)`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
