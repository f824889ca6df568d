import { lookUp } from './popup-page';
import { expect, sendFromExtensionPage, test } from './fixtures';
import { watchPage, workerLifecycle } from './cdp';
import { reloadExtension } from './extension-update';
import { EXAMPLE_JOB_ID, seedJobs } from '../api/seed';

/**
 * Faults a recruiter never sees coming: the worker stopped in the middle of a request,
 * the same lookup asked twice at once, a flood of messages, the extension reloaded under
 * an open board page.
 */

function askForBoardLink() {
  return (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type: 'board.link' });
}

const lookupsOf = (requests: Array<{ url: string }>, jobId: string) =>
  requests.filter((request) => new URL(request.url).searchParams.get('job_id') === jobId);

test('the worker stopped in the middle of a lookup: the popup still gets its answer', async ({
  context,
  api,
  connect,
  extensionId,
  openPopup,
}) => {
  await connect();
  const popup = await openPopup();
  const lifecycle = await workerLifecycle(context, popup, extensionId);

  // The API is slow this once: the worker is stopped while it waits.
  api.setFault({ kind: 'latency', ms: 3_000 }, 1);
  await lookUp(popup, EXAMPLE_JOB_ID);
  await expect.poll(() => lookupsOf(api.requests, EXAMPLE_JOB_ID).length).toBe(1);
  await lifecycle.stop();
  await expect.poll(() => lifecycle.statuses).toContain('stopped');

  // The popup asked again, a fresh worker answered.
  const sources = popup.getByRole('list', { name: 'Sources' });
  await expect(sources.getByRole('listitem')).toHaveCount(2);
  for (const source of seedJobs().find((job) => job.job_id === EXAMPLE_JOB_ID)!.sources) {
    await expect(sources.getByText(source.source_name, { exact: true })).toBeVisible();
  }
  await expect(popup.getByRole('alert')).toHaveCount(0);
  expect(lookupsOf(api.requests, EXAMPLE_JOB_ID)).toHaveLength(2);
  expect(lifecycle.statuses.at(-1)).toBe('running');
});

test('two extension pages asking for the same job at once cause one API call', async ({ context, api, connect, extensionUrl }) => {
  await connect();
  const pages = await Promise.all([context.newPage(), context.newPage()]);
  for (const page of pages) await page.goto(extensionUrl('popup.html'));
  // Slow enough that both questions reach the worker while the first is still in flight.
  api.setFault({ kind: 'latency', ms: 2_000 }, 1);

  const replies = await Promise.all(pages.map((page) => sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID })));
  for (const reply of replies) expect(reply).toMatchObject({ ok: true, value: { ok: true } });
  expect(replies[0].value.cached).toEqual(replies[1].value.cached);
  expect(lookupsOf(api.requests, EXAMPLE_JOB_ID)).toHaveLength(1);
});

test('a flood of 1,000 messages from an extension page does not bring the worker down', async ({
  context,
  api,
  connect,
  extensionUrl,
  worker,
}) => {
  await connect();
  const page = await context.newPage();
  await page.goto(extensionUrl('popup.html'));
  const kinds = await page.evaluate(async (jobId) => {
    const messages = Array.from({ length: 1_000 }, (_, i) =>
      [
        { type: 'setup.get' },
        { type: 'sources.cached', jobId },
        { type: 'jobs.recent' },
        { type: 'sources.fetch', jobId: `not-a-job-${i}` },
        { type: `garbage-${i}`, payload: 'x'.repeat(2_000) },
      ][i % 5],
    );
    const replies = await Promise.all(messages.map((message) => chrome.runtime.sendMessage(message)));
    return replies.map((reply) => (reply?.ok ? 'ok' : reply?.error?.kind ?? 'no reply'));
  }, EXAMPLE_JOB_ID);
  expect(kinds.filter((kind) => kind === 'ok')).toHaveLength(600);
  expect(kinds.filter((kind) => kind === 'invalid-message')).toHaveLength(400);
  expect(lookupsOf(api.requests, EXAMPLE_JOB_ID)).toHaveLength(0);

  // The same worker (not a restarted one) still looks jobs up.
  expect(await worker.evaluate(() => 'alive')).toBe('alive');
  const lookup = await sendFromExtensionPage(page, { type: 'sources.fetch', jobId: EXAMPLE_JOB_ID });
  expect(lookup).toMatchObject({ ok: true, value: { ok: true } });
});

test('the extension reloaded under an open posting form: no errors in any world, and the page keeps working', async ({
  context,
  connect,
  extensionId,
  worker,
}) => {
  await connect();
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(String(error)));
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto('https://www.linkedin.com/job-posting/');
  const before = await watchPage(context, page, extensionId);
  // The content script is running and talking to the worker before the reload.
  expect(await before.inContentScript(askForBoardLink, null)).toMatchObject({ ok: true, value: { board: 'linkedin' } });

  // The recruiter has started typing when the extension updates under them.
  await page.evaluate(() => {
    const label = document.createElement('label');
    label.textContent = 'Recruiter’s note';
    label.append(document.createElement('textarea'));
    document.body.append(label);
  });
  const note = page.getByLabel('Recruiter’s note');
  await note.fill('Draft: Senior Backend');
  await reloadExtension(context, worker);

  // They keep going: in-app navigation (which wakes the old script's watchers), more typing, Back.
  await page.evaluate(() => {
    history.pushState({}, '', '/job-posting/v2/');
    dispatchEvent(new PopStateEvent('popstate'));
    document.body.append(document.createElement('section'));
  });
  await note.press('End');
  await note.pressSequentially(' – Paris');
  await expect(note).toHaveValue('Draft: Senior Backend – Paris');
  await page.goBack();
  await expect(page).toHaveURL('https://www.linkedin.com/job-posting/');

  // A reload of the page brings a new content script that talks to the new worker.
  await page.reload();
  const after = await watchPage(context, page, extensionId);
  expect(await after.inContentScript(askForBoardLink, null)).toMatchObject({ ok: true, value: { board: 'linkedin' } });

  // Nothing was thrown, in the page's world or the old or new content script's, the whole time.
  expect(pageErrors).toEqual([]);
  expect(before.exceptions).toEqual([]);
  expect(after.exceptions).toEqual([]);
  expect(consoleErrors).toEqual([]);
});
