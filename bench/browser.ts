import { chromium, type BrowserContext, type Page, type Route } from '@playwright/test';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { extensionLaunchArgs, findChromium } from '../scripts/chromium-path.mjs';
import { HirempireContract } from '../tests/api/contract';
import { DEMO_TOKEN } from '../tests/api/seed';
import { serveBoardPage } from '../tests/e2e/board-site';

/**
 * The bench's browser: the e2e rig's sandbox (same Chromium, same flags, API answered at once
 * by the local contract, every other request refused), plus the bench's own pages:
 * - `https://bench.hirempire.test/…`: pages where the content script never runs (baselines);
 * - `https://www.linkedin.com/…?hirempire-bench=…`: the same pages where it does.
 */
export const API_ORIGIN = 'https://api.hirempire.com';
export const BASELINE_ORIGIN = 'https://bench.hirempire.test';
export const LINKEDIN_ORIGIN = 'https://www.linkedin.com';
export const POPUP_SIZE = { width: 420, height: 600 };

export type PageServer = (url: URL) => { contentType: string; body: string } | null;

export interface BenchBrowser {
  context: BrowserContext;
  api: HirempireContract;
  extensionUrl: (page: string) => string;
  /** Sends one protocol message from a trusted extension page, as the popup does. */
  ask: <T = unknown>(message: unknown) => Promise<T>;
  /**
   * Waits until the worker answers at once again (two quick round trips in a row): after a
   * lookup it is still filing the answer (cache, badge, menu) when the popup has its rows.
   */
  workerIdle: (maxMs?: number) => Promise<void>;
  /** Runs a function in an extension page (storage access for cache set-up). */
  inExtension: <R>(fn: (arg: string) => R | Promise<R>, arg: string) => Promise<R>;
  close: () => Promise<void>;
}

export async function launchBench(extensionDir: string, serve: PageServer): Promise<BenchBrowser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'hirempire-bench-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath,
    headless: true,
    args: extensionLaunchArgs(extensionDir),
  });
  const api = new HirempireContract();
  const close = async () => {
    await context.close().catch(() => undefined);
    rmSync(userDataDir, { recursive: true, force: true });
  };
  try {
    // Routes added later take precedence: the catch-all goes first.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort('internetdisconnected'),
    );
    await context.route(/^https:\/\/(www\.linkedin\.com|employers\.indeed\.com)\//, (route) => serveBoardPage(route));
    await context.route(`${API_ORIGIN}/**`, async (route) => {
      const request = route.request();
      const answer = await api.handle({ method: request.method(), url: request.url(), headers: request.headers() });
      if (answer === 'network-error') return route.abort('internetdisconnected');
      return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
    });
    const benchPage = (route: Route) => {
      const page = serve(new URL(route.request().url()));
      if (!page) return route.fulfill({ status: 404, contentType: 'text/plain', body: 'not a bench page' });
      return route.fulfill({ status: 200, contentType: page.contentType, body: page.body });
    };
    await context.route(`${BASELINE_ORIGIN}/**`, benchPage);
    await context.route((url) => url.origin === LINKEDIN_ORIGIN && url.searchParams.has('hirempire-bench'), benchPage);

    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const extensionUrl = (page: string) => `chrome-extension://${extensionId}/${page}`;

    // A fresh install opens the settings in a tab by itself: wait for it (so nothing races it)
    // and make it the bench's control page (trusted, so it may message the worker and read storage).
    const optionsUrl = extensionUrl('options.html');
    const deadline = Date.now() + 10_000;
    let control: Page | undefined;
    while (!(control = context.pages().find((p) => p.url() === optionsUrl)) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    if (!control) {
      control = await context.newPage();
      await control.goto(optionsUrl);
    }
    await control.waitForLoadState();
    for (const page of context.pages()) if (page !== control) await page.close();
    // Then an extension document that runs none of the extension's code: unlike the settings page,
    // it does not receive every storage change (1.6 MB each time the 5,000-source job is cached).
    await control.goto(extensionUrl('manifest.json'));
    const controlPage = control;

    const ask = <T,>(message: unknown) => controlPage.evaluate((m) => chrome.runtime.sendMessage(m), message) as Promise<T>;
    const inExtension = <R,>(fn: (arg: string) => R | Promise<R>, arg: string) => controlPage.evaluate(fn, arg) as Promise<R>;

    const workerIdle = async (maxMs = 8000) => {
      const deadline = Date.now() + maxMs;
      for (let quick = 0; quick < 2 && Date.now() < deadline; ) {
        const started = Date.now();
        await ask({ type: 'setup.get' });
        quick = Date.now() - started < 30 ? quick + 1 : 0;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };

    const saved = await ask<{ ok: boolean; value?: object }>({ type: 'token.save', token: DEMO_TOKEN, origin: 'https://api.hirempire.com' });
    if (!saved?.ok || (saved.value && 'rejected' in saved.value)) throw new Error(`connect failed: ${JSON.stringify(saved)}`);
    return { context, api, extensionUrl, ask, workerIdle, inExtension, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** A fresh tab, as each popup opening or page visit is. */
export async function freshPage(context: BrowserContext, size?: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  if (size) await page.setViewportSize(size);
  return page;
}

/** Resolves after the page has had no DOM change for `quietMs` (bounded by `maxMs`). */
export async function domQuiet(page: Page, quietMs = 250, maxMs = 5000): Promise<void> {
  // A string, not a function: tsx wraps named inner functions in a helper the page does not have.
  await page.evaluate(`new Promise((resolve) => {
    let timer, limit, observer;
    const done = () => { observer.disconnect(); clearTimeout(timer); clearTimeout(limit); resolve(); };
    observer = new MutationObserver(() => { clearTimeout(timer); timer = setTimeout(done, ${quietMs}); });
    observer.observe(document, { childList: true, subtree: true, attributes: true, characterData: true });
    timer = setTimeout(done, ${quietMs});
    limit = setTimeout(done, ${maxMs});
  })`);
}
