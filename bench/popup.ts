import type { Page } from '@playwright/test';
import { BOARDS_JOB_ID, EXAMPLE_JOB_ID, LARGE_JOB_ID } from '../tests/api/seed';
import { API_ORIGIN, domQuiet, freshPage, POPUP_SIZE, type BenchBrowser } from './browser';

/**
 * The popup's figures, measured inside the page: a MutationObserver installed before any of
 * the page's scripts notes when the first source row (`li[data-index]`, the virtual list's
 * row) is in the DOM, and the frame after it. performance.now() counts from the navigation's
 * start (performance.timeOrigin), so no clock is shared with Node.
 */
export const STATIC_PAGE = 'bench-static.html';
/** The same rows and CSS rendered by React from hard-coded data: the floor of any React popup. */
export const REACT_FLOOR_PAGE = 'bench-floor.html';
export const REACT_FLOOR_SCRIPT = 'bench-floor.js';

export interface FirstRow {
  /** The first row is in the DOM (ms since navigation start). */
  domMs: number;
  /** The frame after it has been produced: the row is on screen. */
  shownMs: number;
  /**
   * A click on the first row's Copy button worked: its handler wrote to the clipboard (ms since
   * navigation start). Clicks are sent one after another from the moment the row is seen; this is
   * the first one that did something. Only for the runs that measure it.
   */
  copyMs?: number;
}

function firstRowProbe() {
  const marks: { rowAt: number | null; shownAt: number | null; copiedAt: number | null } = { rowAt: null, shownAt: null, copiedAt: null };
  (window as unknown as { __bench: typeof marks }).__bench = marks;
  // Any copy, by either route utils/clipboard.ts takes: the time its click handler ran.
  const clipboard = navigator.clipboard as Clipboard | undefined;
  if (clipboard) {
    const write = clipboard.writeText.bind(clipboard);
    clipboard.writeText = (text: string) => {
      marks.copiedAt ??= performance.now();
      return write(text);
    };
  }
  const exec = document.execCommand.bind(document);
  document.execCommand = (command: string, ...rest: [boolean?, string?]) => {
    if (command === 'copy') marks.copiedAt ??= performance.now();
    return exec(command, ...rest);
  };
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

async function openAndTime(bench: BenchBrowser, url: string, { copy = false } = {}): Promise<{ page: Page; first: FirstRow }> {
  const page = await freshPage(bench.context, POPUP_SIZE);
  await page.addInitScript(firstRowProbe);
  await page.goto(url, { waitUntil: 'commit' });
  const handle = await page.waitForFunction(
    () => {
      const marks = (window as unknown as { __bench?: { rowAt: number | null; shownAt: number | null } }).__bench;
      return marks?.rowAt != null ? true : null;
    },
    undefined,
    { timeout: 60_000, polling: 10 },
  );
  await handle.dispose();
  const copyMs = copy ? await firstWorkingCopy(page) : undefined;
  const marks = await page.waitForFunction(
    () => {
      const m = (window as unknown as { __bench: { rowAt: number; shownAt: number | null } }).__bench;
      return m.shownAt != null ? { domMs: m.rowAt, shownMs: m.shownAt } : null;
    },
    undefined,
    { timeout: 60_000, polling: 20 },
  );
  return { page, first: { ...((await marks.jsonValue()) as FirstRow), copyMs } };
}

/**
 * Clicks the first row's Copy button, again and again, as a recruiter in a hurry would, until a
 * click is handled. Real (trusted) clicks at the button's current place: the row may be
 * repainted in between.
 */
async function firstWorkingCopy(page: Page): Promise<number> {
  const deadline = Date.now() + 10_000;
  const copiedAt = () => page.evaluate(() => (window as unknown as { __bench: { copiedAt: number | null } }).__bench.copiedAt);
  while (Date.now() < deadline) {
    const box = await page.evaluate(() => {
      const button = document.querySelector('li[data-index="0"] button');
      const rect = button?.getBoundingClientRect();
      return rect && rect.width ? { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 } : null;
    });
    if (box) await page.mouse.click(box.x, box.y);
    const at = await copiedAt();
    if (at != null) return at;
  }
  throw new Error('no click on Copy worked within 10 s');
}

/**
 * Warm: the job's answer is in the extension's storage, as after any earlier look. Cold: nothing
 * of the job is stored (its answer in the answers' database, utils/answers-db.ts, and every key
 * storage.local files under it), as the first time a recruiter looks a job up.
 */
async function setCacheWarm(bench: BenchBrowser, jobId: string, warm: boolean) {
  if (warm) {
    const cached = await bench.ask<{ ok: boolean; value: unknown }>({ type: 'sources.cached', jobId });
    if (!cached.ok || !cached.value) await bench.ask({ type: 'sources.fetch', jobId });
  } else {
    await bench.inExtension(async (arg) => {
      const [origin, id] = JSON.parse(arg) as [string, string];
      const local = chrome.storage.local as unknown as { getKeys(): Promise<string[]>; remove(k: string[]): Promise<void> };
      await local.remove((await local.getKeys()).filter((key) => key.endsWith(`|${id}`)));
      await new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('hirempire-cache');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          if (!db.objectStoreNames.contains('answers')) return db.close(), resolve();
          const tx = db.transaction('answers', 'readwrite');
          tx.objectStore('answers').delete(`cache:${origin}|${id}`);
          tx.oncomplete = () => (db.close(), resolve());
          tx.onerror = () => reject(tx.error);
        };
      });
    }, JSON.stringify([API_ORIGIN, jobId.toLowerCase()]));
  }
}

/**
 * Opens the popup with the job active and its cache warm or cold. `settle`: waits for the
 * refresh behind the rows to land in the popup, and keeps the popup open for more.
 * `copy`: also times the first click on Copy that works.
 */
async function popupRun(bench: BenchBrowser, jobId: string, warm: boolean, { settle = false, copy = false } = {}) {
  await bench.ask({ type: 'jobs.open', jobId });
  await setCacheWarm(bench, jobId, warm);
  await bench.workerIdle();
  const asked = bench.api.requests.length;
  const { page, first } = await openAndTime(bench, bench.extensionUrl('popup.html'), { copy });
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
  reactFloor: FirstRow;
  warm: FirstRow;
  cold: FirstRow;
}

/**
 * The 4-source job: the popup with its cache warm and cold, the static page, and the React
 * floor, in a rotating order per run. The warm popup and the floor also time a working Copy.
 */
export async function popupVersusStatic(bench: BenchBrowser, runs: number): Promise<PopupPair[]> {
  await bench.ask({ type: 'jobs.open', jobId: BOARDS_JOB_ID });
  await bench.ask({ type: 'sources.fetch', jobId: BOARDS_JOB_ID });
  const results: PopupPair[] = [];
  const kinds = ['staticPage', 'warm', 'reactFloor', 'cold'] as const;
  // Run 0 warms the browser's caches (code, fonts) and is not counted.
  for (let run = -1; run < runs; run++) {
    const row: Partial<PopupPair> = {};
    const order = kinds.map((_, i) => kinds[(i + Math.max(run, 0)) % kinds.length]);
    for (const kind of order) {
      if (kind === 'staticPage' || kind === 'reactFloor') {
        await bench.workerIdle();
        const { page, first } = await openAndTime(bench, bench.extensionUrl(kind === 'staticPage' ? STATIC_PAGE : REACT_FLOOR_PAGE), {
          copy: kind === 'reactFloor',
        });
        await page.close();
        row[kind] = first;
      } else {
        const { page, first } = await popupRun(bench, BOARDS_JOB_ID, kind === 'warm', { settle: true, copy: kind === 'warm' });
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
  /** The 2-source job, opened the same way just before or after: the large job's yardstick. */
  smallWarm: FirstRow;
  smallCold: FirstRow;
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

/**
 * 5,000 sources against the 2-source job: first rows warm and cold, each pair close together
 * (which goes first alternates). The cold large popup then stays open, and once it has settled,
 * times filter keystrokes.
 */
export async function largeJob(bench: BenchBrowser, runs: number): Promise<LargeRun[]> {
  for (const jobId of [EXAMPLE_JOB_ID, LARGE_JOB_ID]) {
    await bench.ask({ type: 'jobs.open', jobId });
    await bench.ask({ type: 'sources.fetch', jobId });
  }
  const results: LargeRun[] = [];
  // The 4-source runs have already warmed the browser's caches: every run counts.
  for (let run = 0; run < runs; run++) {
    const smallFirst = run % 2 === 1;
    const small = async (warm: boolean) => (await popupRun(bench, EXAMPLE_JOB_ID, warm)).first;
    // Cold first: that popup ends with the fresh answer on screen and nothing left to refresh,
    // so its filter is measured on a quiet page.
    const smallColdBefore = smallFirst ? await small(false) : null;
    const { page, first: cold } = await popupRun(bench, LARGE_JOB_ID, false, { settle: true });
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
    const smallCold = smallColdBefore ?? (await small(false));
    const smallWarmBefore = smallFirst ? await small(true) : null;
    const { first: warm } = await popupRun(bench, LARGE_JOB_ID, true);
    const smallWarm = smallWarmBefore ?? (await small(true));
    results.push({ warm, cold, smallWarm, smallCold, keystrokes });
  }
  return results;
}
