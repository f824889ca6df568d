import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { JobSource } from '@/utils/api/schema';
import { readFirstScreen, showFirstScreen, type FirstScreen } from '@/utils/popup/first-screen';
import { firstScreenSettled, handOverFirstScreen } from '@/utils/popup/hand-over';
import { paintFirstScreen } from '@/utils/popup/paint';
import { PREVIEW_ROWS, previewOf } from '@/utils/popup/preview';
import {
  cacheKey,
  clearSourcesCache,
  DEFAULT_API_BASE_URL,
  previewKey,
  readCachedSources,
  recentJobsItem,
  removeCachedSources,
  settingsItem,
  tokenStatusItem,
  writeCachedSources,
  type CachedSources,
} from '@/utils/storage';
import { RECENT_JOBS_KEY, SETTINGS_KEY, TOKEN_STATUS_KEY } from '@/utils/storage-keys';
import { cachedEntry, JOB, source as namedSource } from './helpers';

/**
 * The popup's first screen: the preview the worker files beside each answer, read back straight
 * from storage (no worker, no React), and painted as plain DOM until the app takes over.
 */
const NOW = Date.UTC(2026, 10, 29, 12);

const source = (i: number, visits: number, url = `https://jobs.hirempire.com/acme/${i}`) =>
  namedSource(`s-${i}`, `Source ${i}`, visits, url, '2026-11-01T00:00:00.000Z');

/** The job's answer, fetched a minute ago. */
const entry = (sources: JobSource[], skipped = 0) => cachedEntry(JOB, sources, { fetchedAt: NOW - 60_000, skipped });

/** As storage.local holds it: JSON (NaN becomes null, undefined goes). */
const stored = <T,>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

async function recruiterWith(cached: CachedSources | null, state: 'connected' | 'unchecked' | 'invalid' | 'none' = 'connected') {
  await tokenStatusItem.setValue({ state });
  await recentJobsItem.setValue([{ jobId: JOB, label: 'Backend – Paris', openedAt: NOW }, { jobId: 'c0ffee00-0000-4000-8000-0000000000e0', openedAt: 1 }]);
  if (cached) await writeCachedSources(DEFAULT_API_BASE_URL, JOB, cached);
}

describe('the preview kept beside each cached answer', () => {
  it('holds the first screen in the popup’s opening order, and the totals of the whole job', () => {
    const sources = Array.from({ length: 30 }, (_, i) => source(i, (i * 7) % 11));
    sources.push(source(99, 5, 'javascript:alert(1)'));
    const preview = previewOf(entry(sources, 2));
    expect(preview.top).toHaveLength(PREVIEW_ROWS);
    expect(preview.top.map((s) => s.visits)).toEqual([...sources].map((s) => s.visits).sort((a, b) => b - a).slice(0, PREVIEW_ROWS));
    expect(preview.totals).toEqual({ visits: sources.reduce((sum, s) => sum + s.visits, 0), sources: 31 });
    expect(preview).toMatchObject({ jobId: JOB, fetchedAt: NOW - 60_000, skipped: 2, unsafe: 1 });
  });

  it('is written, removed and cleared with its answer', async () => {
    const answer = entry([source(1, 3), source(2, 9)]);
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB, answer);
    const local = () => fakeBrowser.storage.local.get(null);
    // storage.local holds the preview only; the answer is in the answers' database.
    expect(await local()).toEqual({ [previewKey(DEFAULT_API_BASE_URL, JOB).slice(6)]: stored(previewOf(answer)) });
    expect(await readCachedSources(DEFAULT_API_BASE_URL, JOB)).toEqual(answer);
    await removeCachedSources(DEFAULT_API_BASE_URL, JOB);
    expect(Object.keys(await local())).toEqual([]);
    expect(await readCachedSources(DEFAULT_API_BASE_URL, JOB)).toBeNull();
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB, answer);
    await clearSourcesCache();
    expect(Object.keys(await local()).filter((key) => key.includes(JOB))).toEqual([]);
    expect(await readCachedSources(DEFAULT_API_BASE_URL, JOB)).toBeNull();
  });

  it('lives under the same keys the first paint reads (storage-keys.ts)', () => {
    expect(settingsItem.key).toBe(`local:${SETTINGS_KEY}`);
    expect(tokenStatusItem.key).toBe(`local:${TOKEN_STATUS_KEY}`);
    expect(recentJobsItem.key).toBe(`local:${RECENT_JOBS_KEY}`);
    expect(previewKey('https://a.example', 'ABC')).toBe(`local:${cacheKey('https://a.example', 'ABC').replace('cache:', 'preview:')}`);
  });
});

describe('readFirstScreen', () => {
  const read = () => readFirstScreen(fakeBrowser.storage.local as never);

  it('gives the active job and its preview, read straight from storage', async () => {
    const answer = entry([source(1, 3), source(2, 9)]);
    await recruiterWith(answer);
    expect(await read()).toEqual({ job: { jobId: JOB, label: 'Backend – Paris', openedAt: NOW }, recentCount: 2, preview: stored(previewOf(answer)) });
  });

  it('follows the API origin in the settings: another origin’s preview is not this one’s', async () => {
    await recruiterWith(entry([source(1, 3)]));
    await settingsItem.setValue({ ...(await settingsItem.getValue()), apiBaseUrl: 'https://hirempire.internal.example' });
    expect(await read()).toBeNull();
  });

  it.each(['invalid', 'none'] as const)('paints nothing when the token is %s: the popup has something else to say first', async (state) => {
    await recruiterWith(entry([source(1, 3)]), state);
    expect(await read()).toBeNull();
  });

  it('paints nothing without a cached answer, or without a recent job', async () => {
    await recruiterWith(null);
    expect(await read()).toBeNull();
    await recentJobsItem.setValue([]);
    expect(await read()).toBeNull();
  });

  it.each([
    ['a link that is not https', (p: Record<string, unknown>) => ((p.top as JobSource[])[0].trackedLink = 'javascript:alert(1)')],
    ['visits that are not a count', (p: Record<string, unknown>) => ((p.top as JobSource[])[0].visits = -1)],
    ['a preview of another job', (p: Record<string, unknown>) => (p.jobId = 'another-job')],
    ['no totals', (p: Record<string, unknown>) => delete p.totals],
    ['more rows than sources', (p: Record<string, unknown>) => ((p.totals as { sources: number }).sources = 0)],
  ])('refuses a stored preview with %s', async (_, spoil) => {
    await recruiterWith(entry([source(1, 3), source(2, 9)]));
    const key = previewKey(DEFAULT_API_BASE_URL, JOB).slice('local:'.length);
    const preview = (await fakeBrowser.storage.local.get(key))[key] as Record<string, unknown>;
    spoil(preview);
    await fakeBrowser.storage.local.set({ [key]: preview });
    expect(await read()).toBeNull();
  });
});

describe('paintFirstScreen', () => {
  let root: HTMLElement;
  let first: FirstScreen;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
    const sources = [source(1, 30), source(2, 10, 'http://plain.example/2'), ...Array.from({ length: 10 }, (_, i) => source(10 + i, 1))];
    sources[0].name = '<img src=x onerror=alert(1)>';
    first = { job: { jobId: JOB, label: 'Backend – Paris', openedAt: NOW }, recentCount: 2, preview: stored(previewOf(entry(sources))) };
  });
  afterEach(() => root.remove());

  it('shows the job, its totals and its first rows, and says the numbers are being refreshed', () => {
    paintFirstScreen(first, root);
    const text = root.textContent ?? '';
    expect(root.querySelector('h2')?.textContent).toBe('Backend – Paris');
    expect(root.querySelector('.active-job__status')?.textContent).toBe('Refreshing…');
    expect(root.querySelector('.sources__summary')?.textContent).toBe('50 visits · 12 sources');
    const rows = [...root.querySelectorAll<HTMLElement>('li[data-index]')];
    expect(rows).toHaveLength(PREVIEW_ROWS);
    expect(rows[0].getAttribute('aria-label')).toMatch(/^<img src=x onerror=alert\(1\)>: 30 visits/);
    expect(rows[0].getAttribute('aria-setsize')).toBe('12');
    // Names are text, never markup.
    expect(root.querySelector('img')).toBeNull();
    expect(text).toContain('<img src=x onerror=alert(1)>');
    // A link that is not https is shown as text, with no way to copy or open it.
    expect(rows[1].querySelector('a')).toBeNull();
    expect(rows[1].querySelectorAll('button')).toHaveLength(0);
    expect([...root.querySelectorAll('a')].every((a) => a.getAttribute('href')!.startsWith('https://'))).toBe(true);
    // Only the rows' Copy and Open can be used before the app is there.
    const usable = [...root.querySelectorAll<HTMLElement>('button, input, select')].filter((control) => !control.closest('[inert]'));
    expect(usable.map((b) => b.textContent)).toEqual(rows.flatMap((row) => (row.querySelector('a') ? ['Copy', 'Open'] : [])));
  });

  it('copies a row’s link at once, and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
    paintFirstScreen(first, root);
    const copy = root.querySelector<HTMLButtonElement>('li[data-index="0"] button')!;
    copy.click();
    await vi.waitFor(() => expect(copy.getAttribute('aria-label')).toBe('Copied <img src=x onerror=alert(1)> link'));
    expect(writeText).toHaveBeenCalledWith('https://jobs.hirempire.com/acme/1');
    expect(root.querySelector('[role="status"]')?.textContent).toMatch(/copied/i);
  });

  it('hands over to the app: the painted screen goes, the app shows, the focused row keeps focus', () => {
    paintFirstScreen(first, root);
    const app = document.createElement('div');
    app.hidden = true;
    app.innerHTML = '<ul><li data-index="0" tabindex="0">a</li><li data-index="3" tabindex="-1">b</li></ul>';
    root.append(app);
    root.querySelector<HTMLButtonElement>('li[data-index="3"] button')!.focus();
    handOverFirstScreen(root, app);
    expect(root.querySelector('[data-first-screen]')).toBeNull();
    expect(app.hidden).toBe(false);
    expect(document.activeElement).toBe(app.querySelector('li[data-index="3"]'));
  });
});

describe('the two scripts of the popup meet at its root (hand-over.ts)', () => {
  let root: HTMLElement;
  beforeEach(() => {
    root = document.createElement('div');
    document.body.append(root);
  });
  afterEach(() => root.remove());
  const area = () => fakeBrowser.storage.local as never;

  it('the app waits while the first screen is painted, then learns it was', async () => {
    await recruiterWith(entry([source(1, 3), source(2, 9)]));
    const shown = showFirstScreen(root, area());
    expect(root.dataset.firstScreenState).toBe('painting');
    const settled = firstScreenSettled(root);
    await shown;
    expect(await settled).toBe(true);
    expect(root.querySelectorAll('[data-first-screen] li[data-index]')).toHaveLength(2);
    // Asked again later (the app's module ran after the paint): the same answer at once.
    expect(await firstScreenSettled(root)).toBe(true);
  });

  it('with nothing to paint, or a storage that fails, the app is told to do it all', async () => {
    await recruiterWith(null);
    await showFirstScreen(root, area());
    expect(await firstScreenSettled(root)).toBe(false);
    const broken = { get: () => Promise.reject(new Error('storage is gone')) };
    await showFirstScreen(root, broken as never);
    expect(root.dataset.firstScreenState).toBe('none');
    expect(await firstScreenSettled(root)).toBe(false);
    expect(root.children).toHaveLength(0);
  });

  it('without the first-screen script at all, the app does not wait', async () => {
    expect(await firstScreenSettled(root)).toBe(false);
  });
});
