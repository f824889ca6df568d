import { pickMenuItem, pressCopyShortcut } from './browser-events';
import { expect, sendFromExtensionPage, test } from './fixtures';
import { BOARDS_JOB_ID, EXAMPLE_JOB_ID } from '../api/seed';

declare const chrome: any;

test('the toolbar badge shows the active job’s total visits and names the job', async ({ context, connect, extensionUrl, worker }) => {
  await connect();
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await sendFromExtensionPage(page, { type: 'jobs.open', jobId: BOARDS_JOB_ID });
  await sendFromExtensionPage(page, { type: 'jobs.label', jobId: BOARDS_JOB_ID, label: 'Senior Backend – Paris' });
  await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: BOARDS_JOB_ID });
  // 824 + 391 + 57 + 12 visits in the seed.
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('1.3K');
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('Hirempire: Senior Backend – Paris: 1,284 visits');

  await sendFromExtensionPage(page, { type: 'jobs.open', jobId: EXAMPLE_JOB_ID });
  await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('178');
});

test('the badge shows "!" once the API refuses the token', async ({ api, context, connect, extensionUrl, worker }) => {
  await connect();
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await sendFromExtensionPage(page, { type: 'jobs.open', jobId: EXAMPLE_JOB_ID });
  api.tokens.clear();
  const reply = await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  expect(reply.value.error.kind).toBe('invalid-token');
  await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe('Hirempire: https://api.hirempire.com did not accept your API token. Open the settings to paste a token for that server.');
});

test('both shortcuts are declared and can be remapped by the browser', async ({ worker }) => {
  const commands: Array<{ name: string; shortcut: string; description: string }> = await worker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
  expect(byName._execute_action.shortcut).toBe('Alt+Shift+H');
  expect(byName['copy-board-link'].shortcut).toBe('Alt+Shift+L');
  expect(byName['copy-board-link'].description).toMatch(/tracked link/);
});

test('the context menu offers the active job’s sources: each board’s own first, then all of them on every page', async ({ context, connect, extensionUrl, worker }) => {
  await connect();
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await sendFromExtensionPage(page, { type: 'jobs.open', jobId: BOARDS_JOB_ID });
  await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: BOARDS_JOB_ID });
  // contextMenus has no "list" call; update() on a missing id fails, so it proves which items exist.
  const exists = (id: string) =>
    worker.evaluate((menuId) => chrome.contextMenus.update(menuId, {}).then(() => true, () => false), id);
  await expect.poll(() => exists('insert-source:linkedin:b0a4d1c2-1111-4a11-8a11-000000000001')).toBe(true);
  // One "Insert tracked link" for every page (any job board, on demand), not one per board.
  expect(await exists('insert-link')).toBe(true);
  expect(await exists('insert-link:linkedin')).toBe(false);
  expect(await exists('insert-source:indeed:b0a4d1c2-2222-4a22-8a22-000000000002')).toBe(true);
  expect(await exists('insert-source:all:b0a4d1c2-2222-4a22-8a22-000000000002')).toBe(true);
  expect(await exists('insert-source:linkedin:no-such-source')).toBe(false);
});

/**
 * A real keyboard shortcut or native context menu cannot be pressed in headless Chromium, so these
 * tests call the worker's own handlers with what the browser passes them (browser-events.ts), or
 * send, from the worker, exactly the message those handlers send, and check what the recruiter
 * sees on the page.
 */
async function postingPageWithActiveJob(context: import('@playwright/test').BrowserContext, extensionUrl: (p: string) => string, path: string) {
  const setup = await context.newPage();
  await setup.goto(extensionUrl('options.html'));
  await sendFromExtensionPage(setup, { type: 'jobs.open', jobId: BOARDS_JOB_ID });
  await setup.close();
  const page = await context.newPage();
  await page.goto(`https://www.linkedin.com${path}`);
  await expect(page.locator('hirempire-link').first()).toBeAttached();
  return page;
}

/** Sends to the active tab's top frame, as the worker's handlers do. */
const sendToTab = (page: import('@playwright/test').Page, worker: import('@playwright/test').Worker, message: unknown) =>
  page.bringToFront().then(() =>
    worker.evaluate(async (message) => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      await chrome.tabs.sendMessage(tab.id, message, { frameId: 0 });
    }, message),
  );

test('the copy shortcut (the worker’s own onCommand handler) copies the board’s link for the active job and confirms', async ({ context, connect, extensionUrl, worker }) => {
  await connect();
  const page = await postingPageWithActiveJob(context, extensionUrl, '/job-posting/?trk=shortcut');
  await page.evaluate(() => navigator.clipboard.writeText('(nothing yet)'));
  // The worker's own commands.onCommand handler, with the tab Chrome passes.
  await pressCopyShortcut(worker, page);
  await expect(page.getByRole('status').filter({ hasText: 'LinkedIn link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('https://jobs.hirempire.com/acme/b0a4d1c2-1111-4a11-8a11-000000000001');
});

test('"Insert tracked link" from the context menu (the worker’s own onClicked handler) puts the chosen source’s link into the right-clicked field', async ({
  context,
  connect,
  extensionUrl,
  worker,
}) => {
  await connect();
  const page = await postingPageWithActiveJob(context, extensionUrl, '/job-posting/v2/');
  const description = page.getByRole('textbox', { name: 'Description' });
  await description.click();
  await page.keyboard.type('Apply here: ');
  await description.click({ button: 'right', position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  await description.press('End');
  const referral = { id: 'b0a4d1c2-3333-4a33-8a33-000000000003', trackedLink: 'https://jobs.hirempire.com/acme/b0a4d1c2-3333-4a33-8a33-000000000003' };
  // The menu lists the job's sources once they are known (the control's lookup cached them).
  await expect(page.getByRole('button', { name: 'Copy tracked link' }).first()).toBeVisible();
  // The worker's own contextMenus.onClicked handler, with the item picked and the tab, as Chrome calls it.
  await pickMenuItem(worker, page, `insert-source:all:${referral.id}`);
  await expect(page.getByRole('status').filter({ hasText: 'Referral link inserted' })).toBeVisible();
  await expect(description).toContainText(`Apply here: ${referral.trackedLink}`);
});

test('a page script cannot pose as the worker to make the control insert', async ({ context, connect, extensionUrl, worker }) => {
  await connect();
  const page = await postingPageWithActiveJob(context, extensionUrl, '/job-posting/v2/');
  const description = page.getByRole('textbox', { name: 'Description' });
  await description.click({ button: 'right', position: { x: 5, y: 5 } });
  await page.keyboard.press('Escape');
  // Pages have no channel to the content script's runtime.onMessage: without externally_connectable
  // chrome.runtime is absent from the page world, and window messages are not listened to.
  expect(await page.evaluate(() => typeof (window as any).chrome?.runtime?.sendMessage)).toBe('undefined');
  await page.evaluate(() => window.postMessage({ type: 'tab.insertLink', source: { name: 'Evil', trackedLink: 'https://evil.test/' } }, '*'));
  // The worker's own message, sent after the page's, is the only one that lands.
  const referral = { name: 'Referral', trackedLink: 'https://jobs.hirempire.com/acme/b0a4d1c2-3333-4a33-8a33-000000000003' };
  await sendToTab(page, worker, { type: 'tab.insertLink', source: referral });
  await expect(description).toContainText(referral.trackedLink);
  await expect(description).not.toContainText('evil.test');
});

test('the board’s page scripts cannot press the control’s buttons (open shadow root, synthetic events ignored)', async ({
  context,
  connect,
  extensionUrl,
}) => {
  await connect();
  const page = await postingPageWithActiveJob(context, extensionUrl, '/job-posting/v2/');
  const website = page.getByRole('textbox', { name: 'Website URL', exact: true });
  await expect(website).toHaveValue('');
  // A page script reaches into the open shadow root and clicks "Insert link".
  await page.evaluate(() => {
    for (const host of document.querySelectorAll('hirempire-link')) {
      for (const button of host.shadowRoot!.querySelectorAll('button')) if (button.textContent === 'Insert link') button.click();
    }
  });
  // The recruiter's real click, afterwards, is the one that inserts.
  const control = page.locator('hirempire-link[data-kind="apply-url"]');
  await control.getByRole('button', { name: 'Insert link' }).click();
  await expect(control.getByRole('status')).toHaveText('LinkedIn link inserted');
  await expect(website).toHaveValue('https://jobs.hirempire.com/acme/b0a4d1c2-1111-4a11-8a11-000000000001');
});
