import type { Page } from '@playwright/test';
import { BOARDS_JOB_ID, LARGE_JOB_ID } from '../tests/api/seed';
import { API_ORIGIN, BASELINE_ORIGIN, domQuiet, freshPage, POPUP_SIZE, type BenchBrowser } from './browser';

/**
 * The popup's figures, measured inside the page: a MutationObserver installed before any of
 * the page's scripts notes when the first source row (`li[data-index]`, the virtual list's
 * row) is in the DOM, and the frame after it. performance.now() counts from the navigation's
 * start (performance.timeOrigin), so no clock is shared with Node.
 */
export const STATIC_PAGE_URL = `${BASELINE_ORIGIN}/static-sources.html`;

export interface FirstRow {
  /** The first row is in the DOM (ms since navigation start). */
  domMs: number;
  /** The frame after it has been produced: the row is on screen. */
  shownMs: number;
}

function firstRowProbe() {
  const marks: { rowAt: number | null; shownAt: number | null } = { rowAt: null, shownAt: null };
  (window as unknown as { __bench: typeof marks }).__bench = marks;
  const observer = new MutationObserver(() => {
    if (marks.rowAt !== null || !document.querySelector('li[data-index]')) return;
    marks.rowAt = performance.now();
    observer.disconnect();
    // rAF runs before the frame is drawn; a message posted from it is handled after.
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (marks.shownAt = performance.now());
      channel.port2.postMessage(null);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
}

async function openAndTime(bench: BenchBrowser, url: string): Promise<{ page: Page; first: FirstRow }> {
  const page = await freshPage(bench.context, POPUP_SIZE);
  await page.addInitScript(firstRowProbe);
  await page.goto(url);
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __bench?: { rowAt: number | null; shownAt: number | null } }).__bench;
      return marks?.shownAt != null ? { domMs: marks.rowAt!, shownMs: marks.shownAt } : null;
    },
    undefined,
    { timeout: 15_000, polling: 20 },
  );
  return { page, first: (await handle.jsonValue()) as FirstRow };
}

const cacheKey = (jobId: string) => `cache:${API_ORIGIN}|${jobId.toLowerCase()}`;

async function setCacheWarm(bench: BenchBrowser, jobId: string, warm: boolean) {
  if (warm) {
    const present = await bench.inExtension(async (key) => key in (await chrome.storage.local.get(key)), cacheKey(jobId));
    if (!present) await bench.ask({ type: 'sources.fetch', jobId });
  } else {
    await bench.inExtension(
      (key) => (chrome.storage.local as unknown as { remove(k: string): Promise<void> }).remove(key),
      cacheKey(jobId),
    );
  }
}

/**
 * Opens the popup with the job active and its cache warm or cold. `settle`: waits for the
 * refresh behind the rows to land in the popup, and keeps the popup open for more.
 */
async function popupRun(bench: BenchBrowser, jobId: string, warm: boolean, settle = false) {
  await setCacheWarm(bench, jobId, warm);
  await bench.workerIdle();
  const asked = bench.api.requests.length;
  const { page, first } = await openAndTime(bench, bench.extensionUrl('popup.html'));
  if (settle) {
    const deadline = Date.now() + 10_000;
    while (bench.api.requests.length === asked && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    // The Refresh button is aria-busy until the answer is in.
    await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'), undefined, { timeout: 20_000, polling: 50 });
    await domQuiet(page, 200);
  } else {
    await page.close();
  }
  return { page, first };
}

export interface PopupPair {
  staticPage: FirstRow;
  warm: FirstRow;
  cold: FirstRow;
}

/** The 4-source job: warm and cold cache against the static page, in a rotating order per run. */
export async function popupVersusStatic(bench: BenchBrowser, runs: number): Promise<PopupPair[]> {
  await bench.ask({ type: 'jobs.open', jobId: BOARDS_JOB_ID });
  await bench.ask({ type: 'sources.fetch', jobId: BOARDS_JOB_ID });
  const results: PopupPair[] = [];
  const kinds = ['staticPage', 'warm', 'cold'] as const;
  // Run 0 warms the browser's caches (code, fonts) and is not counted.
  for (let run = -1; run < runs; run++) {
    const row: Partial<PopupPair> = {};
    const order = kinds.map((_, i) => kinds[(i + Math.max(run, 0)) % kinds.length]);
    for (const kind of order) {
      if (kind === 'staticPage') {
        await bench.workerIdle();
        const { page, first } = await openAndTime(bench, STATIC_PAGE_URL);
        await page.close();
        row.staticPage = first;
      } else {
        const { page, first } = await popupRun(bench, BOARDS_JOB_ID, kind === 'warm', true);
        await page.close();
        row[kind] = first;
      }
    }
    if (run >= 0) results.push(row as PopupPair);
  }
  return results;
}

export interface LargeRun {
  warm: FirstRow;
  cold: FirstRow;
  /** keydown → the frame after the list changed, per keystroke (ms). */
  keystrokes: Array<{ key: string; ms: number | null; shownAfter: string }>;
}

/**
 * The keystroke probe: keydown's own timestamp (when the browser received it, so time spent
 * waiting for a busy main thread is counted), then the first change inside the list, then the
 * frame after it. Null when the list did not change within 3 s.
 */
function armKeystroke() {
  const w = window as unknown as { __key?: Promise<number | null> };
  const list = document.querySelector('li[data-index]')?.parentElement;
  w.__key = new Promise((resolve) => {
    if (!list) return resolve(null);
    let downAt: number | null = null;
    let settled = false;
    addEventListener('keydown', (event) => (downAt = event.timeStamp), { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (downAt === null || settled) return;
      settled = true;
      observer.disconnect();
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve(performance.now() - downAt!);
        channel.port2.postMessage(null);
      });
    });
    observer.observe(list, { childList: true, subtree: true, attributes: true, characterData: true });
    setTimeout(() => {
      if (settled) return;
      settled = true;
      observer.disconnect();
      resolve(null);
    }, 3000);
  });
}

// Each key changes which rows are shown (no link contains "u" or "k"; only some names do).
const KEYS = [
  { key: 'u', query: 'u' },
  { key: 'Backspace', query: '' },
  { key: 'k', query: 'k' },
  { key: 'Backspace', query: '' },
];

/** 5,000 sources: first rows warm and cold, then filter keystrokes in the warm popup. */
export async function largeJob(bench: BenchBrowser, runs: number): Promise<LargeRun[]> {
  await bench.ask({ type: 'jobs.open', jobId: LARGE_JOB_ID });
  await bench.ask({ type: 'sources.fetch', jobId: LARGE_JOB_ID });
  const results: LargeRun[] = [];
  // The 4-source runs have already warmed the browser's caches: every run counts.
  for (let run = 0; run < runs; run++) {
    // Cold first: that popup ends with the fresh answer on screen and nothing left to refresh,
    // so its filter is measured on a quiet page.
    const { page, first: cold } = await popupRun(bench, LARGE_JOB_ID, false, true);
    const filter = page.getByRole('searchbox');
    await filter.focus();
    const keystrokes: LargeRun['keystrokes'] = [];
    for (const { key, query } of KEYS) {
      await page.evaluate(armKeystroke);
      await page.keyboard.press(key);
      const ms = await page.evaluate(() => (window as unknown as { __key: Promise<number | null> }).__key);
      await domQuiet(page, 150);
      if ((await filter.inputValue()) !== query) throw new Error(`The filter holds "${await filter.inputValue()}", not "${query}"`);
      const shownAfter = `${await page.locator('li[data-index]').count()} rows rendered`;
      keystrokes.push({ key, ms, shownAfter });
    }
    await page.close();
    const { first: warm } = await popupRun(bench, LARGE_JOB_ID, true);
    results.push({ warm, cold, keystrokes });
  }
  return results;
}
