import type { Browser, ElementHandle, Page } from 'puppeteer-core';
import { buttonIn, byRole, openExtensionPage, typeInto, until } from './rig';

/** What the recruiter sees and uses: the popup's rows, the boards' controls. Shared by the Firefox specs. */

export const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Waits until the page's visible text contains `text` (or matches it). */
export const untilText = (page: Page, text: string | RegExp, timeout?: number) =>
  until(
    page,
    ({ source, flags }) => new RegExp(source, flags).test(document.body.innerText),
    typeof text === 'string' ? { source: text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), flags: '' } : { source: text.source, flags: text.flags },
    timeout,
  );

/** The popup's row for one source: its accessible name starts with the source's name. */
export async function row(page: Page, name: string): Promise<ElementHandle> {
  await page.waitForSelector('::-p-aria([role="listitem"])', { timeout: 10_000 });
  for (const item of await page.$$('::-p-aria([role="listitem"])')) {
    const label = await item.evaluate((el) => el.getAttribute('aria-label') ?? '');
    if (label.startsWith(`${name}:`)) return item as ElementHandle;
  }
  throw new Error(`No row for ${name}`);
}

export async function lookUp(page: Page, text: string) {
  const field = await byRole(page, 'textbox', 'Job ID');
  await typeInto(page, field, text);
  await page.keyboard.press('Enter');
}

/** The board control of one kind ('apply-url', 'description', 'floating'). */
export const controlSelector = (kind: string) => `hirempire-link[data-kind="${kind}"]`;
export const controlButton = (page: Page, kind: string, name: string) => buttonIn(page, controlSelector(kind), name);
export const controlCount = (page: Page) => page.evaluate(() => document.querySelectorAll('hirempire-link').length);

/** Waits for the control's live status to read `expected`. */
export async function controlStatus(page: Page, kind: string, expected: string) {
  await until(
    page,
    ({ selector, text }) => {
      const root = document.querySelector(selector)?.shadowRoot;
      return [...(root?.querySelectorAll('[role="status"]') ?? [])].some((el) => el.textContent?.trim() === text);
    },
    { selector: controlSelector(kind), text: expected },
  );
}

/** The accessible name of the control's group (what a screen reader announces). */
export async function controlGroupName(page: Page, kind: string): Promise<string> {
  const group = (await page.waitForSelector(`${controlSelector(kind)} >>> [role="group"]`))!;
  return group.evaluate((el) => el.getAttribute('aria-label') ?? '');
}

export async function openBoard(browser: Browser, url: string): Promise<Page> {
  const page = await browser.newPage();
  await page.goto(url);
  await page.bringToFront();
  return page;
}

/** Sends protocol messages from an extension page, as the options page and popup do. */
export async function sendFromExtensionPage(browser: Browser, messages: unknown[]): Promise<unknown[]> {
  const page = await openExtensionPage(browser, 'options.html');
  try {
    return await page.evaluate(async (all) => {
      const runtime = (globalThis as unknown as { browser: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).browser.runtime;
      const replies = [];
      for (const message of all) replies.push(await runtime.sendMessage(message));
      return replies;
    }, messages);
  } finally {
    await page.close();
  }
}
