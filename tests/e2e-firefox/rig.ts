import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { HirempireContract } from '../api/contract';
import { boardPageFor } from '../e2e/board-site';
import { findFirefox } from '../../scripts/firefox-path.mjs';

/**
 * The Firefox rig: Debian's Firefox ESR driven by puppeteer-core over WebDriver BiDi
 * (Playwright's Firefox needs its own patched build). The production build is installed
 * as a temporary add-on. Every hostname resolves to one local HTTPS server on
 * 127.0.0.1:443 (pref network.dns.forceResolve), which answers the Hirempire contract and
 * the board fixtures, refuses everything else, and records every request with its headers
 * (Firefox's own background requests included): nothing leaves the machine.
 */
export const EXTENSION_DIR = path.resolve(process.env.HIREMPIRE_FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3');
const manifest = JSON.parse(readFileSync(path.join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
export const GECKO_ID: string = manifest.browser_specific_settings.gecko.id;
/** Fixed by the pref extensions.webextensions.uuids, so moz-extension:// URLs are known in advance. */
export const EXTENSION_UUID = '5f0c2a6e-8d4b-4e1f-9a3c-7b2d1e0f4a5c';
export const EXTENSION_ORIGIN = `moz-extension://${EXTENSION_UUID}`;
export const extensionUrl = (file: string) => `${EXTENSION_ORIGIN}/${file}`;
export const API_HOST = 'api.hirempire.com';
export const API_ORIGIN = `https://${API_HOST}`;
export const BOARD_HOSTS = ['www.linkedin.com', 'employers.indeed.com'];

export interface SeenRequest {
  host: string;
  url: string;
  headers: Record<string, string | undefined>;
}

export interface Site {
  api: HirempireContract;
  /** Every request the server received, in order. */
  requests: SeenRequest[];
  close(): Promise<void>;
}

/** A certificate for the API and both boards, made now, so no key is ever committed. */
function makeCertificate(dir: string) {
  const names = [API_HOST, ...BOARD_HOSTS].map((host) => `DNS:${host}`).join(',');
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=hirempire-e2e', '-addext', `subjectAltName=${names}`,
      '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')],
    { stdio: 'ignore' },
  );
  return { key: readFileSync(path.join(dir, 'key.pem')), cert: readFileSync(path.join(dir, 'cert.pem')) };
}

export async function startSite(api = new HirempireContract()): Promise<Site> {
  const dir = mkdtempSync(path.join(tmpdir(), 'hirempire-ff-cert-'));
  const requests: SeenRequest[] = [];
  const server: Server = createServer(makeCertificate(dir), async (req, res) => {
    const host = (req.headers.host ?? '').replace(/:443$/, '');
    const url = new URL(req.url ?? '/', `https://${host}`);
    const headers = Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v.join(', ') : v]));
    requests.push({ host, url: url.href, headers });
    if (host === API_HOST) {
      const answer = await api.handle({ method: req.method ?? 'GET', url: url.href, headers });
      if (answer === 'network-error') return void req.socket.destroy();
      return void res.writeHead(answer.status, answer.headers).end(answer.body);
    }
    if (BOARD_HOSTS.includes(host)) {
      const page = boardPageFor(url);
      return void res.writeHead(page.status, { 'Content-Type': page.contentType, ...page.headers }).end(page.body);
    }
    // Firefox's own background traffic (remote settings and the like), and anything else.
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not served in tests');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(error.code === 'EACCES' ? new Error('Port 443 needs root (or CAP_NET_BIND_SERVICE) for the Firefox e2e server') : error),
    );
    server.listen(443, '127.0.0.1', resolve);
  });
  return {
    api,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
        rmSync(dir, { recursive: true, force: true });
      }),
  };
}

export interface LaunchOptions {
  /** intl.locale.requested: the UI language Firefox (and browser.i18n) use. Needs the language pack (firefox-esr-l10n-<lang>). */
  locale?: string;
}

/** Starts Firefox ESR with the production build installed as a temporary add-on. */
export async function launchFirefox({ locale }: LaunchOptions = {}): Promise<Browser> {
  const executablePath = findFirefox();
  if (!executablePath) throw new Error('No Firefox: apt-get install -y firefox-esr, or set FIREFOX_PATH');
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    acceptInsecureCerts: true,
    // Since Firefox 153, WebDriver may open moz-extension:// pages only with this flag.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
      'network.dns.forceResolve': '127.0.0.1',
      // Debian's language packs (firefox-esr-l10n-*) sit in the application scope, which puppeteer's
      // profile enables; the language must still be asked for.
      ...(locale ? { 'intl.locale.requested': locale } : {}),
    },
  });
  await browser.installExtension(EXTENSION_DIR);
  return browser;
}

/**
 * Opens an extension page in a new tab. Over BiDi, a moz-extension:// navigation never
 * reports "load": wait for the document instead (the page is unreachable for a moment
 * while it replaces about:blank, so each look may fail).
 */
export async function openExtensionPage(browser: Browser, file: string): Promise<Page> {
  const page = await browser.newPage();
  const url = extensionUrl(file);
  void page.goto(url, { waitUntil: [] as never }).catch(() => undefined);
  await poll(`${url} to load`, () => page.evaluate((u) => location.href === u && document.readyState === 'complete', url).catch(() => false));
  await page.bringToFront();
  return page;
}

/** Asks `check` every 100 ms until it is true (15 s at most): for what no page can wait for itself. */
export async function poll(what: string, check: () => Promise<unknown>, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** The tab showing `url` now, if any (pages opened by the extension itself, like the first-run options page). */
export async function findPage(browser: Browser, url: string): Promise<Page | undefined> {
  for (const page of await browser.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (href === url) return page;
  }
  return undefined;
}

/** Waits until `predicate(arg)` is true in the page; the one way this suite waits for the DOM. */
export async function until<A>(page: Page, predicate: (arg: A) => unknown, arg: A, timeout = 10_000): Promise<void> {
  await page.waitForFunction(predicate as never, { timeout, polling: 'mutation' }, arg as never);
}

/**
 * The element with this accessible role and name (exact), from Firefox's accessibility tree
 * (BiDi's accessibility locator). That locator does not enter shadow roots: see `buttonIn`.
 */
export async function byRole(scope: Page | ElementHandle, role: string, name: string, timeout = 10_000): Promise<ElementHandle> {
  const selector = `::-p-aria([name=${JSON.stringify(name)}][role=${JSON.stringify(role)}])`;
  const handle = await scope.waitForSelector(selector, { timeout });
  if (!handle) throw new Error(`No ${role} named “${name}”`);
  return handle as ElementHandle;
}

/** A button inside `host`'s open shadow root, by its accessible name (aria-label, else its text). */
export async function buttonIn(page: Page, host: string, name: string, timeout = 10_000): Promise<ElementHandle> {
  let found: ElementHandle | undefined;
  await poll(`button “${name}” in ${host}`, async () => {
    for (const button of await page.$$(`${host} >>> button`)) {
      const label = await button.evaluate((el) => el.getAttribute('aria-label') ?? el.textContent?.trim() ?? '');
      if (label === name) return (found = button as ElementHandle);
    }
    return false;
  }, timeout);
  return found!;
}

export async function textOf(handle: ElementHandle): Promise<string> {
  return handle.evaluate((element) => (element as HTMLElement).innerText ?? element.textContent ?? '');
}

/** Types into a field with real key presses, replacing what it held. */
export async function typeInto(page: Page, field: ElementHandle, text: string) {
  await field.click({ count: 3 });
  await page.keyboard.down('Control');
  await page.keyboard.press('a');
  await page.keyboard.up('Control');
  await page.keyboard.press('Backspace');
  await field.type(text);
}

async function withScratchField<T>(browser: Browser, use: (page: Page, field: ElementHandle) => Promise<T>): Promise<T> {
  const page = await browser.newPage();
  try {
    await page.setContent('<textarea aria-label="Scratch"></textarea>');
    await page.bringToFront();
    const field = (await page.$('textarea'))!;
    await field.focus();
    return await use(page, field);
  } finally {
    await page.close();
  }
}

async function chord(page: Page, key: string) {
  await page.keyboard.down('Control');
  await page.keyboard.press(key as never);
  await page.keyboard.up('Control');
}

/** Reads the system clipboard the way a recruiter would: Ctrl+V into a text field. */
export async function readClipboard(browser: Browser): Promise<string> {
  return withScratchField(browser, async (page, field) => {
    await chord(page, 'v');
    return field.evaluate((el) => (el as HTMLTextAreaElement).value);
  });
}

/** Puts text on the system clipboard with Ctrl+C, so a later copy is seen to replace it. */
export async function writeClipboard(browser: Browser, text: string) {
  await withScratchField(browser, async (page, field) => {
    await field.type(text);
    await chord(page, 'a');
    await chord(page, 'c');
  });
}

type BidiConnection = { send(method: string, params: object): Promise<{ result: any }> };

/**
 * Runs an async function's source in Firefox's privileged (chrome) scope, in the browser
 * window, and returns its result as BiDi serialises it. Allowed by --remote-allow-system-access;
 * used only to reach what WebDriver does not: the content script's world, the event page's state.
 */
async function inChromeScope(browser: Browser, functionDeclaration: string): Promise<any> {
  const connection = (browser as unknown as { connection: BidiConnection }).connection;
  const tree = await connection.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const chromeWindow = tree.result.contexts.find((c: { url: string }) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!chromeWindow) throw new Error('No browser window in the chrome scope');
  const { result } = await connection.send('script.callFunction', {
    functionDeclaration,
    target: { context: chromeWindow.context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (result.type === 'exception') throw new Error(`privileged call failed: ${JSON.stringify(result.exceptionDetails).slice(0, 500)}`);
  return result.result;
}

/**
 * Runs `fn(arg)` inside our content script's own sandbox on the tab showing `pageUrl`,
 * and returns its JSON result. BiDi does not list content-script realms, so this goes
 * through the chrome scope: a frame script in that tab's content process finds the
 * extension's content-script context and evaluates there, with exactly the content
 * script's principal and `browser` API.
 */
export async function inContentScript<A, R>(browser: Browser, pageUrl: string, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const frameScript = `
    const { ExtensionContent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionContent.sys.mjs');
    const { ExtensionProcessScript } = ChromeUtils.importESModule('resource://gre/modules/ExtensionProcessScript.sys.mjs');
    const reply = (value) => sendAsyncMessage('hirempire-e2e-probe', value);
    try {
      const extension = ExtensionProcessScript.getExtensionChild(${JSON.stringify(GECKO_ID)});
      const context = ExtensionContent.getContext(extension, content);
      // tsx names inner functions through a __name helper: give the probe a harmless one.
      const result = Cu.evalInSandbox(${JSON.stringify(`var __name = (f) => f; (${fn.toString()})(${JSON.stringify(arg)})`)}, context.sandbox);
      Promise.resolve(result).then((v) => reply(JSON.stringify({ value: v })), (e) => reply(JSON.stringify({ error: String(e) })));
    } catch (e) {
      reply(JSON.stringify({ error: String(e) }));
    }`;
  const result = await inChromeScope(
    browser,
    `async () => {
      const tab = gBrowser.tabs.find((t) => t.linkedBrowser.currentURI.spec === ${JSON.stringify(pageUrl)});
      if (!tab) return JSON.stringify({ error: 'no tab at ' + ${JSON.stringify(pageUrl)} });
      const mm = tab.linkedBrowser.messageManager;
      return new Promise((resolve) => {
        const listener = (message) => { mm.removeMessageListener('hirempire-e2e-probe', listener); resolve(message.data); };
        mm.addMessageListener('hirempire-e2e-probe', listener);
        mm.loadFrameScript('data:,' + encodeURIComponent(${JSON.stringify(frameScript)}), false);
      });
    }`,
  );
  const reply = JSON.parse(result.value) as { value?: R; error?: string };
  if (reply.error) throw new Error(`in the content script: ${reply.error}`);
  return reply.value as R;
}

/** The event page's state: 'starting', 'running', 'suspending' or 'stopped'. */
export async function eventPageState(browser: Browser): Promise<string> {
  const result = await inChromeScope(browser, `async () => WebExtensionPolicy.getByID(${JSON.stringify(GECKO_ID)}).extension.backgroundState`);
  return result.value;
}

/**
 * Stops the event page, as Firefox does after it has been idle (and as about:debugging's
 * "Terminate background script" does): everything it held in memory is gone.
 */
export async function stopEventPage(browser: Browser): Promise<void> {
  await inChromeScope(
    browser,
    `async () => {
      const { ExtensionParent } = ChromeUtils.importESModule('resource://gre/modules/ExtensionParent.sys.mjs');
      await ExtensionParent.DebugUtils.terminateBackgroundScript(${JSON.stringify(GECKO_ID)});
    }`,
  );
}

/** Everything a page holds as text in its own world: HTML, open shadow roots, field values. */
export async function everythingOnPage(page: Page): Promise<string> {
  return page.evaluate(EVERYTHING_ON_PAGE) as Promise<string>;
}

// A string, not a function: tsx would wrap the inner function in a helper the page does not have.
const EVERYTHING_ON_PAGE = `(() => {
  const out = [document.documentElement.outerHTML];
  const visit = (root) => {
    for (const element of root.querySelectorAll('*')) {
      if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement) out.push(element.value);
      if (element.shadowRoot) {
        out.push(element.shadowRoot.innerHTML);
        visit(element.shadowRoot);
      }
    }
  };
  visit(document);
  return out.join('\\n');
})()`;
