import type { ConsoleMessage, Page } from '@playwright/test';
import { lookUp } from './popup-page';
import { API_ORIGIN, expect, sendFromExtensionPage, test } from './fixtures';
import { everythingOnPage, watchPage } from './cdp';
import { BOARDS_JOB_ID, DEMO_TOKEN, EXAMPLE_JOB_ID } from '../api/seed';

/**
 * The token stays in the worker: the content scripts' world cannot read it or the
 * extension's storage, cannot configure anything, and the token shows up in no page,
 * no console and no request but the API's.
 */

type Chrome = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  storage: Record<'local' | 'session' | 'sync', { get(keys: null): Promise<Record<string, unknown>> }>;
};

/** What a content script can reach, tried from inside its own world. */
async function whatTheContentScriptCanRead(token: string) {
  const c = (globalThis as unknown as { chrome: Chrome }).chrome;
  const area = async (name: 'local' | 'session' | 'sync') => {
    try {
      const items = await c.storage[name].get(null);
      return { read: true, keys: Object.keys(items), holdsToken: JSON.stringify(items).includes(token) };
    } catch (error) {
      return { read: false, error: String(error) };
    }
  };
  // IndexedDB here is the page's origin (linkedin.com), not the extension's.
  const databases = (await indexedDB.databases()).map((db) => db.name);
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
  return { local: await area('local'), session: await area('session'), sync: await area('sync'), databases, vaultStores, origin: location.origin };
}

async function askWorker(messages: unknown[]) {
  const c = (globalThis as unknown as { chrome: Chrome }).chrome;
  return Promise.all(messages.map((message) => c.runtime.sendMessage(message).catch((error: unknown) => ({ threw: String(error) }))));
}

test.describe('the content script’s world', () => {
  test('cannot read the extension’s storage or the vault', async ({ context, connect, extensionId }) => {
    await connect();
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const { inContentScript } = await watchPage(context, page, extensionId);

    const seen = await inContentScript(whatTheContentScriptCanRead, DEMO_TOKEN);
    expect(seen.origin).toBe('https://www.linkedin.com');
    // storage.local (settings, cache) and storage.session are locked to trusted contexts.
    expect(seen.local).toEqual({ read: false, error: expect.stringContaining('not allowed') });
    expect(seen.session).toEqual({ read: false, error: expect.stringContaining('not allowed') });
    // storage.sync is open to content scripts: the extension keeps nothing there.
    expect(seen.sync).toEqual({ read: true, keys: [], holdsToken: false });
    // The vault is in the extension origin's IndexedDB, out of the page origin's reach.
    expect(seen.databases).not.toContain('hirempire-vault');
    expect(seen.vaultStores).toEqual([]);
  });

  test('is refused every configuring or reading request, and its one allowed request carries no token', async ({
    context,
    connect,
    extensionId,
    extensionUrl,
    api,
  }) => {
    await connect();
    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    await sendFromExtensionPage(popup, { type: 'jobs.open', jobId: BOARDS_JOB_ID });

    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const { inContentScript } = await watchPage(context, page, extensionId);
    const lookupsBefore = api.requests.length;

    const refused = [
      { type: 'token.save', token: 'sk-attacker-token', origin: 'https://evil.test' },
      { type: 'token.remove' },
      { type: 'token.check' },
      { type: 'setup.get' },
      { type: 'settings.save', settings: { apiBaseUrl: 'https://evil.test', boards: { linkedin: { enabled: true, sourceName: 'LinkedIn' }, indeed: { enabled: true, sourceName: 'Indeed' } } } },
      { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID },
      { type: 'sources.cached', jobId: BOARDS_JOB_ID },
      { type: 'jobs.recent' },
      { type: 'jobs.remove', jobId: BOARDS_JOB_ID },
    ];
    const replies = await inContentScript(askWorker, refused);
    for (const [i, reply] of replies.entries()) {
      expect(reply, refused[i].type).toEqual({ ok: false, error: { kind: 'forbidden', message: expect.any(String), action: null } });
    }
    expect(api.requests.length).toBe(lookupsBefore);

    // The one thing a board may ask: its link for the active job. No token in it.
    const [link] = await inContentScript(askWorker, [{ type: 'board.link' }]);
    // That a job is active, never which (issue 16, item 3): no job id reaches the page's side.
    expect(link).toMatchObject({ ok: true, value: { board: 'linkedin', hasJob: true, source: { name: 'LinkedIn' } } });
    expect(JSON.stringify(link)).not.toContain(DEMO_TOKEN);
    expect(JSON.stringify(link)).not.toContain(BOARDS_JOB_ID.slice(0, 8));

    // Nothing changed: still connected with the same token, the job still there.
    const setup = await sendFromExtensionPage(popup, { type: 'setup.get' });
    expect(setup.value.token).toMatchObject({ state: 'connected', hint: DEMO_TOKEN.slice(-4) });
    expect(setup.value.settings.apiBaseUrl).toBe(API_ORIGIN);
    expect((await sendFromExtensionPage(popup, { type: 'jobs.recent' })).value.map((job: { jobId: string }) => job.jobId)).toEqual([BOARDS_JOB_ID]);
    const lookup = await sendFromExtensionPage(popup, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
    expect(lookup.value.ok).toBe(true);
  });

  test('a flood of 1,000 messages from a board gets typed answers, and the worker keeps working', async ({
    context,
    connect,
    extensionId,
    extensionUrl,
    worker,
  }) => {
    await connect();
    const page = await context.newPage();
    await page.goto('https://www.linkedin.com/feed/');
    const { inContentScript } = await watchPage(context, page, extensionId);
    const flood = Array.from({ length: 1_000 }, (_, i) =>
      i % 3 === 0 ? { type: 'board.link' } : i % 3 === 1 ? { type: 'token.save', token: `sk-${i}`, origin: API_ORIGIN } : { type: `nonsense-${i}`, padding: 'x'.repeat(1_000) },
    );
    const replies = (await inContentScript(askWorker, flood)) as Array<{ ok: boolean; error?: { kind: string } }>;
    const kinds = replies.map((reply) => (reply.ok ? 'ok' : reply.error?.kind ?? JSON.stringify(reply)));
    expect(kinds.filter((kind) => kind === 'ok')).toHaveLength(334);
    expect(kinds.filter((kind) => kind === 'forbidden')).toHaveLength(333);
    expect(kinds.filter((kind) => kind === 'invalid-message')).toHaveLength(333);

    // The same worker is alive and still answers the popup.
    expect(await worker.evaluate(() => 'alive')).toBe('alive');
    const popup = await context.newPage();
    await popup.goto(extensionUrl('popup.html'));
    expect((await sendFromExtensionPage(popup, { type: 'setup.get' })).value.token.state).toBe('connected');
  });
});

test('the page’s own world cannot reach the worker at all', async ({ context, connect, extensionId }) => {
  await connect();
  const page = await context.newPage();
  await page.goto('https://www.linkedin.com/feed/');
  const attempt = await page.evaluate(async (id) => {
    const runtime = (globalThis as unknown as { chrome?: { runtime?: { sendMessage?: (id: string, m: unknown) => Promise<unknown> } } }).chrome?.runtime;
    if (!runtime?.sendMessage) return 'no runtime.sendMessage';
    try {
      return { answered: await runtime.sendMessage(id, { type: 'setup.get' }) };
    } catch (error) {
      return `refused: ${error}`;
    }
  }, extensionId);
  // No externally_connectable: a page script has no channel to the extension.
  expect(attempt).toMatch(/^(no runtime\.sendMessage|refused: )/);
});

test('the token appears in no page, no console and no request but the API’s', async ({
  context,
  api,
  connect,
  extensionId,
  extensionUrl,
  openPopup,
  worker,
  strayRequests,
  boardRequests,
}) => {
  const consoleLines: string[] = [];
  const record = (where: () => string) => (message: ConsoleMessage) => consoleLines.push(`${where()}: ${message.type()} ${message.text()}`);
  const watchConsole = (page: Page) => page.on('console', record(() => page.url()));
  context.on('page', watchConsole);
  context.pages().forEach(watchConsole);
  worker.on('console', record(() => 'worker'));

  await connect();

  // The recruiter looks a job up in the popup, which makes it the active job.
  const popup = await openPopup();
  await lookUp(popup, BOARDS_JOB_ID);
  await expect(popup.getByRole('list', { name: 'Sources' }).getByRole('listitem').first()).toBeVisible();

  const options = await context.newPage();
  await options.goto(extensionUrl('options.html'));
  await expect(options.getByText(DEMO_TOKEN.slice(-4)).first()).toBeVisible();

  // Both boards, with their controls asking the worker for the active job's link.
  const boards: Page[] = [];
  for (const url of ['https://www.linkedin.com/feed/', 'https://employers.indeed.com/jobs']) {
    const page = await context.newPage();
    await page.goto(url);
    const { inContentScript } = await watchPage(context, page, extensionId);
    const [link] = await inContentScript(askWorker, [{ type: 'board.link' }]);
    expect(link).toMatchObject({ ok: true, value: { hasJob: true } });
    boards.push(page);
  }

  // The collectors work: a line logged by the worker and one logged by a board page are both seen.
  await worker.evaluate(() => console.log('probe-from-worker'));
  await boards[0].evaluate(() => console.log('probe-from-board'));
  await expect.poll(() => consoleLines.some((line) => line.startsWith('worker: ') && line.includes('probe-from-worker'))).toBe(true);
  await expect.poll(() => consoleLines.some((line) => line.startsWith('https://www.linkedin.com/') && line.includes('probe-from-board'))).toBe(true);

  for (const page of [popup, options, ...boards]) {
    expect(await everythingOnPage(page), page.url()).not.toContain(DEMO_TOKEN);
  }
  expect(consoleLines.filter((line) => line.includes(DEMO_TOKEN))).toEqual([]);

  // Requests: the token went to the API origin, and only there.
  expect(api.requests.filter((r) => r.headers.authorization === `Bearer ${DEMO_TOKEN}`).length).toBeGreaterThan(0);
  for (const request of api.requests) expect(new URL(request.url).origin).toBe(API_ORIGIN);
  expect(boardRequests.length).toBeGreaterThan(0);
  for (const request of [...boardRequests, ...strayRequests]) {
    expect(JSON.stringify(request), request.url).not.toContain(DEMO_TOKEN);
    expect(request.headers, request.url).not.toHaveProperty('authorization');
  }

  // And the worker keeps it out of every storage area a content script could one day read.
  const areas = await worker.evaluate(async () => {
    const c = (globalThis as unknown as { chrome: Chrome }).chrome;
    return JSON.stringify([await c.storage.local.get(null), await c.storage.session.get(null), await c.storage.sync.get(null)]);
  });
  expect(areas).toContain('tokenStatus');
  expect(areas).not.toContain(DEMO_TOKEN);
});
