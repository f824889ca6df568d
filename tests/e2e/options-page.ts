import type { BrowserContext, Locator, Page } from '@playwright/test';
import { expect, sendFromExtensionPage } from './fixtures';
import { DEMO_TOKEN } from '../api/seed';
import type { HirempireContract } from '../api/contract';

/** The options page as the e2e specs drive it: its sections, the worker's view of the setup, and the browser's host grants. */

export async function openOptions(context: BrowserContext, extensionUrl: (page: string) => string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(extensionUrl('options.html'));
  await expect(page.getByRole('heading', { level: 1, name: 'Hirempire settings' })).toBeVisible();
  await expect(page.getByTestId('token-status')).toBeVisible();
  return page;
}

export function section(page: Page, heading: string): Locator {
  return page.locator('section').filter({ has: page.getByRole('heading', { level: 2, name: heading, exact: true }) });
}

export async function setupState(page: Page) {
  const reply = await sendFromExtensionPage(page, { type: 'setup.get' });
  expect(reply.ok).toBe(true);
  return reply.value as {
    settings: { apiBaseUrl: string; boards: Record<'linkedin' | 'indeed', { enabled: boolean; sourceName: string }> };
    token: { state: string; checkedAt?: number; hint?: string };
  };
}

export async function saveTokenThroughPage(page: Page, token = DEMO_TOKEN) {
  const tokenSection = section(page, 'API token');
  await page.getByLabel('API token', { exact: true }).fill(token);
  await tokenSection.getByRole('button', { name: 'Save token' }).click();
  await expect(tokenSection.getByTestId('token-status')).toContainText('Connected');
}

/** Serves a second, custom Hirempire host from the same contract. */
export async function routeCustomHost(context: BrowserContext, api: HirempireContract, origin: string) {
  await context.route(`${origin}/**`, async (route) => {
    const request = route.request();
    const answer = await api.handle({ method: request.method(), url: request.url(), headers: request.headers() });
    if (answer === 'network-error') return route.abort('internetdisconnected');
    return route.fulfill({ status: answer.status, headers: answer.headers, body: answer.body });
  });
}

/**
 * Headless Chromium shows the permissions.request() prompt but nothing can answer it
 * (it is browser UI, out of reach of the page and of CDP), so the call never settles.
 * The browser has a second door a user can take: its own extension settings
 * (chrome://extensions → the extension → site access), backed by developerPrivate.
 * A host granted there is "already granted at runtime", and Chrome then answers the
 * extension's own permissions.request() with true without prompting. The grant alone
 * does NOT make permissions.contains() true: the page still has to make the request,
 * so the tests below cannot pass if the page skips it.
 */
export async function allowHostInBrowserSettings(context: BrowserContext, extensionId: string, origin: string) {
  const admin = await context.newPage();
  await admin.goto(`chrome://extensions/?id=${extensionId}`);
  await admin.evaluate(
    ([id, pattern]) =>
      (globalThis as unknown as { chrome: { developerPrivate: { addHostPermission(id: string, host: string): Promise<void> } } }).chrome.developerPrivate.addHostPermission(id, pattern),
    [extensionId, `${origin}/*`],
  );
  await admin.close();
}

export async function hostPermitted(page: Page, origin: string): Promise<boolean> {
  return page.evaluate((o) => (globalThis as unknown as { chrome: { permissions: { contains(p: object): Promise<boolean> } } }).chrome.permissions.contains({ origins: [`${o}/*`] }), origin);
}

export async function chooseImportFile(page: Page, name: string, content: string | Buffer) {
  const chooser = page.waitForEvent('filechooser');
  await section(page, 'Backup').getByRole('button', { name: 'Import settings…' }).click();
  await (await chooser).setFiles({ name, mimeType: 'application/json', buffer: Buffer.isBuffer(content) ? content : Buffer.from(content) });
}

