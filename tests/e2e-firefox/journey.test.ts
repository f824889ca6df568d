import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { Browser, Page } from 'puppeteer-core';
import { BOARDS_JOB_ID, DEMO_TOKEN, EXAMPLE_JOB_ID, UNKNOWN_JOB_ID, seedJobs } from '../api/seed';
import {
  API_HOST,
  API_ORIGIN,
  EXTENSION_ORIGIN,
  byRole,
  eventPageState,
  everythingOnPage,
  extensionUrl,
  findPage,
  inContentScript,
  launchFirefox,
  openExtensionPage,
  poll,
  readClipboard,
  startSite,
  stopEventPage,
  textOf,
  typeInto,
  until,
  writeClipboard,
  type Site,
} from './rig';
import { bodyText, controlButton, controlCount, controlSelector, controlStatus, lookUp, openBoard as openBoardIn, row, untilText } from './pages';

/**
 * The recruiter's journey in Firefox ESR, on the production Firefox build, in one browser:
 * install → settings (a wrong token, then the right one) → popup → both boards → what the
 * pages and the content script can see → a hostile answer → offline. The steps build on
 * each other, as the recruiter's day does; each one asserts what it claims on its own.
 */
let site: Site;
let browser: Browser;

const linkOf = (jobId: string, name: string) =>
  seedJobs().find((job) => job.job_id === jobId)!.sources.find((source) => source.source_name === name)!.source_url;
const LINKEDIN_LINK = linkOf(BOARDS_JOB_ID, 'LinkedIn');
const INDEED_LINK = linkOf(BOARDS_JOB_ID, 'Indeed');
const WRONG_TOKEN = 'sk-not-a-real-token-000000000000';
const openBoard = (url: string) => openBoardIn(browser, url);

before(async () => {
  site = await startSite();
  browser = await launchFirefox();
});

after(async () => {
  await browser?.close();
  await site?.close();
});

describe('Firefox ESR: the recruiter’s journey on the production build', () => {
  let options: Page;
  let popup: Page;

  test('install: the add-on installs as an event page and opens its settings, ready for the token', async () => {
    // The first-run options page is opened by the extension itself: find its tab.
    const url = extensionUrl('options.html');
    await poll('the first-run settings page', async () => (options = (await findPage(browser, url))!));
    assert.ok(options, 'the settings page opened on install');
    await byRole(options, 'heading', 'Hirempire settings');
    await untilText(options, 'Not set up');
    // Firefox runs the MV3 background as an event page: a document, not a service worker.
    const background = await options.evaluate(async () => {
      const manifest = (globalThis as any).browser.runtime.getManifest();
      return manifest.background;
    });
    assert.deepEqual(background.scripts, [`${EXTENSION_ORIGIN}/background.js`]);
    assert.ok(!background.service_worker);
  });

  test('settings: a wrong token is refused with a plain message, then the right one connects', async () => {
    await options.bringToFront();
    const field = await options.waitForSelector('#api-token');
    assert.ok(field);
    await typeInto(options, field, WRONG_TOKEN);
    await (await byRole(options, 'button', 'Save token')).click();
    await untilText(options, `${API_ORIGIN} did not accept this token`);
    assert.equal(await field.evaluate((el) => el.getAttribute('aria-invalid')), 'true');
    assert.match(await textOf((await options.$('[data-testid="token-status"]'))!), /Not set up/);
    assert.ok(site.requests.some((r) => r.host === API_HOST && r.headers.authorization === `Bearer ${WRONG_TOKEN}`));

    await typeInto(options, field, DEMO_TOKEN);
    await (await byRole(options, 'button', 'Save token')).click();
    await until(options, () => /Connected/.test(document.querySelector('[data-testid="token-status"]')?.textContent ?? ''), null);
    const status = await textOf((await options.$('[data-testid="token-status"]'))!);
    assert.match(status, /ends in cdef/);
    assert.ok(!status.includes(DEMO_TOKEN));
  });

  test('popup: the documented example shows LinkedIn 142, Referral 36, 178 in all', async () => {
    popup = await openExtensionPage(browser, 'popup.html');
    await lookUp(popup, EXAMPLE_JOB_ID);
    await untilText(popup, '178 visits · 2 sources');
    assert.match(await textOf(await row(popup, 'LinkedIn')), /142 visits · 80%/);
    assert.match(await textOf(await row(popup, 'Referral')), /36 visits · 20%/);
    assert.ok(site.requests.some((r) => r.host === API_HOST && new URL(r.url).searchParams.get('job_id') === EXAMPLE_JOB_ID));
  });

  test('popup: Copy puts the link on the system clipboard', async () => {
    await writeClipboard(browser, 'nothing copied yet');
    await popup.bringToFront();
    await (await byRole(await row(popup, 'LinkedIn'), 'button', 'Copy LinkedIn link')).click();
    await untilText(popup, 'LinkedIn link copied');
    assert.equal(await readClipboard(browser), linkOf(EXAMPLE_JOB_ID, 'LinkedIn'));
  });

  test('popup: a job Hirempire does not have (404) says so', async () => {
    await popup.bringToFront();
    await lookUp(popup, UNKNOWN_JOB_ID);
    await untilText(popup, `Hirempire has no job ${UNKNOWN_JOB_ID}`);
    assert.ok(site.requests.some((r) => new URL(r.url).searchParams.get('job_id') === UNKNOWN_JOB_ID));
  });

  test('popup: reopening shows the last job looked up', async () => {
    await lookUp(popup, BOARDS_JOB_ID);
    await untilText(popup, '1,284 visits · 4 sources');
    await popup.close();
    popup = await openExtensionPage(browser, 'popup.html');
    await untilText(popup, '1,284 visits · 4 sources');
    assert.match(await textOf(await row(popup, 'Indeed')), /391 visits/);
  });

  test('LinkedIn: the website field’s control copies the LinkedIn link and inserts it into the field (and the app’s state)', async () => {
    const page = await openBoard('https://www.linkedin.com/job-posting/v2/?companyId=1234567');
    await page.waitForSelector(controlSelector('description'));
    await page.waitForSelector(controlSelector('apply-url'));

    await writeClipboard(browser, 'nothing copied yet');
    await page.bringToFront();
    await (await controlButton(page, 'apply-url', 'Copy tracked link')).click();
    await controlStatus(page, 'apply-url', 'LinkedIn link copied');
    assert.equal(await readClipboard(browser), LINKEDIN_LINK);

    await page.bringToFront();
    await (await controlButton(page, 'apply-url', 'Insert link')).click();
    await controlStatus(page, 'apply-url', 'LinkedIn link inserted');
    const input = await byRole(page, 'textbox', 'Website URL');
    assert.equal(await input.evaluate((el) => (el as HTMLInputElement).value), LINKEDIN_LINK);
    assert.equal(await page.evaluate(() => (window as any).__fixture.state.applyUrl), LINKEDIN_LINK);
    await page.close();
  });

  test('Indeed: the description’s control copies the Indeed link and inserts it at the caret, into the editor’s model', async () => {
    const page = await openBoard('https://employers.indeed.com/job-posting/from-scratch/job-description');
    const editor = (await page.waitForSelector('[role="textbox"][aria-labelledby="job-description-label"]'))!;

    await writeClipboard(browser, 'nothing copied yet');
    await page.bringToFront();
    await (await controlButton(page, 'description', 'Copy tracked link')).click();
    await controlStatus(page, 'description', 'Indeed link copied');
    assert.equal(await readClipboard(browser), INDEED_LINK);

    await page.bringToFront();
    await editor.click();
    await page.keyboard.type('Apply today');
    for (let i = 0; i < 5; i++) await page.keyboard.press('ArrowLeft');
    await (await controlButton(page, 'description', 'Insert link')).click();
    await controlStatus(page, 'description', 'Indeed link inserted');
    assert.equal(await textOf(editor), `Apply ${INDEED_LINK} today`);
    assert.equal(await page.evaluate(() => (window as any).__fixture.description), `Apply ${INDEED_LINK} today`);
    await page.close();
  });

  test('event page: stopped as Firefox does when idle, even mid-lookup, it wakes for the popup and the boards', async () => {
    await popup.bringToFront();
    await stopEventPage(browser);
    assert.equal(await eventPageState(browser), 'stopped');
    await lookUp(popup, EXAMPLE_JOB_ID);
    // The cached rows come straight from the answers' database; the refresh behind them wakes the event page.
    await untilText(popup, '178 visits · 2 sources');
    await poll('the popup’s refresh to wake the event page', async () => (await eventPageState(browser)) === 'running');

    // Stopped while the API is still answering: the popup asks again and gets its answer.
    site.api.addVisits(BOARDS_JOB_ID, 'LinkedIn', 10);
    site.api.setFault({ kind: 'latency', ms: 3_000 }, 1);
    const before = site.requests.length;
    await lookUp(popup, BOARDS_JOB_ID);
    await poll('the lookup to reach the API', async () => site.requests.slice(before).some((r) => r.host === API_HOST));
    await stopEventPage(browser);
    await untilText(popup, '1,294 visits · 4 sources', 20_000);

    await stopEventPage(browser);
    const page = await openBoard('https://www.linkedin.com/job-posting/v2/');
    await controlButton(page, 'apply-url', 'Copy tracked link');
    assert.equal(await eventPageState(browser), 'running');
    await page.close();
  });

  test('in-page navigation: controls come with the posting form and leave with it, Back and Forward too', async () => {
    const page = await openBoard('https://www.linkedin.com/feed/');
    await byRole(page, 'heading', 'Feed');
    const go = async (name: string) => (await byRole(page, 'link', name)).click();

    await go('Post a job');
    await until(page, () => document.querySelectorAll('hirempire-link').length > 0, null);
    await go('Home');
    await byRole(page, 'heading', 'Feed');
    await until(page, () => document.querySelectorAll('hirempire-link').length === 0, null);

    await page.goBack({ waitUntil: [] as never }).catch(() => undefined);
    await until(page, () => document.querySelectorAll('hirempire-link').length > 0, null);
    await page.goForward({ waitUntil: [] as never }).catch(() => undefined);
    await byRole(page, 'heading', 'Feed');
    await until(page, () => document.querySelectorAll('hirempire-link').length === 0, null);
    assert.equal(await controlCount(page), 0);
    await page.close();
  });

  test('token confinement: only the API’s requests carry it; no page holds it; the content script cannot read it', async () => {
    const board = await openBoard('https://www.linkedin.com/job-posting/v2/');
    await board.waitForSelector(controlSelector('apply-url'));
    const boardUrl = await board.evaluate(() => location.href);

    // Requests: every one that carried the token went to the API, and every API request
    // carried it; none of the board's or Firefox's own requests carried an Authorization header.
    const withToken = site.requests.filter((r) => JSON.stringify(r).includes(DEMO_TOKEN));
    assert.ok(withToken.length > 0);
    for (const request of withToken) assert.equal(request.host, API_HOST, request.url);
    for (const request of site.requests.filter((r) => r.host !== API_HOST)) {
      assert.equal(request.headers.authorization, undefined, request.url);
    }
    assert.ok(site.requests.some((r) => r.host === 'www.linkedin.com'));

    // Pages: the settings, the popup and the board hold nothing of it in their DOM.
    for (const page of [options, popup, board]) {
      assert.ok(!(await everythingOnPage(page)).includes(DEMO_TOKEN), await page.evaluate(() => location.href));
    }

    // The content script's own world. Firefox has no storage.setAccessLevel: what it can read is
    // what the extension put in storage.local and storage.sync. The token is in neither; the
    // vault is the extension origin's IndexedDB, and here IndexedDB is the page's.
    const seen = await inContentScript(browser, boardUrl, async (token: string) => {
      const api = (globalThis as any).browser;
      const area = async (name: string) => {
        if (!api.storage[name]) return { read: false };
        const items = await api.storage[name].get(null);
        return { read: true, keys: Object.keys(items).sort(), holdsToken: JSON.stringify(items).includes(token) };
      };
      const vaultStores = await new Promise<string[]>((resolve) => {
        const open = indexedDB.open('hirempire-vault');
        open.onsuccess = () => {
          const names = [...open.result.objectStoreNames];
          open.result.close();
          indexedDB.deleteDatabase('hirempire-vault');
          resolve(names);
        };
        open.onerror = () => resolve([]);
      });
      const ask = (message: unknown) => api.runtime.sendMessage(message).catch((e: unknown) => ({ threw: String(e) }));
      // Everything the control's shadow root holds, closed or open (a content script may see both).
      const shadows = [...document.querySelectorAll('hirempire-link')].map((el: any) => (el.openOrClosedShadowRoot ?? el.shadowRoot)?.innerHTML ?? '');
      return {
        origin: location.origin,
        local: await area('local'),
        session: await area('session'),
        sync: await area('sync'),
        databases: (await indexedDB.databases()).map((db) => db.name),
        vaultStores,
        tokenCheck: await ask({ type: 'token.check' }),
        setup: await ask({ type: 'setup.get' }),
        link: await ask({ type: 'board.link' }),
        shadowsHoldToken: shadows.some((html) => html.includes(token)),
        shadowsHoldLink: shadows.some((html) => html.length > 0),
      };
    }, DEMO_TOKEN);
    assert.equal(seen.origin, 'https://www.linkedin.com');
    assert.equal(seen.local.read, true, 'Firefox lets content scripts read storage.local');
    assert.equal(seen.local.holdsToken, false);
    assert.ok(seen.local.keys!.length > 0, 'storage.local holds the settings and cache, not the token');
    assert.deepEqual(seen.session, { read: false });
    assert.equal(seen.sync.holdsToken ?? false, false);
    assert.ok(!seen.databases.includes('hirempire-vault'));
    assert.deepEqual(seen.vaultStores, []);
    assert.equal(seen.tokenCheck.ok, false);
    assert.equal(seen.tokenCheck.error.kind, 'forbidden');
    assert.equal(seen.setup.error.kind, 'forbidden');
    assert.equal(seen.link.ok, true);
    // What the control shows: that a job is active, never which (issue 16, item 3).
    assert.equal(seen.link.value.hasJob, true);
    assert.ok(!JSON.stringify(seen.link).includes(BOARDS_JOB_ID.slice(0, 8)));
    assert.ok(!JSON.stringify(seen.link).includes(DEMO_TOKEN));
    assert.equal(seen.shadowsHoldToken, false);
    assert.ok(seen.shadowsHoldLink);
    await board.close();
  });

  test('a hostile answer: script links and markup in names stay text, nothing runs, and the message says so', async () => {
    site.api.setFault(
      {
        kind: 'custom',
        status: 200,
        body: JSON.stringify({
          success: true,
          job_id: EXAMPLE_JOB_ID,
          total_sources: 2,
          sources: [
            { id: 'x1', source_name: '<img src=x onerror="document.title=\'pwned\'">LinkedIn', source_url: 'javascript:document.title="pwned"', code: 'x', visits: 5, created_at: '2026-06-18T10:00:00.000Z' },
            { id: 'x2', source_name: 'Referral', source_url: 'https://jobs.hirempire.com/acme/x2', code: 'y', visits: 3, created_at: '2026-06-18T10:00:00.000Z' },
          ],
        }),
      },
      1,
    );
    await popup.bringToFront();
    await lookUp(popup, EXAMPLE_JOB_ID);
    await untilText(popup, 'not a secure https address');
    const hostile = await popup.evaluate(() => ({
      images: document.querySelectorAll('img[src="x"]').length,
      scriptLinks: [...document.querySelectorAll('[href], [src]')].filter((el) => /^\s*(javascript|data|vbscript):/i.test(el.getAttribute('href') ?? el.getAttribute('src') ?? '')).length,
      title: document.title,
    }));
    assert.deepEqual(hostile, { images: 0, scriptLinks: 0, title: hostile.title });
    assert.notEqual(hostile.title, 'pwned');
    assert.match(await bodyText(popup), /<img src=x/);
  });

  test('offline: the cached sources stay, marked offline with their time', async () => {
    // A good answer first (with the 10 visits gained above), so the cache holds it; then the network goes.
    await lookUp(popup, BOARDS_JOB_ID);
    await untilText(popup, '1,294 visits · 4 sources');
    site.api.setFault({ kind: 'network-error' });
    try {
      await popup.close();
      popup = await openExtensionPage(browser, 'popup.html');
      await untilText(popup, /Offline — as of/, 20_000);
      assert.match(await bodyText(popup), /1,294 visits · 4 sources/);
      assert.match(await textOf(await row(popup, 'LinkedIn')), /834 visits/);
    } finally {
      site.api.clearFault();
    }
  });
});
