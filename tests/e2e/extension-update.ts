import type { BrowserContext, Worker } from '@playwright/test';

/**
 * What "Reload" on chrome://extensions (or an update) does. Chromium disables an unpacked
 * extension that reloads itself outside developer mode, so developer mode is switched on
 * first, as it is for anyone who loads the extension unpacked.
 */
export async function reloadExtension(context: BrowserContext, worker: Worker) {
  const settings = await context.newPage();
  await settings.goto('chrome://extensions/');
  await settings.evaluate(
    () =>
      new Promise<void>((resolve) =>
        (globalThis as unknown as DeveloperPrivate).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }, resolve),
      ),
  );
  await settings.close();
  const next = context.waitForEvent('serviceworker');
  // The worker goes away in the middle of this call: that is the point.
  await worker.evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload()).catch(() => undefined);
  return next;
}
type DeveloperPrivate = { chrome: { developerPrivate: { updateProfileConfiguration(update: { inDeveloperMode: boolean }, done: () => void): void } } };

