import type { Frame, Page, Worker } from '@playwright/test';


/**
 * A real keyboard shortcut or native context menu cannot be pressed in headless Chromium: these
 * call the worker's own handlers (contextMenus.onClicked, commands.onCommand) with what the
 * browser passes them, so everything after the press runs as it does for the recruiter.
 */
type BrowserEvents = { hirempireBrowserEvents: { onMenuClicked(info: object, tab: object): Promise<void>; onCommand(command: string, tab: object): Promise<void> } };

/** contextMenus.onClicked, as Chrome calls it when the recruiter picks an item in `frame`. */
export async function pickMenuItem(worker: Worker, page: Page, menuItemId: string, frame: Frame = page.mainFrame()) {
  await page.bringToFront();
  await worker.evaluate(
    async ([menuItemId, frameUrl, isMain, pageUrl]) => {
      // Chrome gives the clicked page's URL with the click (and activeTab grants the tab's).
      const [found] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const tab = { ...found, url: pageUrl };
      const frameIdOf = async () => {
        const frames = await chrome.scripting.executeScript({ target: { tabId: tab.id!, allFrames: true }, func: () => location.href });
        return frames.find((f) => f.result === frameUrl)!.frameId;
      };
      const frameId = isMain ? 0 : await frameIdOf();
      const info = { menuItemId, editable: true, frameId, pageUrl, frameUrl, parentMenuItemId: 'insert-link' };
      await (globalThis as unknown as BrowserEvents).hirempireBrowserEvents.onMenuClicked(info, tab);
    },
    [menuItemId, frame.url(), frame === page.mainFrame(), page.url()] as const,
  );
}

/** commands.onCommand for Alt+Shift+L, with the tab Chrome passes (its URL granted by activeTab on the press). */
export async function pressCopyShortcut(worker: Worker, page: Page) {
  await page.bringToFront();
  await worker.evaluate(async (pageUrl) => {
    const [found] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await (globalThis as unknown as BrowserEvents).hirempireBrowserEvents.onCommand('copy-board-link', { ...found, url: pageUrl });
  }, page.url());
}

