import AxeBuilder from '@axe-core/playwright';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import { API_ORIGIN, expect, sendFromExtensionPage, test } from './fixtures';
import { DEMO_TOKEN, EXAMPLE_JOB_ID } from '../api/seed';
import {
  allowHostInBrowserSettings,
  chooseImportFile,
  hostPermitted,
  openOptions,
  routeCustomHost,
  saveTokenThroughPage,
  section,
  setupState,
} from './options-page';

/**
 * The options page, driven as a recruiter would: labels and roles, clicks and keys,
 * a real download and a real file chooser. The worker's answer to 'setup.get' is read
 * back to prove what was (or was not) saved.
 */

const CUSTOM_ORIGIN = 'https://hirempire.example.test';
const WRONG_TOKEN = 'sk-not-a-real-token-9999';

/** Presses Tab (only Tab) until `target` has focus. */
async function tabTo(page: Page, target: Locator, maxPresses = 40) {
  for (let i = 0; i < maxPresses; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Could not reach ${target} with Tab`);
}

/**
 * On a fresh profile the worker opens the options page by itself (onInstalled). If a
 * test opens options.html at that same moment, Chrome reuses that tab and the test's
 * navigation is interrupted; so every test first waits for the first-run page.
 */
test.beforeEach(async ({ context, extensionUrl }) => {
  await expect.poll(() => context.pages().some((p) => p.url() === extensionUrl('options.html'))).toBe(true);
});

test('first run: installing opens the options page, ready for the token', async ({ context, extensionUrl }) => {
  // Nobody opened it: the worker's onInstalled did.
  await expect.poll(() => context.pages().some((p) => p.url() === extensionUrl('options.html'))).toBe(true);
  const page = context.pages().find((p) => p.url() === extensionUrl('options.html'))!;
  await expect(page).toHaveTitle('Hirempire settings');
  const tokenSection = section(page, 'API token');
  await expect(tokenSection.getByTestId('token-status')).toContainText('Not set up');
  for (const heading of ['API token', 'Job boards', 'Advanced', 'Backup']) {
    await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeVisible();
  }
  // The page exists to take a token: the field is where the cursor is.
  await expect(page.getByLabel('API token', { exact: true })).toBeFocused();
  await expect(page.getByLabel('API token', { exact: true })).toHaveAttribute('type', 'password');
});

test('a wrong token is refused with a plain message and nothing is saved', async ({ context, extensionUrl, api }) => {
  const page = await openOptions(context, extensionUrl);
  const tokenSection = section(page, 'API token');
  await page.getByLabel('API token', { exact: true }).fill(WRONG_TOKEN);
  await tokenSection.getByRole('button', { name: 'Save token' }).click();

  await expect(tokenSection.getByRole('alert')).toHaveText(new RegExp(`^${API_ORIGIN.replace(/\./g, '\\.')} did not accept this token`));
  await expect(page.getByLabel('API token', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(tokenSection.getByTestId('token-status')).toContainText('Not set up');
  expect((await setupState(page)).token).toEqual({ state: 'none' });
  // It really was checked against the API, with the pasted token.
  expect(api.requests.some((r) => r.headers.authorization === `Bearer ${WRONG_TOKEN}`)).toBe(true);

  // An empty field is refused before anything is sent.
  const sent = api.requests.length;
  await page.getByLabel('API token', { exact: true }).fill('   ');
  await tokenSection.getByRole('button', { name: 'Save token' }).click();
  await expect(tokenSection.getByRole('alert')).toHaveText('Paste your Hirempire API token first.');
  expect(api.requests.length).toBe(sent);
});

test('a network failure while checking says what went wrong and saves nothing', async ({ context, extensionUrl, api }) => {
  const page = await openOptions(context, extensionUrl);
  const tokenSection = section(page, 'API token');
  api.setFault({ kind: 'network-error' });
  await page.getByLabel('API token', { exact: true }).fill(DEMO_TOKEN);
  await tokenSection.getByRole('button', { name: 'Save token' }).click();
  await expect(tokenSection.getByRole('alert')).toHaveText(/Could not check the token: Cannot reach Hirempire\. Check your internet connection/);
  await expect(tokenSection.getByTestId('token-status')).toContainText('Not set up');
  expect((await setupState(page)).token.state).toBe('none');

  // Server trouble gets its own words.
  api.setFault({ kind: 'unavailable' });
  await tokenSection.getByRole('button', { name: 'Save token' }).click();
  await expect(tokenSection.getByRole('alert')).toHaveText(/Could not check the token: Hirempire is having trouble/);
  expect((await setupState(page)).token.state).toBe('none');
});

test('a good token is checked, confirmed as connected, and only its last four characters are shown', async ({ context, extensionUrl, api }) => {
  const page = await openOptions(context, extensionUrl);
  const tokenSection = section(page, 'API token');
  const field = page.getByLabel('API token', { exact: true });

  // Pasted as copied from a curl example: "Bearer " prefix and stray spaces.
  await field.fill(`  Bearer ${DEMO_TOKEN}  `);
  await tokenSection.getByRole('button', { name: 'Show token' }).click();
  await expect(field).toHaveAttribute('type', 'text');
  await expect(field).toHaveValue(`  Bearer ${DEMO_TOKEN}  `);
  await tokenSection.getByRole('button', { name: 'Hide token' }).click();
  await expect(field).toHaveAttribute('type', 'password');

  // A slow API shows the page is busy checking, not silently waiting.
  api.setFault({ kind: 'latency', ms: 1500 }, 1);
  const before = Date.now();
  await tokenSection.getByRole('button', { name: 'Save token' }).click();
  await expect(tokenSection.getByRole('status')).toHaveText('Checking the token with Hirempire…');
  await expect(tokenSection.getByRole('button', { name: 'Checking…' })).toBeVisible();

  await expect(tokenSection.getByRole('status')).toHaveText(/^Connected\. Hirempire accepted the token ending in cdef/);
  const after = Date.now();
  const status = tokenSection.getByTestId('token-status');
  await expect(status).toContainText('Connected');
  await expect(status).toContainText('ends in cdef');
  await expect(status).not.toContainText(DEMO_TOKEN);
  await expect(field).toHaveValue('');

  // The last check time: when it happened, written with Intl in the browser's language.
  const time = status.locator('time');
  const checkedAt = Date.parse((await time.getAttribute('datetime'))!);
  expect(checkedAt).toBeGreaterThanOrEqual(before - 1000);
  expect(checkedAt).toBeLessThanOrEqual(after + 1000);
  const expected = await page.evaluate(
    (ms) => new Intl.DateTimeFormat(navigator.language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(ms)),
    checkedAt,
  );
  await expect(time).toHaveText(expected);

  const state = await setupState(page);
  expect(state.token).toMatchObject({ state: 'connected', hint: 'cdef', checkedAt });
  // Saved trimmed and without the prefix: the API received exactly the token.
  expect(api.requests.at(-1)!.headers.authorization).toBe(`Bearer ${DEMO_TOKEN}`);

  // "Check again" checks again.
  await tokenSection.getByRole('button', { name: 'Check again' }).click();
  await expect(tokenSection.getByRole('status')).toHaveText(/^Connected\. Checked /);
});

test('remove asks first, can be cancelled from the keyboard, and then forgets the token and the recent jobs', async ({ context, extensionUrl, connect }) => {
  await connect();
  const page = await openOptions(context, extensionUrl);
  await sendFromExtensionPage(page, { type: 'jobs.open', jobId: EXAMPLE_JOB_ID });
  await sendFromExtensionPage(page, { type: 'jobs.label', jobId: EXAMPLE_JOB_ID, label: 'Senior Backend – Paris' });
  const tokenSection = section(page, 'API token');
  await expect(tokenSection.getByTestId('token-status')).toContainText('Connected');

  await tokenSection.getByRole('button', { name: 'Remove token' }).click();
  const confirm = tokenSection.getByRole('group', { name: /Remove the saved token and your recent jobs/ });
  await expect(confirm).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Yes, remove token' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(tokenSection.getByRole('button', { name: 'Remove token' })).toBeFocused();
  expect((await setupState(page)).token.state).toBe('connected');

  await tokenSection.getByRole('button', { name: 'Remove token' }).click();
  await confirm.getByRole('button', { name: 'Yes, remove token' }).click();
  await expect(tokenSection.getByRole('status')).toHaveText(/Token removed/);
  await expect(tokenSection.getByTestId('token-status')).toContainText('Not set up');
  await expect(tokenSection.getByRole('button', { name: 'Remove token' })).toHaveCount(0);
  await expect(page.getByLabel('API token', { exact: true })).toBeFocused();
  expect((await setupState(page)).token).toEqual({ state: 'none' });

  // The worker has no token any more: a lookup now says so.
  const lookup = await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  expect(lookup.value.error.kind).toBe('no-token');
  // Nor any recent job or label of the account, for the popup or a board page to show (issue 16, item 3).
  expect((await sendFromExtensionPage(page, { type: 'jobs.recent' })).value).toEqual([]);
});

test('a token rejected later (401 anywhere) shows prominently on an open options page', async ({ context, extensionUrl, api, connect, openPopup }) => {
  await connect();
  const page = await openOptions(context, extensionUrl);
  await expect(page.getByTestId('token-status')).toContainText('Connected');
  await expect(page.getByTestId('invalid-token-banner')).toHaveCount(0);

  // The token is revoked in Hirempire; the recruiter's next lookup in the popup gets a 401.
  api.tokens.delete(DEMO_TOKEN);
  const popup = await openPopup();
  const lookup = await sendFromExtensionPage(popup, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  expect(lookup.value.error.kind).toBe('invalid-token');

  // Back to the options tab: it shows the new state without a reload.
  await page.bringToFront();
  const banner = page.getByTestId('invalid-token-banner');
  await expect(banner).toBeVisible();
  await expect(banner).toHaveRole('alert');
  await expect(banner).toContainText(`${API_ORIGIN} no longer accepts your API token.`);
  await expect(page.getByTestId('token-status')).toContainText('Invalid token');
  await banner.getByRole('button', { name: 'Paste a new token' }).click();
  await expect(page.getByLabel('API token', { exact: true })).toBeFocused();

  // "Check again" when Hirempire cannot be reached keeps the known state and says why.
  api.setFault({ kind: 'network-error' });
  await section(page, 'API token').getByRole('button', { name: 'Check again' }).click();
  await expect(section(page, 'API token').getByRole('alert')).toHaveText(/Could not reach Hirempire to check the token/);
  await expect(page.getByTestId('token-status')).toContainText('Invalid token');
  api.clearFault();

  // A new token clears it.
  api.tokens.add('sk-new-token-abcd');
  await saveTokenThroughPage(page, 'sk-new-token-abcd');
  await expect(page.getByTestId('invalid-token-banner')).toHaveCount(0);
  await expect(page.getByTestId('token-status')).toContainText('ends in abcd');
});

test('an API base URL that is not https is refused before anything is asked', async ({ context, extensionUrl }) => {
  const page = await openOptions(context, extensionUrl);
  const advanced = section(page, 'Advanced');
  const field = page.getByLabel('API base URL');
  await expect(field).toHaveValue(API_ORIGIN);
  for (const [address, message] of [
    ['http://hirempire.example.test', /must start with https:\/\//],
    ['https://hirempire.example.test/v1/job-sources', /without a path/],
    ['not an address', /Enter a full address/],
  ] as const) {
    await field.fill(address);
    await advanced.getByRole('button', { name: 'Save API base URL' }).click();
    await expect(advanced.getByRole('alert')).toHaveText(message);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(field).toBeFocused();
  }
  expect((await setupState(page)).settings.apiBaseUrl).toBe(API_ORIGIN);
});

test('a custom API host is not saved while the browser is still asking for permission', async ({ context, extensionUrl }) => {
  const page = await openOptions(context, extensionUrl);
  const advanced = section(page, 'Advanced');
  await page.getByLabel('API base URL').fill(CUSTOM_ORIGIN);
  await advanced.getByRole('button', { name: 'Save API base URL' }).click();
  // The click opened the browser's permission prompt (which headless Chromium cannot answer).
  await expect(advanced.getByRole('status')).toHaveText(`Saving… If your browser asks, allow the extension to reach ${CUSTOM_ORIGIN}.`);
  await expect(advanced.getByRole('button', { name: 'Saving…' })).toBeVisible();
  expect((await setupState(page)).settings.apiBaseUrl).toBe(API_ORIGIN);
  expect(await hostPermitted(page, CUSTOM_ORIGIN)).toBe(false);
});

test('a custom API host is requested as a permission and saved; the token saved for the old server is forgotten, never sent there; reset goes back', async ({
  context,
  extensionUrl,
  extensionId,
  api,
  connect,
}) => {
  await routeCustomHost(context, api, CUSTOM_ORIGIN);
  await connect();
  await allowHostInBrowserSettings(context, extensionId, CUSTOM_ORIGIN);
  const page = await openOptions(context, extensionUrl);
  expect(await hostPermitted(page, CUSTOM_ORIGIN)).toBe(false);
  const requestsBefore = api.requests.length;

  const advanced = section(page, 'Advanced');
  await page.getByLabel('API base URL').fill(`${CUSTOM_ORIGIN}/`);
  await advanced.getByRole('button', { name: 'Save API base URL' }).click();
  await expect(advanced.getByRole('status')).toHaveText(
    `Saved. The extension now uses ${CUSTOM_ORIGIN}. The token saved for ${API_ORIGIN} was forgotten: paste your token for ${CUSTOM_ORIGIN} under “API token”.`,
  );
  await expect(page.getByLabel('API base URL')).toHaveValue(CUSTOM_ORIGIN);
  expect(await hostPermitted(page, CUSTOM_ORIGIN)).toBe(true);
  expect((await setupState(page)).settings.apiBaseUrl).toBe(CUSTOM_ORIGIN);
  expect((await setupState(page)).token.state).toBe('none');
  // Nothing went to the new server: the old token was not "re-checked" there.
  expect(api.requests.length).toBe(requestsBefore);

  // The token screen names the new server; a token pasted there is checked there, and lookups go there.
  await expect(page.getByTestId('token-status')).toContainText(CUSTOM_ORIGIN);
  await expect(page.getByLabel('API token', { exact: true })).toHaveAccessibleDescription(new RegExp(`^For ${CUSTOM_ORIGIN.replace(/\./g, '\\.')}: the token is sent to this server and no other\.`));
  await saveTokenThroughPage(page, DEMO_TOKEN);
  const check = api.requests.at(-1)!;
  expect(new URL(check.url).origin).toBe(CUSTOM_ORIGIN);
  expect(check.headers.authorization).toBe(`Bearer ${DEMO_TOKEN}`);
  await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  expect(new URL(api.requests.at(-1)!.url).origin).toBe(CUSTOM_ORIGIN);

  // The change survives a reload.
  await page.reload();
  await expect(page.getByLabel('API base URL')).toHaveValue(CUSTOM_ORIGIN);

  const requestsAtReset = api.requests.length;
  await section(page, 'Advanced').getByRole('button', { name: 'Reset to default' }).click();
  await expect(section(page, 'Advanced').getByRole('status')).toHaveText(
    `Saved. The extension now uses ${API_ORIGIN}. The token saved for ${CUSTOM_ORIGIN} was forgotten: paste your token for ${API_ORIGIN} under “API token”.`,
  );
  await expect(page.getByLabel('API base URL')).toHaveValue(API_ORIGIN);
  expect((await setupState(page)).settings.apiBaseUrl).toBe(API_ORIGIN);
  expect(api.requests.length).toBe(requestsAtReset);
  // The custom host's permission was given back.
  expect(await hostPermitted(page, CUSTOM_ORIGIN)).toBe(false);
});

test('board switches and source names are saved and stay saved', async ({ context, extensionUrl }) => {
  const page = await openOptions(context, extensionUrl);
  const boards = section(page, 'Job boards');
  const linkedin = boards.getByRole('switch', { name: 'Show buttons on LinkedIn posting forms' });
  const indeed = boards.getByRole('switch', { name: 'Show buttons on Indeed posting forms' });
  await expect(linkedin).toBeChecked();
  await expect(indeed).toBeChecked();
  await expect(page.getByLabel('LinkedIn source name')).toHaveValue('LinkedIn');
  await expect(page.getByLabel('Indeed source name')).toHaveValue('Indeed');

  await linkedin.click();
  await expect(boards.getByRole('status')).toHaveText('LinkedIn posting forms will no longer show the Hirempire buttons.');
  await expect(linkedin).not.toBeChecked();
  // What the board's content script will be told: the worker has LinkedIn off, Indeed on.
  let state = await setupState(page);
  expect(state.settings.boards.linkedin.enabled).toBe(false);
  expect(state.settings.boards.indeed.enabled).toBe(true);

  await page.getByLabel('Indeed source name').fill('  Indeed Jobs ');
  await boards.getByRole('button', { name: 'Save source names' }).click();
  await expect(boards.getByRole('status')).toHaveText('Source names saved.');
  await expect(page.getByLabel('Indeed source name')).toHaveValue('Indeed Jobs');
  state = await setupState(page);
  expect(state.settings.boards).toEqual({
    linkedin: { enabled: false, sourceName: 'LinkedIn' },
    indeed: { enabled: true, sourceName: 'Indeed Jobs' },
  });

  // An empty name is refused; nothing changes.
  await page.getByLabel('LinkedIn source name').fill('   ');
  await boards.getByRole('button', { name: 'Save source names' }).click();
  await expect(boards.getByRole('alert')).toHaveText(/Enter the name of the Hirempire source that counts as LinkedIn/);
  await expect(page.getByLabel('LinkedIn source name')).toHaveAttribute('aria-invalid', 'true');
  expect((await setupState(page)).settings.boards.linkedin.sourceName).toBe('LinkedIn');

  // Reopened: the saved state, not the defaults.
  const again = await openOptions(context, extensionUrl);
  await expect(section(again, 'Job boards').getByRole('switch', { name: 'Show buttons on LinkedIn posting forms' })).not.toBeChecked();
  await expect(again.getByLabel('Indeed source name')).toHaveValue('Indeed Jobs');

  // Switching back on.
  await section(again, 'Job boards').getByRole('switch', { name: 'Show buttons on LinkedIn posting forms' }).click();
  await expect(section(again, 'Job boards').getByRole('status')).toHaveText('LinkedIn posting forms will show the Hirempire buttons.');
  expect((await setupState(again)).settings.boards.linkedin.enabled).toBe(true);
});

test('settings export to a file without the token, and import back after confirmation', async ({ context, extensionUrl, connect }) => {
  await connect();
  const page = await openOptions(context, extensionUrl);
  const boards = section(page, 'Job boards');
  await boards.getByRole('switch', { name: 'Show buttons on Indeed posting forms' }).click();
  await expect(boards.getByRole('status')).toHaveText(/Indeed posting forms will no longer show/);
  await page.getByLabel('LinkedIn source name').fill('LinkedIn Jobs');
  await boards.getByRole('button', { name: 'Save source names' }).click();
  await expect(boards.getByRole('status')).toHaveText('Source names saved.');
  const exported = (await setupState(page)).settings;
  // A site rule, typed as a recruiter might: part of the backup too.
  const sites = section(page, 'Other job boards');
  await sites.getByLabel('Site', { exact: true }).fill('https://www.StepStone.de/stellenanzeige');
  await sites.getByLabel('Source', { exact: true }).fill('StepStone Deutschland');
  await sites.getByRole('button', { name: 'Add rule' }).click();
  const rule = sites.getByText('On stepstone.de, use the source “StepStone Deutschland”');
  await expect(rule).toBeVisible();

  const backup = section(page, 'Backup');
  const downloading = page.waitForEvent('download');
  await backup.getByRole('button', { name: 'Export settings' }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^hirempire-settings-\d{4}-\d{2}-\d{2}\.json$/);
  await expect(backup.getByRole('status')).toHaveText(/Settings exported to hirempire-settings-.*\.json\. The file does not contain your API token\./);
  const text = readFileSync(await download.path());
  const file = JSON.parse(text.toString('utf8'));
  expect(file).toMatchObject({ format: 'hirempire-extension-settings', version: 3, settings: exported });
  expect(file.siteRules).toEqual([{ site: 'stepstone.de', sourceName: 'StepStone Deutschland' }]);
  expect(Object.keys(file).sort()).toEqual(['exportedAt', 'format', 'settings', 'siteRules', 'version']);
  // The token is saved (connected), yet appears nowhere in the file.
  expect(text.toString('utf8')).not.toContain(DEMO_TOKEN);
  expect(text.toString('utf8')).not.toMatch(/token/i);

  // Change everything back to the defaults, then import the file.
  await boards.getByRole('switch', { name: 'Show buttons on Indeed posting forms' }).click();
  await expect(boards.getByRole('status')).toHaveText(/Indeed posting forms will show/);
  await page.getByLabel('LinkedIn source name').fill('LinkedIn');
  await boards.getByRole('button', { name: 'Save source names' }).click();
  await expect(boards.getByRole('status')).toHaveText('Source names saved.');
  expect((await setupState(page)).settings).not.toEqual(exported);
  await sites.getByRole('button', { name: 'Remove the rule for stepstone.de' }).click();
  await expect(rule).toHaveCount(0);

  await chooseImportFile(page, 'backup.json', text);
  const preview = backup.getByRole('group', { name: 'Import settings from “backup.json”?' });
  await expect(preview).toContainText('Indeed: buttons off, source “Indeed”');
  await expect(preview).toContainText('LinkedIn: buttons on, source “LinkedIn Jobs”');
  await expect(preview).toContainText('On stepstone.de, use the source “StepStone Deutschland”');
  // Nothing is applied before the recruiter confirms.
  expect((await setupState(page)).settings).not.toEqual(exported);
  await preview.getByRole('button', { name: 'Import these settings' }).click();
  await expect(backup.getByRole('status')).toHaveText('Settings imported from “backup.json”.');
  expect((await setupState(page)).settings).toEqual(exported);
  await expect(boards.getByRole('switch', { name: 'Show buttons on Indeed posting forms' })).not.toBeChecked();
  await expect(page.getByLabel('LinkedIn source name')).toHaveValue('LinkedIn Jobs');
  await expect(rule).toBeVisible();
  // The token was left alone.
  expect((await setupState(page)).token.state).toBe('connected');
});

test('importing a custom API host goes through the permission request too, and says the token must be entered again', async ({ context, extensionUrl, extensionId, api, connect }) => {
  await routeCustomHost(context, api, CUSTOM_ORIGIN);
  await connect();
  await allowHostInBrowserSettings(context, extensionId, CUSTOM_ORIGIN);
  const page = await openOptions(context, extensionUrl);
  const file = {
    format: 'hirempire-extension-settings',
    version: 1,
    settings: { apiBaseUrl: CUSTOM_ORIGIN, boards: { linkedin: { enabled: true, sourceName: 'LinkedIn' }, indeed: { enabled: true, sourceName: 'Indeed' } } },
  };
  await chooseImportFile(page, 'team.json', JSON.stringify(file));
  const backup = section(page, 'Backup');
  const preview = backup.getByRole('group', { name: /team\.json/ });
  await expect(preview).toContainText(`API server changes: ${API_ORIGIN} → ${CUSTOM_ORIGIN}`);
  await expect(preview).toContainText(`the API token saved for ${API_ORIGIN} will be forgotten: after importing, paste your token for ${CUSTOM_ORIGIN}.`);
  await expect(preview).not.toContainText('Your API token stays as it is');
  expect(await hostPermitted(page, CUSTOM_ORIGIN)).toBe(false);
  const requestsBefore = api.requests.length;
  await backup.getByRole('button', { name: 'Import these settings' }).click();
  await expect(backup.getByRole('status')).toHaveText(`Settings imported from “team.json”. The extension now uses ${CUSTOM_ORIGIN}: paste your token for it under “API token”.`);
  expect(await hostPermitted(page, CUSTOM_ORIGIN)).toBe(true);
  expect((await setupState(page)).settings.apiBaseUrl).toBe(CUSTOM_ORIGIN);
  await expect(page.getByLabel('API base URL')).toHaveValue(CUSTOM_ORIGIN);
  // The worker did not take the old token to the imported server.
  expect(api.requests.length).toBe(requestsBefore);
  expect((await setupState(page)).token.state).toBe('none');
});

test('bad settings files are refused with a clear message and change nothing', async ({ context, extensionUrl }) => {
  const page = await openOptions(context, extensionUrl);
  const before = await setupState(page);
  const backup = section(page, 'Backup');
  const valid = { format: 'hirempire-extension-settings', version: 1, settings: before.settings };
  const cases: Array<[string, string | Buffer, RegExp]> = [
    ['notes.txt', 'these are my notes, not JSON', /“notes\.txt”: This file is not a Hirempire settings file: it is not valid JSON\./],
    ['other.json', JSON.stringify({ ...valid, format: 'some-other-app' }), /“other\.json”: This is not a Hirempire settings file\./],
    [
      'types.json',
      JSON.stringify({ ...valid, settings: { ...before.settings, boards: { ...before.settings.boards, linkedin: { enabled: 'no', sourceName: 'LinkedIn' } } } }),
      /the LinkedIn buttons switch must be true or false/,
    ],
    ['huge.json', Buffer.alloc(150 * 1024, 0x20), /too large to be a Hirempire settings file \(150 KB/],
    ['http.json', JSON.stringify({ ...valid, settings: { ...before.settings, apiBaseUrl: 'http://hirempire.example.test' } }), /the API base URL “http:\/\/hirempire\.example\.test” is not valid/],
    ['newer.json', JSON.stringify({ ...valid, version: 4 }), /made by a newer version of the extension/],
    [
      'rules.json',
      JSON.stringify({ ...valid, version: 3, siteRules: [{ site: 'stepstone.de', sourceName: 'StepStone', token: 'sk-x' }] }),
      /site rule 1 must have a “site” and a “sourceName”/,
    ],
  ];
  for (const [name, content, message] of cases) {
    await chooseImportFile(page, name, content);
    await expect(backup.getByRole('alert')).toHaveText(message);
    await expect(backup.getByRole('alert')).toContainText('Nothing was changed.');
    await expect(backup.getByRole('button', { name: 'Import these settings' })).toHaveCount(0);
    expect(await setupState(page)).toEqual(before);
  }
});

test('the whole setup can be done with the keyboard alone', async ({ context, extensionUrl }) => {
  const page = await openOptions(context, extensionUrl);
  const tokenField = page.getByLabel('API token', { exact: true });
  await tabTo(page, tokenField);
  await page.keyboard.type(DEMO_TOKEN);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('token-status')).toContainText('Connected');

  // Turn LinkedIn's buttons off with Space.
  const linkedin = page.getByRole('switch', { name: 'Show buttons on LinkedIn posting forms' });
  await tabTo(page, linkedin);
  await page.keyboard.press('Space');
  await expect(linkedin).not.toBeChecked();
  await expect(section(page, 'Job boards').getByRole('status')).toHaveText(/LinkedIn posting forms will no longer show/);

  // Rename the Indeed source and save with Enter.
  await tabTo(page, page.getByLabel('Indeed source name'));
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('Indeed Ads');
  await page.keyboard.press('Enter');
  await expect(section(page, 'Job boards').getByRole('status')).toHaveText('Source names saved.');

  // Export with Enter.
  const downloading = page.waitForEvent('download');
  await tabTo(page, page.getByRole('button', { name: 'Export settings' }));
  await page.keyboard.press('Enter');
  expect((await downloading).suggestedFilename()).toMatch(/\.json$/);

  // Re-check the token with Space.
  await tabTo(page, page.getByRole('button', { name: 'Check again' }));
  await page.keyboard.press('Space');
  await expect(section(page, 'API token').getByRole('status')).toHaveText(/^Connected\. Checked /);

  const state = await setupState(page);
  expect(state.token.state).toBe('connected');
  expect(state.settings.boards).toEqual({
    linkedin: { enabled: false, sourceName: 'LinkedIn' },
    indeed: { enabled: true, sourceName: 'Indeed Ads' },
  });

  // And remove the token: Enter, then confirm with Enter.
  await tabTo(page, page.getByRole('button', { name: 'Remove token' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: 'Yes, remove token' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('token-status')).toContainText('Not set up');
  await expect(tokenField).toBeFocused();
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`no WCAG 2.2 AA violations (${colorScheme})`, async ({ context, extensionUrl, connect, api }) => {
    const axe = (page: Page) =>
      new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();

    // First run, with an error showing.
    const page = await openOptions(context, extensionUrl);
    await page.emulateMedia({ colorScheme });
    await page.getByLabel('API token', { exact: true }).fill(WRONG_TOKEN);
    await section(page, 'API token').getByRole('button', { name: 'Save token' }).click();
    await expect(section(page, 'API token').getByRole('alert')).not.toBeEmpty();
    expect((await axe(page)).violations).toEqual([]);

    // Connected, with the remove confirmation, a field error, an import preview and the invalid-token banner.
    await connect();
    const connected = await openOptions(context, extensionUrl);
    await connected.emulateMedia({ colorScheme });
    await section(connected, 'API token').getByRole('button', { name: 'Remove token' }).click();
    await connected.getByLabel('Indeed source name').fill('');
    await section(connected, 'Job boards').getByRole('button', { name: 'Save source names' }).click();
    await expect(section(connected, 'Job boards').getByRole('alert')).not.toBeEmpty();
    await chooseImportFile(connected, 'backup.json', JSON.stringify({ format: 'hirempire-extension-settings', version: 1, settings: (await setupState(connected)).settings }));
    await expect(connected.getByRole('button', { name: 'Import these settings' })).toBeVisible();
    expect((await axe(connected)).violations).toEqual([]);

    // The token revoked: the prominent banner and the invalid status.
    api.tokens.delete(DEMO_TOKEN);
    await sendFromExtensionPage(connected, { type: 'token.check' });
    await expect(connected.getByTestId('invalid-token-banner')).toBeVisible();
    expect((await axe(connected)).violations).toEqual([]);
  });
}

test('screenshot of the options page (light)', async ({ context, extensionUrl, worker }) => {
  // A fixed clock in the worker, so the "last check" time in the picture never changes.
  await worker.evaluate(() => {
    const fixed = Date.UTC(2026, 2, 14, 9, 30);
    Date.now = () => fixed;
  });
  const page = await context.newPage();
  await page.setViewportSize({ width: 760, height: 900 });
  await page.goto(extensionUrl('options.html'));
  await page.emulateMedia({ colorScheme: 'light' });
  await saveTokenThroughPage(page);
  await expect(page.getByTestId('token-status').locator('time')).toHaveAttribute('datetime', '2026-03-14T09:30:00.000Z');
  // Move the cursor away so no focus ring shows in the picture.
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  if (process.env.UPDATE_SCREENSHOTS === '1') {
    const docs = path.resolve('docs');
    mkdirSync(docs, { recursive: true });
    await page.screenshot({ path: path.join(docs, 'options.png'), fullPage: true, animations: 'disabled' });
  }
});
