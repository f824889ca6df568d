/**
 * The demo rig shared by `npm run demo` and `npm run store-assets`: a Chromium profile with the
 * production build loaded and already connected, the contract server (tests/api) standing in for
 * api.hirempire.com, and the boards' posting pages served from the test fixtures.
 *
 * The extension keeps its default API URL: Playwright answers https://api.hirempire.com/** by
 * forwarding each request over plain HTTP to the local contract server, so no custom host and no
 * permission prompt are involved. Every other request is refused, so the demo never touches the
 * real LinkedIn, Indeed or Hirempire.
 */
import { chromium, type BrowserContext, type Locator, type Page, type Route } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { findChromium } from './chromium-path.mjs';
import { HirempireContract } from '../tests/api/contract';
import { BOARDS_JOB_ID, DEMO_TOKEN, EXAMPLE_JOB_ID } from '../tests/api/seed';
import { startMockApi } from '../tests/api/server';
import { BOARD_PAGES, serveBoardPage } from '../tests/e2e/board-site';

export const API_ORIGIN = 'https://api.hirempire.com';
export const DEMO_JOB_LABEL = 'Senior Backend Engineer – Paris';
export const POPUP_SIZE = { width: 400, height: 600 };
export const PAGE_SIZE = { width: 1280, height: 800 };

/**
 * Posting-form URLs, most telling first (job-boards.md). The first one the boards' fixture table
 * serves is shown; when none is mapped yet, the first, which gets a plain placeholder page.
 */
const POSTING_PATHS = {
  linkedin: { host: 'www.linkedin.com', paths: ['/job-posting/', '/job-posting/v2/', '/hiring/jobs/job-posting/1234567890'] },
  indeed: {
    host: 'employers.indeed.com',
    paths: [
      '/job-posting/from-scratch/job-description',
      '/job-posting/from-scratch/getting-started',
      '/job-posting/from-scratch/review-job',
      '/p',
    ],
  },
} as const;

export function postingUrl(board: keyof typeof POSTING_PATHS, prefer: string[] = []): { url: string; fixture: string | null } {
  const { host, paths } = POSTING_PATHS[board];
  for (const pathname of [...prefer, ...paths]) {
    const page = BOARD_PAGES.find(([h, pattern]) => h === host && pattern.test(pathname));
    if (page) return { url: `https://${host}${pathname}`, fixture: page[2] };
  }
  return { url: `https://${host}${paths[0]}`, fixture: null };
}

export interface DemoSession {
  context: BrowserContext;
  extensionId: string;
  extensionUrl: (page: string) => string;
  apiUrl: string;
  /** A tab to use: the blank one the browser started with, else a new one. */
  newTab: () => Promise<Page>;
  /** Opens an extension page in a new tab and waits for its first heading. */
  openExtensionPage: (page: string, size?: { width: number; height: number }) => Promise<Page>;
  close: () => Promise<void>;
}

export interface DemoOptions {
  headless: boolean;
  /** 2 for crisp store images; 1 for the demo. */
  deviceScaleFactor?: number;
  /** The browser's interface language, which the extension's own follows (default en-US). */
  lang?: string;
}

/** `--lang=fr` on the command line, if given. */
export function langArgument(argv = process.argv): string | undefined {
  return argv.find((arg) => arg.startsWith('--lang='))?.slice('--lang='.length) || undefined;
}

/** The unpacked Chrome build to load: HIREMPIRE_EXTENSION_DIR, else <out>/chrome-mv3, built when missing. */
export function extensionDir(): string {
  if (process.env.HIREMPIRE_EXTENSION_DIR) return path.resolve(process.env.HIREMPIRE_EXTENSION_DIR);
  const dir = path.resolve(process.env.HIREMPIRE_OUT_DIR ?? '.output', 'chrome-mv3');
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.log(`No build in ${path.relative(process.cwd(), dir)}: building it (npx wxt build)…`);
    const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('The build failed; see above.');
  }
  return dir;
}

/** Answers a request to api.hirempire.com with what the local contract server says over HTTP. */
async function forwardToContract(route: Route, apiUrl: string) {
  const request = route.request();
  const original = new URL(request.url());
  const headers = Object.fromEntries(
    Object.entries(request.headers()).filter(([name]) => !['host', 'connection', 'content-length'].includes(name)),
  );
  try {
    const response = await fetch(`${apiUrl}${original.pathname}${original.search}`, {
      method: request.method(),
      headers,
      body: request.postData() ?? undefined,
      redirect: 'manual',
    });
    const body = Buffer.from(await response.arrayBuffer());
    const answer = Object.fromEntries(
      [...response.headers].filter(([name]) => !['connection', 'keep-alive', 'transfer-encoding', 'content-encoding', 'content-length'].includes(name)),
    );
    await route.fulfill({ status: response.status, headers: answer, body });
  } catch {
    // The contract server's "network-error" fault drops the connection: the extension sees the same.
    await route.abort('connectionreset');
  }
}

/** The settings tab the extension opens on install, once it is there (null if it does not come within `timeout`). */
async function installTab(context: BrowserContext, optionsUrl: string, timeout = 10_000): Promise<Page | null> {
  for (const started = Date.now(); Date.now() - started < timeout; ) {
    const page = context.pages().find((p) => p.url() === optionsUrl);
    if (page) return page;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return null;
}

/** What a tracked link leads to in the demo: a page that says so, instead of the real Hirempire. */
function trackedLinkPage(route: Route) {
  const url = new URL(route.request().url());
  const body = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Hirempire demo</title>
<style>body{font:16px system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1b1f24}code{background:#eef1f4;padding:0 .25rem}</style>
<h1>Tracked link</h1><p>In real use, <code>${url.host}${url.pathname.replace(/[<>&"]/g, '')}</code> counts this visit for its source and
forwards the candidate to the job. This demo stops here.</p></html>`;
  return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body });
}

/** Starts the contract server and a Chromium with the extension, connected, with two recent jobs. */
export async function startDemo(options: DemoOptions): Promise<DemoSession> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('No Chromium found. Fix: apt-get install -y chromium   (or set CHROMIUM_PATH=/path/to/chromium)');
  const dir = extensionDir();

  const server = await startMockApi(0, new HirempireContract());
  const apiUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const userDataDir = mkdtempSync(path.join(tmpdir(), 'hirempire-demo-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: options.headless,
      viewport: PAGE_SIZE,
      deviceScaleFactor: options.deviceScaleFactor ?? 1,
      locale: options.lang ?? 'en-US',
      args: [
        `--lang=${options.lang ?? 'en-US'}`,
        `--disable-extensions-except=${dir}`,
        `--load-extension=${dir}`,
        '--no-sandbox',
        '--no-first-run',
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch (error) {
    await new Promise((resolve) => server.close(resolve));
    rmSync(userDataDir, { recursive: true, force: true });
    const firstLine = String(error instanceof Error ? error.message : error).split('\n')[0];
    throw new Error(
      options.headless
        ? `Chromium did not start: ${firstLine}`
        : `Chromium could not open a window on DISPLAY=${process.env.DISPLAY}. Run \`npm run demo -- --headless\` for screenshots instead.\n  (${firstLine})`,
    );
  }
  const close = async () => {
    await context.close().catch(() => undefined);
    await new Promise((resolve) => server.close(resolve));
    rmSync(userDataDir, { recursive: true, force: true });
  };

  try {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    // Routes added later take precedence: the catch-all goes first.
    await context.route(
      (url) => url.protocol === 'http:' || url.protocol === 'https:',
      (route) => route.abort('internetdisconnected'),
    );
    await context.route(/^https:\/\/(www\.linkedin\.com|employers\.indeed\.com)\//, (route) => serveBoardPage(route));
    await context.route('https://jobs.hirempire.com/**', trackedLinkPage);
    await context.route(`${API_ORIGIN}/**`, (route) => forwardToContract(route, apiUrl));

    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const extensionId = new URL(worker.url()).host;
    const extensionUrl = (page: string) => `chrome-extension://${extensionId}/${page}`;

    // Connect and open two jobs through the worker, exactly as the options page and popup do.
    // On install the extension opens its settings in a tab (taking over a blank tab, or one that is loading
    // an extension page): wait for that tab and connect from it, as a new recruiter would, rather than race it.
    const setup = (await installTab(context, extensionUrl('options.html'))) ?? (await context.newPage());
    if (!setup.url().startsWith(extensionUrl(''))) await setup.goto(extensionUrl('options.html'));
    await setup.waitForLoadState();
    const ask = (message: unknown) => setup.evaluate((m) => chrome.runtime.sendMessage(m), message);
    const saved = await ask({ type: 'token.save', token: DEMO_TOKEN, origin: 'https://api.hirempire.com' });
    if (!saved?.ok || 'rejected' in saved.value) throw new Error(`Could not connect the demo token: ${JSON.stringify(saved)}`);
    for (const [jobId, label] of [
      [EXAMPLE_JOB_ID, 'Product Designer – Lyon'],
      [BOARDS_JOB_ID, DEMO_JOB_LABEL],
    ]) {
      await ask({ type: 'jobs.open', jobId });
      await ask({ type: 'jobs.label', jobId, label });
      // Warms the cache, so the badge shows the active job's visits and the popup opens with data.
      await ask({ type: 'sources.fetch', jobId });
    }
    // One blank tab left for the demo to reuse (closing the last tab would close a headed browser).
    await setup.goto('about:blank');
    for (const page of context.pages()) if (page !== setup) await page.close();

    const newTab = async () => context.pages().find((page) => page.url() === 'about:blank') ?? context.newPage();
    const openExtensionPage = async (name: string, size = PAGE_SIZE) => {
      const page = await newTab();
      await page.setViewportSize(size);
      await page.goto(extensionUrl(name));
      await page.getByRole('heading').first().waitFor();
      return page;
    };
    return { context, extensionId, extensionUrl, apiUrl, newTab, openExtensionPage, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * Waits for the element that shows a screen has settled, without failing the demo when the UI
 * has changed: says so and returns false, and the caller screenshots the page as it is.
 */
export async function settled(what: string, signal: Locator, timeout = 10_000): Promise<boolean> {
  try {
    await signal.first().waitFor({ timeout });
    return true;
  } catch {
    console.warn(`  ! ${what}: not seen; the screenshot shows the page as it is.`);
    return false;
  }
}

/** The popup once it shows the active job and its sources. */
export async function popupReady(page: Page) {
  const job = await settled(`popup: the active job "${DEMO_JOB_LABEL}"`, page.getByRole('heading', { name: DEMO_JOB_LABEL }));
  const sources = await settled('popup: the LinkedIn source', page.getByText('LinkedIn', { exact: true }));
  return job && sources;
}

/** The options page once the token section has loaded. */
export function optionsReady(page: Page) {
  return settled('options: the "API token" section', page.getByRole('heading', { name: 'API token' }));
}

/** A board page once its "Copy tracked link" control is in. */
export function boardControlReady(page: Page, board: string) {
  return settled(`${board}: the "Copy tracked link" control`, page.getByRole('button', { name: /tracked link/i }));
}
