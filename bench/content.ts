import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from '@playwright/test';
import { BASELINE_ORIGIN, domQuiet, freshPage, LINKEDIN_ORIGIN, type BenchBrowser } from './browser';

/**
 * The content script's figures, on bench/pages/busy-board.html served at LinkedIn's posting
 * path and feed path, and at the same paths on a host where the content script never runs.
 * The control is found by its host element, <hirempire-link> (utils/boards/control.ts).
 */
export const BUSY_PAGE = readFileSync(path.join(path.dirname(fileURLToPath(import.meta.url)), 'pages/busy-board.html'), 'utf8');
export const POSTING_PATH = '/job-posting/?hirempire-bench=busy';
export const FEED_PATH = '/feed/?hirempire-bench=busy';
const HOST = 'hirempire-link';
const PAGE_SIZE = { width: 1280, height: 800 };
/** The page's two target fields: the description editor and the apply-method input. */
const TARGETS = 2;

export interface BusyOptions {
  /** Frames of churn per burst. */
  rounds: number;
  /** Posts (7 nodes each) swapped in each frame. */
  posts: number;
  /** The form (both target fields) is rendered anew every this many frames; 0: never. */
  rerenderEvery: number;
}

function hostProbe() {
  const hosts: number[] = ((window as unknown as { __benchHosts: number[] }).__benchHosts = []);
  new MutationObserver((records) => {
    const at = performance.now();
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) if (node.nodeName.toLowerCase() === 'hirempire-link') hosts.push(at);
    }
  }).observe(document, { childList: true, subtree: true });
}

export interface FieldToButtonRun {
  /** Navigation start → every target field of the page as served has its control. */
  afterLoadMs: number;
  /** The page inserts fresh fields → every one has its control (ms), per insertion. */
  insertions: number[];
}

/** Target field appears → its control's host is in the page. */
export async function fieldToButton(bench: BenchBrowser, runs: number, insertsPerRun = 4): Promise<FieldToButtonRun[]> {
  const results: FieldToButtonRun[] = [];
  for (let run = -1; run < runs; run++) {
    const page = await freshPage(bench.context, PAGE_SIZE);
    await page.addInitScript(hostProbe);
    await page.goto(LINKEDIN_ORIGIN + POSTING_PATH);
    const afterLoadMs = (await (
      await page.waitForFunction(
        (n) => {
          const hosts = (window as unknown as { __benchHosts: number[] }).__benchHosts;
          return hosts.length >= n ? hosts[n - 1] : null;
        },
        TARGETS,
        { timeout: 15_000, polling: 20 },
      )
    ).jsonValue()) as number;
    await domQuiet(page, 200);
    const insertions: number[] = [];
    for (let i = 0; i < insertsPerRun; i++) {
      const fieldAt = await page.evaluate(() => (window as unknown as { __benchPage: { renderForm(): number } }).__benchPage.renderForm());
      const latency = await page.waitForFunction(
        ([since, n]) => {
          const after = (window as unknown as { __benchHosts: number[] }).__benchHosts.filter((at) => at >= since);
          return after.length >= n ? after[n - 1] - since : null;
        },
        [fieldAt, TARGETS] as const,
        { timeout: 5000, polling: 10 },
      );
      insertions.push((await latency.jsonValue()) as number);
      await domQuiet(page, 100);
    }
    await page.close();
    if (run >= 0) results.push({ afterLoadMs, insertions });
  }
  return results;
}

export interface BusyCost {
  /** Main thread CPU time (CDP Performance ThreadTime delta), ms. */
  cpuMs: number;
  /** Time in the main thread's tasks (TaskDuration delta, counted in thread time), ms. */
  taskMs: number;
  /** JavaScript, the page's and the content script's (ScriptDuration delta, thread time), ms. */
  scriptMs: number;
  /** Style and layout (RecalcStyleDuration + LayoutDuration deltas, thread time), ms. */
  layoutMs: number;
  /** The churn from start to end as the page saw it (wall time), ms. */
  wallMs: number;
}

type Cdp = Awaited<ReturnType<BenchBrowser['context']['newCDPSession']>>;

async function metrics(cdp: Cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string) => (metrics.find((m) => m.name === name)?.value ?? Number.NaN) * 1000;
  return {
    cpu: get('ThreadTime'),
    task: get('TaskDuration'),
    script: get('ScriptDuration'),
    layout: get('LayoutDuration') + get('RecalcStyleDuration'),
  };
}

interface BusyPage {
  url: string;
  page: Page;
  cdp: Cdp;
  /** Content script controls expected on the page (0 where it does not run, or off the posting form). */
  controls: number;
}

/** Opens the busy page and lets it settle: the content script runs at document_idle, then asks the worker for the link. */
async function openBusyPage(bench: BenchBrowser, url: string): Promise<BusyPage> {
  const page = await freshPage(bench.context, PAGE_SIZE);
  await page.goto(url);
  const controls = url.startsWith(LINKEDIN_ORIGIN) && url.includes('/job-posting/') ? TARGETS : 0;
  if (controls) await page.locator(HOST).nth(controls - 1).waitFor({ state: 'attached', timeout: 10_000 });
  await domQuiet(page, 200);
  const cdp = await bench.context.newCDPSession(page);
  // threadTicks: durations in the main thread's CPU time, not wall time (the machine is shared).
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return { url, page, cdp, controls };
}

/** One burst of churn on an open busy page, and what it cost the page's main thread. */
async function burst({ url, page, cdp, controls }: BusyPage, options: BusyOptions): Promise<BusyCost> {
  // Only the front tab gets frames (a background one is throttled): each burst runs in front, as a page in use does.
  await page.bringToFront();
  await page.waitForFunction(() => document.visibilityState === 'visible');
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
  const before = await metrics(cdp);
  const { wallMs } = await page.evaluate(
    (o) => (window as unknown as { __benchPage: { churn(o: object): Promise<{ wallMs: number }> } }).__benchPage.churn(o),
    options,
  );
  const after = await metrics(cdp);
  // The content script kept up (the re-rendered fields have their controls), or stayed away.
  const present = await page.locator(HOST).count();
  if (present !== controls) throw new Error(`${present} controls after the churn on ${url}, expected ${controls}`);
  return { cpuMs: after.cpu - before.cpu, taskMs: after.task - before.task, scriptMs: after.script - before.script, layoutMs: after.layout - before.layout, wallMs };
}

export interface BusyPair {
  with: BusyCost;
  without: BusyCost;
}

/**
 * The same busy page with the content script (www.linkedin.com) and without it (the bench
 * host), both open; bursts of churn alternate between them, which goes first swapping each
 * pair, so drift in the machine's load falls on both sides alike. The first pair warms up.
 */
export async function busyPairs(bench: BenchBrowser, pathAndQuery: string, pairs: number, options: BusyOptions): Promise<BusyPair[]> {
  const withScript = await openBusyPage(bench, LINKEDIN_ORIGIN + pathAndQuery);
  const without = await openBusyPage(bench, BASELINE_ORIGIN + pathAndQuery);
  const out: BusyPair[] = [];
  try {
    for (let pair = -1; pair < pairs; pair++) {
      let result: BusyPair;
      if (pair % 2 === 0) {
        const w = await burst(withScript, options);
        result = { with: w, without: await burst(without, options) };
      } else {
        const wo = await burst(without, options);
        result = { with: await burst(withScript, options), without: wo };
      }
      if (pair >= 0) out.push(result);
    }
  } finally {
    await withScript.page.close();
    await without.page.close();
  }
  return out;
}

/** Whether the content script was injected into a page: an isolated world of the extension's origin. */
export async function contentScriptInjected(bench: BenchBrowser, url: string): Promise<boolean> {
  // URL.origin is "null" for chrome-extension: URLs; CDP reports scheme://host.
  const origin = `chrome-extension://${new URL(bench.extensionUrl('')).host}`;
  const page = await freshPage(bench.context, PAGE_SIZE);
  const cdp = await bench.context.newCDPSession(page);
  const origins: string[] = [];
  cdp.on('Runtime.executionContextCreated', (event) => origins.push(event.context.origin));
  await cdp.send('Runtime.enable');
  await page.goto(url);
  await page.waitForLoadState('load');
  await page.waitForTimeout(500);
  await cdp.detach();
  await page.close();
  return origins.includes(origin);
}
