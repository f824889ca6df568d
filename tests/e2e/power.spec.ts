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
  expect(await worker.evaluate(() => chrome.action.getTitle({}))).toContain('not accepted');
});

test('both shortcuts are declared and can be remapped by the browser', async ({ worker }) => {
  const commands: Array<{ name: string; shortcut: string; description: string }> = await worker.evaluate(() => chrome.commands.getAll());
  const byName = Object.fromEntries(commands.map((c) => [c.name, c]));
  expect(byName._execute_action.shortcut).toBe('Alt+Shift+H');
  expect(byName['copy-board-link'].shortcut).toBe('Alt+Shift+L');
  expect(byName['copy-board-link'].description).toMatch(/tracked link/);
});

test('the context menu offers the active job’s sources on both boards', async ({ context, connect, extensionUrl, worker }) => {
  await connect();
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await sendFromExtensionPage(page, { type: 'jobs.open', jobId: BOARDS_JOB_ID });
  await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: BOARDS_JOB_ID });
  // contextMenus has no "list" call; update() on a missing id fails, so it proves which items exist.
  const exists = (id: string) =>
    worker.evaluate((menuId) => chrome.contextMenus.update(menuId, {}).then(() => true, () => false), id);
  await expect.poll(() => exists('insert-source:linkedin:b0a4d1c2-1111-4a11-8a11-000000000001')).toBe(true);
  expect(await exists('insert-link:linkedin')).toBe(true);
  expect(await exists('insert-link:indeed')).toBe(true);
  expect(await exists('insert-source:indeed:b0a4d1c2-2222-4a22-8a22-000000000002')).toBe(true);
  expect(await exists('insert-source:linkedin:no-such-source')).toBe(false);
});
