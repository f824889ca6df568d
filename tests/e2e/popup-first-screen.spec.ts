import type { BrowserContext, Page } from '@playwright/test';
import { rowNames } from './popup-page';
import { expect, test } from './fixtures';
import { BOARDS_JOB_ID, seedJobs } from '../api/seed';

/**
 * The popup's first screen: painted from storage before React and the worker (utils/popup/paint.ts),
 * then replaced by the app. A probe installed before the page's own scripts records what the painted
 * screen showed, so these tests see it however short it lives.
 */
test.use({ closeFirstRunPage: true });

interface Painted {
  status: string;
  rows: string[];
  /** The app's screen took its place. */
  replaced: boolean;
}

function firstScreenProbe() {
  const w = window as unknown as { __painted: Painted | null };
  w.__painted = null;
  new MutationObserver(() => {
    const screen = document.querySelector('[data-first-screen]');
    if (screen && !w.__painted && screen.querySelector('li[data-index]')) {
      w.__painted = {
        status: screen.querySelector('.active-job__status')?.textContent ?? '',
        rows: [...screen.querySelectorAll('li[data-index]')].map((li) => li.getAttribute('aria-label') ?? ''),
        replaced: false,
      };
    }
    if (!screen && w.__painted) w.__painted.replaced = true;
  }).observe(document, { childList: true, subtree: true });
}

async function openProbed(context: BrowserContext, extensionUrl: (page: string) => string): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize({ width: 420, height: 600 });
  await page.addInitScript(firstScreenProbe);
  await page.goto(extensionUrl('popup.html'));
  return page;
}

const painted = (page: Page) => page.evaluate(() => (window as unknown as { __painted: Painted | null }).__painted);

/**
 * The job was looked up before (its answer, and the preview beside it, are cached): asked of the
 * worker as the popup asks, from an extension document that runs none of the extension's code.
 */
async function lookedUpBefore(context: BrowserContext, extensionUrl: (page: string) => string) {
  const page = await context.newPage();
  await page.goto(extensionUrl('manifest.json'));
  for (const message of [{ type: 'jobs.open', jobId: BOARDS_JOB_ID }, { type: 'sources.fetch', jobId: BOARDS_JOB_ID }]) {
    expect(await page.evaluate((m) => chrome.runtime.sendMessage(m), message)).toMatchObject({ ok: true });
  }
  await page.close();
}

const job = seedJobs().find((j) => j.job_id === BOARDS_JOB_ID)!;
const byVisits = [...job.sources].sort((a, b) => b.visits - a.visits);

test('the cached rows are painted at once, marked as refreshing, then the live numbers replace them', async ({ api, connect, context, extensionUrl }) => {
  await connect();
  await lookedUpBefore(context, extensionUrl);
  // Visits come in while the popup is closed: the fresh answer puts Referral first.
  api.addVisits(BOARDS_JOB_ID, 'Referral', 5000);

  const page = await openProbed(context, extensionUrl);
  await expect(page.getByText('Updated just now')).toBeVisible();
  const referral = job.sources.find((s) => s.source_name === 'Referral')!;
  await expect(page.getByRole('listitem', { name: /^Referral:/ })).toContainText(`${(referral.visits).toLocaleString('en-US')} visits`);
  expect((await rowNames(page))[0]).toBe('Referral');

  const first = await painted(page);
  expect(first, 'a first screen was painted').not.toBeNull();
  // What was painted is the cache, in its order, and it did not claim to be fresh.
  expect(first!.status).toBe('Refreshing…');
  expect(first!.rows.map((label) => label.split(':')[0])).toEqual(byVisits.map((s) => s.source_name));
  expect(first!.rows[0]).toContain(`${byVisits[0].visits} visits`);
  expect(first!.replaced).toBe(true);
  await expect(page.locator('[data-first-screen]')).toHaveCount(0);
});

test('offline: the painted rows give way to "Offline — as of", with the cached numbers', async ({ api, connect, context, extensionUrl }) => {
  await connect();
  await lookedUpBefore(context, extensionUrl);
  api.setFault({ kind: 'network-error' });

  const page = await openProbed(context, extensionUrl);
  await expect(page.getByText(/^Offline — as of \d{1,2}:\d{2}/)).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^LinkedIn:/ })).toContainText(`${byVisits[0].visits} visits`);
  const first = await painted(page);
  expect(first?.status).toBe('Refreshing…');
  expect(first?.replaced).toBe(true);
});

test('a refused token: nothing is painted ahead of the banner that says so', async ({ api, connect, context, extensionUrl }) => {
  await connect();
  await lookedUpBefore(context, extensionUrl);
  // The next lookup is refused: the worker notes the token as refused.
  api.tokens.clear();
  await lookedUpBefore(context, extensionUrl);

  const page = await openProbed(context, extensionUrl);
  await expect(page.getByRole('alert').filter({ hasText: 'did not accept your API token' })).toBeVisible();
  await expect(page.getByRole('listitem', { name: /^LinkedIn:/ })).toBeVisible();
  expect(await painted(page)).toBeNull();
});
