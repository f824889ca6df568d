import { browser } from 'wxt/browser';
import { deliver } from './any-site';

/** Keyboard shortcuts beyond "open the popup" (which the browser handles as _execute_action). */
export const COPY_LINK_COMMAND = 'copy-board-link';

/**
 * The shortcut copies, on the page, the link of the source that belongs there: a board's own
 * content script on its posting form, and on any other site an engine injected under the
 * activeTab grant that the shortcut itself gives (it asks the recruiter when no source matches).
 */
export async function onCommand(command: string, tab?: { id?: number; url?: string }) {
  if (command !== COPY_LINK_COMMAND) return;
  const active = tab?.id != null ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id == null) return;
  await deliver(active.id, 0, active.url, { type: 'tab.copyLink' });
}
