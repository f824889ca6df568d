import { test as base, expect, chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionLaunchArgs, findChromium } from '../../scripts/chromium-path.mjs';
import { HirempireContract } from '../api/contract';
import { DEMO_TOKEN } from '../api/seed';
import { serveBoardPage } from './board-site';

/**
 * The shared e2e rig: a fresh Chromium profile with the production build loaded,
 * the Hirempire API served by the local contract, the two boards served from fixture
 * pages, and every other request refused (and recorded, to prove where the token goes).
 */
export const EXTENSION_DIR = path.resolve(process.env.HIREMPIRE_EXTENSION_DIR ?? '.output/chrome-mv3');
export const API_ORIGIN = 'https://api.hirempire.com';

export interface SentRequest {
  url: string;
  headers: Record<string, string>;
}

type Fixtures = {
  /**
   * Use it (`test.use({ closeFirstRunPage: true })`) where tests open their own pages: the options
   * page the worker opens on install is closed first, so that a test waiting for "a new page"
   * cannot catch it instead of the one its click opened.
   */
  closeFirstRunPage: boolean;
  /** Auto: waits for the install's options page, and closes it when `closeFirstRunPage` says so. */
  firstRunSettled: void;
  /**
   * The browser's UI language ("fr", "de", "es"), which browser.i18n follows. Debian's Chromium
   * takes it from the LANGUAGE environment variable (`--lang` alone has no effect on Linux) and
   * needs chromium-l10n for it. English by default, whatever the machine's language. `test.use({ uiLanguage: 'fr' })`.
   */
  uiLanguage: string;
  api: HirempireContract;
  /** Requests that went anywhere but the API or the two boards (all refused). */
  strayRequests: SentRequest[];
  /** Every request that reached the board fixtures, with its headers. */
  boardRequests: SentRequest[];
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** chrome-extension://<id>/<page> */
  extensionUrl: (page: string) => string;
  /** Saves the demo token through the worker, as the options page does, for the server it names (default: the API). */
  connect: (token?: string, origin?: string) => Promise<void>;
  /** Opens the popup as a tab (what the toolbar button shows). */
  openPopup: () => Promise<Page>;
};

export const test = base.extend<Fixtures>({
  uiLanguage: ['en', { option: true }],
  closeFirstRunPage: [false, { option: true }],
  firstRunSettled: [
    async ({ context, extensionId, closeFirstRunPage }, use) => {
      if (closeFirstRunPage) {
        for (const page of context.pages().filter((p) => p.url() === `chrome-extension://${extensionId}/options.html`)) await page.close();
      }
      await use();
    },
    { auto: true },
  ],
  api: async ({}, use) => {
    await use(new HirempireContract());
  },
  strayRequests: async ({}, use) => {
    await use([]);
  },
  boardRequests: async ({}, use) => {
    await use([]);
  },
  context: async ({ api, strayRequests, boardRequests, uiLanguage }, use) => {
    const executablePath = findChromium();
    if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
    const userDataDir = mkdtempSync(path.join(tmpdir(), 'hirempire-e2e-'));
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true,
      // Playwright Test also passes its `locale` (en-US by default) as --lang, which would win: both must agree.
      env: { ...process.env, LANGUAGE: uiLanguage },
      locale: uiLanguage,
      args: extensionLaunchArgs(EXTENSION_DIR),
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Routes added later take precedence: the catch-all goes first.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => {
        strayRequests.push({ url: route.request().url(), headers: route.request().headers() });
        return route.abort('internetdisconnected');
      },
    );
    // The two boards, and job boards the extension has no content script for (served from fixtures too).
    await context.route(/^https:\/\/(www\.linkedin\.com|employers\.indeed\.com|www\.welcometothejungle\.com|www\.stepstone\.de)\//, (route) => {
      boardRequests.push({ url: route.request().url(), headers: route.request().headers() });
      return serveBoardPage(route);
    });
    await context.route(`${API_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const answer = await api.handle({ method: request.method(), url: request.url(), headers: request.headers() });
      if (answer === 'network-error') return route.abort('internetdisconnected');
      return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    });
    await use(context);
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  },
  worker: async ({ context }, use) => {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    await use(worker);
  },
  extensionId: async ({ worker, context }, use) => {
    const id = new URL(worker.url()).host;
    // A fresh install opens the options page by itself; wait for it, so that no test navigates
    // to options.html while Chrome is still opening that tab (it would interrupt the navigation).
    await expect
      .poll(() => context.pages().some((p) => p.url() === `chrome-extension://${id}/options.html`), { timeout: 15_000 })
      .toBe(true);
    await use(id);
  },
  extensionUrl: async ({ extensionId }, use) => {
    await use((page) => `chrome-extension://${extensionId}/${page}`);
  },
  connect: async ({ context, extensionUrl }, use) => {
    await use(async (token = DEMO_TOKEN, origin = API_ORIGIN) => {
      const page = await context.newPage();
      await page.goto(extensionUrl('options.html'));
      const reply = await page.evaluate(([t, o]) => chrome.runtime.sendMessage({ type: 'token.save', token: t, origin: o }), [token, origin]);
      await page.close();
      if (!reply?.ok || 'rejected' in reply.value) throw new Error(`connect failed: ${JSON.stringify(reply)}`);
    });
  },
  openPopup: async ({ context, extensionUrl }, use) => {
    await use(async () => {
      const page = await context.newPage();
      await page.setViewportSize({ width: 420, height: 600 });
      await page.goto(extensionUrl('popup.html'));
      return page;
    });
  },
});


export { expect };

/** Sends one protocol message from an extension page, as the popup or options page would. */
export async function sendFromExtensionPage(page: Page, message: unknown) {
  return page.evaluate((m) => chrome.runtime.sendMessage(m), message);
}
