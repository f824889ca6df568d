import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Locator, Page } from '@playwright/test';
import jsQR from 'jsqr';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { API_ORIGIN, expect, test } from './fixtures';
import { lookUp, row, rowNames } from './popup-page';
import {
  BOARDS_JOB_ID,
  EMPTY_JOB_ID,
  EXAMPLE_JOB_ID,
  LARGE_JOB_ID,
  UNKNOWN_JOB_ID,
  seedJobs,
  type SeedJob,
  type SeedSource,
} from '../api/seed';

// Tests here wait for pages their clicks open: the install's options page must not be mistaken for one.
test.use({ closeFirstRunPage: true });

/** The seeded data, read the same way the tests' expectations are built from it. */
const seed = (jobId: string): SeedJob => seedJobs().find((job) => job.job_id === jobId)!;
const totalVisits = (job: SeedJob) => job.sources.reduce((sum, source) => sum + source.visits, 0);
const percent = (visits: number, total: number) => `${Math.round((visits / total) * 100)}%`;
const nameCollator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

const readClipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const writeClipboard = (page: Page, text: string) => page.evaluate((t) => navigator.clipboard.writeText(t), text);

async function openedPopupWithJob(openPopup: () => Promise<Page>, jobId: string) {
  const page = await openPopup();
  await lookUp(page, jobId);
  return page;
}

/** Decodes a QR code from an image the page can load (data: URL), drawn on white with a margin. */
async function decodeImage(page: Page, dataUrl: string): Promise<string | null> {
  const { gray, size } = await page.evaluate(async (src) => {
    const image = new Image();
    image.src = src;
    await image.decode();
    // Natural size when small, scaled down (smoothly: jsQR binarises) when large.
    const natural = image.naturalWidth || 300;
    const inner = Math.min(Math.max(natural, 200), 300);
    const size = inner + 40;
    const canvas = document.createElement('canvas');
    canvas.width = size;
    canvas.height = size;
    const context = canvas.getContext('2d')!;
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, size, size);
    context.drawImage(image, 20, 20, inner, inner);
    // One channel is enough (the code is black on white) and keeps the transfer small.
    const rgba = context.getImageData(0, 0, size, size).data;
    let gray = '';
    for (let i = 0; i < rgba.length; i += 4) gray += String.fromCharCode(rgba[i]);
    return { gray: btoa(gray), size };
  }, dataUrl);
  const channel = Buffer.from(gray, 'base64');
  const rgba = new Uint8ClampedArray(size * size * 4);
  for (let i = 0; i < channel.length; i++) {
    rgba[i * 4] = rgba[i * 4 + 1] = rgba[i * 4 + 2] = channel[i];
    rgba[i * 4 + 3] = 255;
  }
  return jsQR(rgba, size, size)?.data ?? null;
}

async function newPageFrom(context: BrowserContext, action: () => Promise<void>): Promise<Page> {
  const [page] = await Promise.all([context.waitForEvent('page'), action()]);
  await page.waitForLoadState('domcontentloaded').catch(() => undefined);
  return page;
}

test.describe('setup', () => {
  test('without a token the popup offers to set up, and the button opens the settings', async ({ context, api, openPopup }) => {
    const page = await openPopup();
    await expect(page.getByRole('heading', { name: 'Connect your Hirempire account' })).toBeVisible();
    await expect(page.getByLabel('Job ID')).toHaveCount(0);
    const options = await newPageFrom(context, () => page.getByRole('button', { name: 'Set up' }).click());
    expect(new URL(options.url()).pathname).toBe('/options.html');
    expect(api.requests).toEqual([]);
  });
});

test.describe('lookup', () => {
  test('a pasted link containing a job id shows that job’s sources with visits and share', async ({ api, connect, openPopup }) => {
    await connect();
    const page = await openPopup();
    await lookUp(page, `  https://app.hirempire.com/jobs/${EXAMPLE_JOB_ID.toUpperCase()}?tab=sources  `);

    const job = seed(EXAMPLE_JOB_ID);
    const total = totalVisits(job);
    for (const source of job.sources) {
      const item = row(page, source.source_name);
      await expect(item).toContainText(`${source.visits} visits · ${percent(source.visits, total)}`);
    }
    await expect(page.getByText(`${total} visits · ${job.sources.length} sources`)).toBeVisible();
    await expect(page.getByRole('heading', { name: `Job ${EXAMPLE_JOB_ID.slice(0, 8)}…` })).toBeVisible();
    const lookups = api.requests.filter((r) => new URL(r.url).searchParams.get('job_id') === EXAMPLE_JOB_ID);
    expect(lookups.length).toBeGreaterThan(0);
  });

  test('text without a job id is refused with a message and no API call', async ({ api, connect, openPopup }) => {
    await connect();
    const page = await openPopup();
    const before = api.requests.length;
    for (const input of ['senior backend paris', 'https://app.hirempire.com/jobs/8fc4ea3c-ecc4-4a92', '   ']) {
      await lookUp(page, input);
      await expect(page.getByRole('alert')).toContainText(/not a job ID|Enter a job ID/);
      await expect(page.getByLabel('Job ID')).toHaveAttribute('aria-invalid', 'true');
    }
    await expect(page.getByRole('heading', { name: /^Job / })).toHaveCount(0);
    expect(api.requests.length).toBe(before);
  });

  test('each row shows name, visits, share bar, created date and a shortened link', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, BOARDS_JOB_ID);
    const job = seed(BOARDS_JOB_ID);
    const total = totalVisits(job);
    await expect(page.getByText(`${total.toLocaleString('en-US')} visits · ${job.sources.length} sources`)).toBeVisible();
    for (const source of job.sources) {
      const item = row(page, source.source_name);
      await expect(item).toContainText(`${source.visits} visits · ${percent(source.visits, total)}`);
      const bar = item.locator('.share__fill');
      const width = await bar.evaluate((el) => el.style.width);
      expect(parseFloat(width)).toBeCloseTo((source.visits / total) * 100, 2);
      const date = item.locator('time');
      await expect(date).toHaveAttribute('datetime', source.created_at);
      await expect(date).toHaveText(/ago|yesterday|last|just now/);
      await expect(date).toHaveAttribute('title', /Created .*2026/);
      const link = item.getByRole('link');
      await expect(link).toHaveAttribute('href', source.source_url);
      const shown = (await link.textContent())!;
      expect(shown.length).toBeLessThan(source.source_url.length);
      expect(source.source_url.endsWith(shown.split('…')[1])).toBe(true);
    }
    // Sorted by visits by default.
    expect(await rowNames(page)).toEqual([...job.sources].sort((a, b) => b.visits - a.visits).map((s) => s.source_name));
  });
});

test.describe('acting on a source', () => {
  test('Copy puts the tracked link on the clipboard and says "Copied"', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, BOARDS_JOB_ID);
    const indeed = seed(BOARDS_JOB_ID).sources.find((s) => s.source_name === 'Indeed')!;
    await page.getByRole('button', { name: 'Copy Indeed link' }).click();
    expect(await readClipboard(page)).toBe(indeed.source_url);
    await expect(page.getByRole('button', { name: 'Copied Indeed link' })).toBeVisible();
    await expect(row(page, 'Indeed').getByText('Copied')).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Indeed link copied' })).toHaveCount(1);
  });

  test('Open opens the tracked link in a new tab', async ({ context, connect, openPopup }) => {
    await connect();
    await context.route('https://jobs.hirempire.com/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Job</title>' }),
    );
    const page = await openedPopupWithJob(openPopup, EXAMPLE_JOB_ID);
    const referral = seed(EXAMPLE_JOB_ID).sources.find((s) => s.source_name === 'Referral')!;
    const opened = await newPageFrom(context, () => page.getByRole('button', { name: 'Open Referral link' }).click());
    await expect(opened).toHaveURL(referral.source_url);
  });

  test('QR code: the drawn code and the PNG and SVG downloads all scan to the tracked link', async ({ connect, openPopup }) => {
    test.slow(); // Three images decoded: slow on a busy machine.
    await connect();
    const page = await openedPopupWithJob(openPopup, BOARDS_JOB_ID);
    const linkedin = seed(BOARDS_JOB_ID).sources.find((s) => s.source_name === 'LinkedIn')!;
    const qrButton = page.getByRole('button', { name: 'QR code for LinkedIn link' });
    await qrButton.click();
    const dialog = page.getByRole('dialog', { name: 'QR code for LinkedIn link' });
    await expect(dialog).toBeVisible();

    const code = dialog.getByRole('img', { name: `QR code of ${linkedin.source_url}` });
    await expect(code).toBeVisible();
    await expect
      .poll(async () => {
        const drawn = await code.evaluate((canvas: HTMLCanvasElement) => canvas.toDataURL('image/png'));
        return decodeImage(page, drawn);
      })
      .toBe(linkedin.source_url);

    const [png] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download PNG' }).click()]);
    expect(png.suggestedFilename()).toBe('hirempire-qr-linkedin.png');
    const pngBytes = readFileSync(await png.path());
    expect(pngBytes.subarray(1, 4).toString()).toBe('PNG');
    expect(await decodeImage(page, `data:image/png;base64,${pngBytes.toString('base64')}`)).toBe(linkedin.source_url);

    const [svg] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('link', { name: 'Download SVG' }).click()]);
    expect(svg.suggestedFilename()).toBe('hirempire-qr-linkedin.svg');
    const svgText = readFileSync(await svg.path(), 'utf8');
    expect(svgText).toContain('<svg');
    expect(await decodeImage(page, `data:image/svg+xml;base64,${Buffer.from(svgText).toString('base64')}`)).toBe(linkedin.source_url);

    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(qrButton).toBeFocused();
  });
});

test.describe('sorting, filtering, copying all', () => {
  test('sort by visits, name or newest', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, BOARDS_JOB_ID);
    const sources = seed(BOARDS_JOB_ID).sources;
    const sortBy = page.getByLabel('Sort by');
    await expect(sortBy).toHaveValue('visits');
    await sortBy.selectOption({ label: 'Name' });
    await expect.poll(() => rowNames(page)).toEqual(sources.map((s) => s.source_name).sort(nameCollator.compare));
    await sortBy.selectOption({ label: 'Newest' });
    await expect
      .poll(() => rowNames(page))
      .toEqual([...sources].sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at)).map((s) => s.source_name));
    await sortBy.selectOption({ label: 'Most visits' });
    await expect.poll(() => rowNames(page)).toEqual([...sources].sort((a, b) => b.visits - a.visits).map((s) => s.source_name));
    // Eight sources or fewer: no filter box.
    await expect(page.getByLabel('Filter sources')).toHaveCount(0);
  });

  test('filter appears above eight sources and narrows the list', async ({ api, connect, openPopup }) => {
    const jobId = '0b0b0b0b-1111-4222-8333-444444444444';
    const names = ['LinkedIn', 'Indeed', 'Welcome to the Jungle', 'Référence interne', 'Newsletter', 'Meetup', 'Slack', 'Twitter', 'Careers page'];
    api.jobs.set(jobId, {
      job_id: jobId,
      title: 'Nine sources',
      sources: names.map((name, i) => ({
        id: `0b0b0b0b-0000-4000-8000-00000000000${i}`,
        source_name: name,
        source_url: `https://jobs.hirempire.com/acme/0b0b0b0b-0000-4000-8000-00000000000${i}`,
        code: `c00${i}`,
        visits: 10 * (i + 1),
        created_at: '2026-10-01T10:00:00.000Z',
      })),
    });
    await connect();
    const page = await openedPopupWithJob(openPopup, jobId);
    const filter = page.getByLabel('Filter sources');
    await filter.fill('reference');
    await expect.poll(() => rowNames(page)).toEqual(['Référence interne']);
    await expect(page.getByText('Showing 1 of 9')).toBeVisible();
    await filter.fill('nothing like this');
    await expect(page.getByText('No source matches “nothing like this”.')).toBeVisible();
    await filter.fill('');
    await expect.poll(async () => (await rowNames(page)).length).toBe(names.length);
  });

  test('Copy all as plain text, CSV and a Markdown table', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, BOARDS_JOB_ID);
    const job = seed(BOARDS_JOB_ID);
    const total = totalVisits(job);
    const ordered = [...job.sources].sort((a, b) => b.visits - a.visits);
    const copyAll = async (label: string) => {
      await page.getByRole('button', { name: 'Copy all' }).click();
      await page.getByRole('group', { name: 'Copy all as' }).getByRole('button', { name: label }).click();
      await expect(page.getByRole('button', { name: 'Copied all' })).toBeVisible();
      const text = await readClipboard(page);
      // Wait for the button to say "Copy all" again before the next round.
      await expect(page.getByRole('button', { name: 'Copy all' })).toBeVisible();
      return text;
    };

    const text = await copyAll('Plain text');
    expect(text.split('\n')).toEqual(
      ordered.map((s) => `${s.source_name} — ${s.visits} visits (${percent(s.visits, total)}) — ${s.source_url}`),
    );

    const csv = await copyAll('CSV');
    expect(csv.split('\r\n')).toEqual([
      '"Source","Visits","Share","Created","Link"',
      ...ordered.map((s) => [`"${s.source_name}"`, s.visits, `"${percent(s.visits, total)}"`, `"${s.created_at}"`, `"${s.source_url}"`].join(',')),
    ]);

    const markdown = await copyAll('Markdown table');
    expect(markdown.split('\n')).toEqual([
      '| Source | Visits | Share | Created | Link |',
      '| --- | ---: | ---: | --- | --- |',
      ...ordered.map((s) => `| ${s.source_name} | ${s.visits} | ${percent(s.visits, total)} | ${s.created_at} | <${s.source_url}> |`),
    ]);
  });
});

test.describe('recent jobs', () => {
  test('label, pick and remove recent jobs; the first is the active job', async ({ connect, openPopup }) => {
    await connect();
    const page = await openPopup();
    await lookUp(page, EXAMPLE_JOB_ID);
    await expect(row(page, 'Referral')).toBeVisible();
    await lookUp(page, BOARDS_JOB_ID);
    await expect(row(page, 'Indeed')).toBeVisible();

    const recent = page.getByRole('region', { name: 'Recent jobs' });
    await recent.getByRole('button', { name: 'Recent jobs (2)' }).click();
    const picks = recent.getByRole('listitem');
    await expect(picks).toHaveCount(2);
    await expect(picks.first()).toContainText('Job 3d6f0a52…');
    await expect(picks.first()).toContainText('Active');
    await expect(picks.first().getByRole('button', { name: /^Job 3d6f0a52/ })).toHaveAttribute('aria-current', 'true');

    await recent.getByRole('button', { name: 'Rename Job 3d6f0a52…' }).click();
    const labelField = recent.getByLabel('Label for job 3d6f0a52…');
    await expect(labelField).toBeFocused();
    await labelField.fill('Senior Backend – Paris');
    await labelField.press('Enter');
    await expect(recent.getByRole('button', { name: /^Senior Backend – Paris/ })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Senior Backend – Paris' })).toBeVisible();

    await recent.getByRole('button', { name: /^Job 8fc4ea3c/ }).click();
    await expect(page.getByRole('heading', { name: 'Job 8fc4ea3c…' })).toBeVisible();
    await expect(row(page, 'Referral')).toBeVisible();
    await expect(row(page, 'Indeed')).toHaveCount(0);
    await expect(picks.first()).toContainText('Job 8fc4ea3c…');
    await expect(picks.first()).toContainText('Active');

    await recent.getByRole('button', { name: 'Remove Job 8fc4ea3c…' }).click();
    await expect(picks).toHaveCount(1);
    // The next job becomes active, here as for the board buttons.
    await expect(page.getByRole('heading', { name: 'Senior Backend – Paris' })).toBeVisible();
    await expect(row(page, 'Indeed')).toBeVisible();

    // The worker kept it all.
    await page.close();
    const again = await openPopup();
    await expect(again.getByRole('heading', { name: 'Senior Backend – Paris' })).toBeVisible();
    await expect(row(again, 'LinkedIn')).toBeVisible();
    await again.getByRole('button', { name: 'Recent jobs (1)' }).click();
    await expect(again.getByRole('region', { name: 'Recent jobs' }).getByRole('listitem')).toHaveCount(1);
  });

  test('reopening shows the active job at once from the cache, then refreshes it', async ({ context, api, connect, openPopup }) => {
    await connect();
    const first = await openedPopupWithJob(openPopup, EXAMPLE_JOB_ID);
    await expect(row(first, 'LinkedIn')).toContainText('142 visits');
    await first.close();

    api.addVisits(EXAMPLE_JOB_ID, 'LinkedIn', 10);
    // Hold the refresh until the cached answer has been seen.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    let arrived = 0;
    await context.route(`${API_ORIGIN}/**`, async (route) => {
      arrived += 1;
      await held;
      await route.fallback();
    });
    const page = await openPopup();
    await expect(row(page, 'LinkedIn')).toContainText('142 visits');
    await expect(page.getByText('Refreshing…')).toBeVisible();
    await expect.poll(() => arrived).toBe(1);
    release();
    await expect(row(page, 'LinkedIn')).toContainText('152 visits');
    await expect(page.getByText('Updated just now')).toBeVisible();
  });
});

test.describe('states', () => {
  test('a loading skeleton shows until the first answer for a job arrives', async ({ context, connect, openPopup }) => {
    await connect();
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    await context.route(`${API_ORIGIN}/**`, async (route) => {
      await held;
      await route.fallback();
    });
    const page = await openedPopupWithJob(openPopup, EXAMPLE_JOB_ID);
    await expect(page.getByRole('status').filter({ hasText: 'Loading sources…' })).toBeAttached();
    await expect(page.locator('[aria-busy="true"]').first()).toBeVisible();
    await expect(page.getByText('Active job · Loading…')).toBeVisible();
    await expect(page.getByRole('list', { name: 'Sources' })).toHaveCount(0);
    release();
    await expect(row(page, 'LinkedIn')).toBeVisible();
    await expect(page.getByText('Loading sources…')).toHaveCount(0);
  });

  test('a job with no sources says so and what to do', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, EMPTY_JOB_ID);
    await expect(page.getByRole('heading', { name: 'This job has no sources yet' })).toBeVisible();
    await expect(page.getByText(/In Hirempire, open the job and add a source/)).toBeVisible();
    await expect(page.getByRole('list', { name: 'Sources' })).toHaveCount(0);
  });

  test('an unknown job: "No job with this ID", and it can be removed from recent jobs', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, UNKNOWN_JOB_ID);
    const alert = page.getByRole('alert').filter({ hasText: 'No job with this ID' });
    await expect(alert).toBeVisible();
    await alert.getByRole('button', { name: 'Remove from recent jobs' }).click();
    await expect(page.getByRole('button', { name: /^Recent jobs/ })).toHaveCount(0);
    await expect(page.getByText('Paste a job ID')).toBeVisible();
  });

  test('a token Hirempire refuses: banner with "Open settings", data kept, no new call on reopen', async ({ context, api, connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, EXAMPLE_JOB_ID);
    await expect(row(page, 'LinkedIn')).toBeVisible();
    api.tokens.clear();
    await page.getByRole('button', { name: 'Refresh' }).click();
    const banner = page.getByRole('alert').filter({ hasText: 'Hirempire did not accept your API token' });
    await expect(banner).toBeVisible();
    await expect(row(page, 'LinkedIn')).toBeVisible();
    // Hirempire answered, so not "offline": the numbers are simply not refreshed.
    await expect(page.getByText(/^Not refreshed — as of/)).toBeVisible();

    const calls = api.requests.length;
    const again = await openPopup();
    await expect(again.getByRole('alert').filter({ hasText: 'did not accept your API token' })).toBeVisible();
    await expect(row(again, 'LinkedIn')).toContainText('142 visits');
    expect(api.requests.length).toBe(calls);
    const options = await newPageFrom(context, () => again.getByRole('button', { name: 'Open settings' }).click());
    expect(new URL(options.url()).pathname).toBe('/options.html');
  });

  test('offline: the cached data stays, marked "offline — as of"', async ({ api, connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, EXAMPLE_JOB_ID);
    await expect(page.getByText('Updated just now')).toBeVisible();
    api.setFault({ kind: 'network-error' });
    await page.getByRole('button', { name: 'Refresh' }).click();
    await expect(page.getByText(/^Offline — as of \d{1,2}:\d{2}/)).toBeVisible();
    await expect(page.getByRole('alert')).toContainText('Cannot reach Hirempire');
    await expect(row(page, 'LinkedIn')).toContainText('142 visits');

    // Reopening while still offline: the cache shows, the failed refresh marks it.
    const again = await openPopup();
    await expect(again.getByText(/^Offline — as of/)).toBeVisible();
    await expect(row(again, 'Referral')).toContainText('36 visits');
    api.clearFault();
    await again.getByRole('alert').getByRole('button', { name: 'Retry' }).click();
    await expect(again.getByText('Updated just now')).toBeVisible();
    await expect(again.getByRole('alert')).toHaveCount(0);
  });

  test('a non-https source is text, not a link, and cannot be copied; unreadable rows are reported', async ({ api, connect, openPopup }) => {
    const jobId = 'abcdef12-3456-4789-8abc-def012345678';
    const good: SeedSource = {
      id: 'good-1',
      source_name: 'LinkedIn',
      source_url: 'https://jobs.hirempire.com/acme/good-1',
      code: 'g001',
      visits: 5,
      created_at: '2026-10-01T10:00:00.000Z',
    };
    api.jobs.set(jobId, {
      job_id: jobId,
      title: 'Hostile data',
      sources: [
        good,
        { ...good, id: 'evil-1', source_name: '<img src=x onerror=alert(1)>', source_url: 'javascript:alert(document.domain)', visits: 3 },
        { ...good, id: 'bad-row', visits: -4 } as SeedSource,
      ],
    });
    await connect();
    const page = await openedPopupWithJob(openPopup, jobId);
    const evil = row(page, '<img src=x onerror=alert(1)>');
    await expect(evil).toBeVisible();
    await expect(evil).toContainText('Unsafe link, not copyable');
    await expect(evil).toContainText('javascript:alert(document.domain)');
    await expect(evil.getByRole('link')).toHaveCount(0);
    await expect(evil.getByRole('button')).toHaveCount(0);
    await expect(page.locator('img')).toHaveCount(0);
    await expect(page.getByText('1 source has a link that is not a secure https address')).toBeVisible();
    await expect(page.getByText('1 source sent by Hirempire could not be read')).toBeVisible();

    // Enter on the row copies nothing.
    await writeClipboard(page, 'untouched');
    await page.getByRole('button', { name: 'Copy all' }).focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    await expect(evil).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: /^Copied/ })).toHaveCount(0);
    expect(await readClipboard(page)).toBe('untouched');

    // Copy all leaves its link out.
    await page.getByRole('button', { name: 'Copy all' }).click();
    await page.getByRole('button', { name: 'Plain text' }).click();
    await expect(page.getByRole('button', { name: 'Copied all' })).toBeVisible();
    const text = await readClipboard(page);
    expect(text).not.toContain('javascript:');
    expect(text).toContain('(no safe link)');
  });

  test('when the clipboard API refuses, the copy falls back; when that fails too, it says so', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, EXAMPLE_JOB_ID);
    const linkedin = seed(EXAMPLE_JOB_ID).sources[0];
    await page.evaluate(() => {
      navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
    });
    await page.getByRole('button', { name: 'Copy LinkedIn link' }).click();
    await expect(page.getByRole('button', { name: 'Copied LinkedIn link' })).toBeVisible();
    expect(await readClipboard(page)).toBe(linkedin.source_url);

    await page.evaluate(() => {
      document.execCommand = () => false;
    });
    await page.getByRole('button', { name: 'Copy Referral link' }).click();
    const alert = page.getByRole('alert').filter({ hasText: 'Could not copy Referral link' });
    await expect(alert).toBeVisible();
    const field = alert.getByRole('textbox', { name: 'Text of Referral link' });
    await expect(field).toHaveValue(seed(EXAMPLE_JOB_ID).sources[1].source_url);
    await expect(field).toBeFocused();
  });
});

test.describe('large jobs and the keyboard', () => {
  test('5,000 sources render virtualised and can be filtered', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, LARGE_JOB_ID);
    const job = seed(LARGE_JOB_ID);
    // The worker reads and checks 5,000 rows first: on a busy machine that takes a while.
    await expect(page.getByText(`${totalVisits(job).toLocaleString('en-US')} visits · 5,000 sources`)).toBeVisible({
      timeout: 20_000,
    });
    const items = page.getByRole('list', { name: 'Sources' }).getByRole('listitem');
    await expect(items.first()).toHaveAttribute('aria-setsize', '5000');
    expect(await items.count()).toBeLessThan(30);

    await page.getByLabel('Filter sources').fill('newsletter 42');
    const expected = job.sources
      .filter((s) => s.source_name.toLowerCase().includes('newsletter 42'))
      .sort((a, b) => b.visits - a.visits || nameCollator.compare(a.source_name, b.source_name))
      .map((s) => s.source_name);
    await expect(page.getByText(`Showing ${expected.length} of 5,000`)).toBeVisible();
    await expect(items.first()).toHaveAttribute('aria-setsize', String(expected.length));
    // Only the rows in view (and a few around them) are in the page.
    await expect
      .poll(async () => {
        const names = await rowNames(page);
        return names.length > 0 && names.every((name, i) => name === expected[i]);
      })
      .toBe(true);

    // The last row by name is reachable from the keyboard and rendered when reached.
    await page.getByLabel('Filter sources').fill('');
    await page.getByLabel('Sort by').selectOption({ label: 'Name' });
    await items.first().focus();
    await page.keyboard.press('End');
    const last = job.sources.map((s) => s.source_name).sort(nameCollator.compare).at(-1)!;
    await expect(row(page, last)).toBeFocused();
    await expect(row(page, last)).toBeInViewport();
    await expect(row(page, last)).toHaveAttribute('aria-posinset', '5000');
  });

  test('arrow keys move through the rows and Enter copies the focused row’s link', async ({ connect, openPopup }) => {
    await connect();
    const page = await openedPopupWithJob(openPopup, BOARDS_JOB_ID);
    const ordered = [...seed(BOARDS_JOB_ID).sources].sort((a, b) => b.visits - a.visits);
    await page.getByRole('button', { name: 'Copy all' }).focus();
    await page.keyboard.press('Tab');
    await expect(row(page, ordered[0].source_name)).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(row(page, ordered[2].source_name)).toBeFocused();
    await page.keyboard.press('Enter');
    expect(await readClipboard(page)).toBe(ordered[2].source_url);
    await expect(row(page, ordered[2].source_name).getByText('Copied')).toBeVisible();
    await page.keyboard.press('ArrowUp');
    await expect(row(page, ordered[1].source_name)).toBeFocused();
    await page.keyboard.press('End');
    await expect(row(page, ordered[3].source_name)).toBeFocused();
    await page.keyboard.press('Home');
    await expect(row(page, ordered[0].source_name)).toBeFocused();
    // The list is one tab stop: Tab goes into the focused row's actions, not to the next row.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: `Copy ${ordered[0].source_name} link` })).toBeFocused();
    // Shift+Tab back, then away and back again: focus returns to the row last used.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    await expect(row(page, ordered[1].source_name)).toBeFocused();
  });
});

test.describe('accessibility and look', () => {
  const screenshots = process.env.UPDATE_SCREENSHOTS === '1';

  for (const scheme of ['light', 'dark'] as const) {
    test(`no WCAG 2.2 AA violations in the popup's states (${scheme})`, async ({ api, context, connect, openPopup }) => {
      test.setTimeout(120_000);
      const check = async (page: Page, state: string) => {
        const results = await new AxeBuilder({ page })
          .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
          .analyze();
        expect(results.violations.map((v) => ({ state, id: v.id, nodes: v.nodes.map((n) => n.target) }))).toEqual([]);
      };
      const open = async () => {
        const page = await openPopup();
        await page.emulateMedia({ colorScheme: scheme });
        return page;
      };

      const setup = await open();
      await expect(setup.getByRole('button', { name: 'Set up' })).toBeVisible();
      await check(setup, 'set-up prompt');
      await setup.close();

      await connect();
      const page = await open();
      await lookUp(page, 'not a job');
      await expect(page.getByRole('alert')).toBeVisible();
      await check(page, 'refused input');

      await lookUp(page, UNKNOWN_JOB_ID);
      await expect(page.getByText('No job with this ID')).toBeVisible();
      await check(page, 'job not found');

      await lookUp(page, EMPTY_JOB_ID);
      await expect(page.getByText('This job has no sources yet')).toBeVisible();
      await check(page, 'empty job');

      await lookUp(page, LARGE_JOB_ID);
      await expect(page.getByLabel('Filter sources')).toBeVisible({ timeout: 20_000 });
      await page.getByLabel('Filter sources').fill('slack 1');
      await expect(page.getByText(/^Showing/)).toBeVisible();
      await check(page, 'large job, filtered');

      await lookUp(page, BOARDS_JOB_ID);
      await expect(row(page, 'Indeed')).toBeVisible();
      await page.getByRole('button', { name: /^Recent jobs/ }).click();
      await page.getByRole('button', { name: 'Rename Job 3d6f0a52…' }).click();
      await check(page, 'recent jobs, renaming');
      await page.keyboard.press('Escape');
      await page.getByRole('button', { name: 'Copy Indeed link' }).click();
      await page.getByRole('button', { name: 'Copy all' }).click();
      await check(page, 'copied, copy-all choices open');
      await page.keyboard.press('Escape');

      await page.getByRole('button', { name: 'QR code for LinkedIn link' }).click();
      await expect(page.getByRole('dialog')).toBeVisible();
      await check(page, 'QR code dialog');
      await page.keyboard.press('Escape');

      api.setFault({ kind: 'network-error' });
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByText(/^Offline — as of/)).toBeVisible();
      await check(page, 'offline');
      api.clearFault();

      api.tokens.clear();
      await page.getByRole('button', { name: 'Refresh' }).click();
      await expect(page.getByText('Hirempire did not accept your API token')).toBeVisible();
      await check(page, 'invalid token');
      await page.close();
      void context;
    });

    test(`README screenshot (${scheme})`, async ({ connect, openPopup }) => {
      test.skip(!screenshots, 'Set UPDATE_SCREENSHOTS=1 to write docs/popup*.png');
      await connect();
      const page = await openPopup();
      // A fixed "now" (before any real fetch time), so relative dates never change between runs.
      await page.clock.setFixedTime(new Date('2026-11-01T12:00:00Z'));
      await page.emulateMedia({ colorScheme: scheme, reducedMotion: 'reduce' });
      await page.reload();
      await lookUp(page, BOARDS_JOB_ID);
      await page.getByRole('button', { name: 'Add label for the active job' }).click();
      await page.getByLabel('Label for job 3d6f0a52…').fill('Senior Backend – Paris');
      await page.getByLabel('Label for job 3d6f0a52…').press('Enter');
      await expect(page.getByRole('heading', { name: 'Senior Backend – Paris' })).toBeVisible();
      await expect(page.getByText('Updated just now')).toBeVisible();
      await page.getByRole('heading', { name: 'Hirempire' }).click();
      mkdirSync('docs', { recursive: true });
      await page.locator('main').screenshot({
        path: path.join('docs', scheme === 'dark' ? 'popup-dark.png' : 'popup.png'),
        animations: 'disabled',
        caret: 'hide',
      });
    });
  }
});

test.describe('what changed since the last look (issue #8)', () => {
  /** The "+N" markers in the source list. */
  const gainMarkers = (page: Page) => page.getByRole('list', { name: 'Sources' }).getByText(/^\+\d/);
  /** When the worker last stored what the popup showed (0: never). Waiting on it, not asserting it. */
  const lastSeenAt = (worker: import('@playwright/test').Worker) =>
    worker.evaluate(async () => {
      const { seenVisits } = (await chrome.storage.local.get('seenVisits')) as { seenVisits?: Array<{ seenAt: number }> };
      return seenVisits?.[0]?.seenAt ?? 0;
    });

  test('sources whose visits rose show "+N" the next time the job is opened, and only then', async ({
    api,
    connect,
    openPopup,
    worker,
  }) => {
    // Three popups and three axe runs: a ceiling for a loaded 2-core machine, not a timing claim.
    test.setTimeout(120_000);
    const job = seed(BOARDS_JOB_ID);
    const visitsOf = (name: string) => job.sources.find((s) => s.source_name === name)!.visits;
    const linkedinBefore = visitsOf('LinkedIn');
    await connect();
    const first = await openedPopupWithJob(openPopup, BOARDS_JOB_ID);
    await expect(row(first, 'LinkedIn')).toContainText(`${linkedinBefore} visits`);
    await expect.poll(() => lastSeenAt(worker)).toBeGreaterThan(0);
    // The first look has nothing to compare with.
    await expect(gainMarkers(first)).toHaveCount(0);
    const firstSeen = await lastSeenAt(worker);
    await first.close();

    api.addVisits(BOARDS_JOB_ID, 'LinkedIn', 12);
    const second = await openPopup();
    const linkedin = row(second, 'LinkedIn');
    const linkedinAfter = linkedinBefore + 12;
    await expect(linkedin).toContainText(`${linkedinAfter} visits`);
    await expect(linkedin.getByText('+12', { exact: true })).toBeVisible();
    await expect(linkedin).toHaveAccessibleName(
      `LinkedIn: ${linkedinAfter} visits, 12 more visits since you last looked, ${percent(linkedinAfter, totalVisits(job) + 12)}`,
    );
    await expect(gainMarkers(second)).toHaveCount(1);
    for (const other of ['Indeed', 'Referral', 'Careers page']) {
      await expect(row(second, other)).not.toHaveAccessibleName(/since you last looked/);
    }
    for (const scheme of ['light', 'dark'] as const) {
      await second.emulateMedia({ colorScheme: scheme });
      const results = await new AxeBuilder({ page: second }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
      expect(results.violations.map((v) => ({ scheme, id: v.id, nodes: v.nodes.map((n) => n.target) }))).toEqual([]);
    }
    // Hovered, the row's background changes: the marker keeps its contrast there too.
    await linkedin.hover();
    const hovered = await new AxeBuilder({ page: second }).include('.source__gain').withRules(['color-contrast']).analyze();
    expect(hovered.violations).toEqual([]);
    // The markers stay while the popup is open, through a refresh.
    await second.getByRole('button', { name: 'Refresh' }).click();
    await expect(second.getByText('Updated just now')).toBeVisible();
    await expect.poll(() => lastSeenAt(worker)).toBeGreaterThan(firstSeen);
    await expect(linkedin.getByText('+12', { exact: true })).toBeVisible();
    const secondSeen = await lastSeenAt(worker);
    await second.close();

    // Opened again with nothing new: no marker.
    const third = await openPopup();
    await expect(row(third, 'LinkedIn')).toContainText(`${linkedinAfter} visits`);
    await expect.poll(() => lastSeenAt(worker)).toBeGreaterThan(secondSeen);
    await expect(gainMarkers(third)).toHaveCount(0);
    // Its baseline is that last look: new Indeed visits get a marker, LinkedIn's earlier ones no longer do.
    api.addVisits(BOARDS_JOB_ID, 'Indeed', 5);
    await third.getByRole('button', { name: 'Refresh' }).click();
    await expect(row(third, 'Indeed').getByText('+5', { exact: true })).toBeVisible();
    await expect(row(third, 'Indeed')).toHaveAccessibleName(
      new RegExp(`^Indeed: ${visitsOf('Indeed') + 5} visits, 5 more visits since you last looked, `),
    );
    await expect(gainMarkers(third)).toHaveCount(1);
  });
});
