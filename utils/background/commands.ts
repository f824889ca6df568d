import { browser } from 'wxt/browser';
import { sendToTab } from '../messaging/tab-protocol';
import { boardAtOrigin } from '../boards/registry';

/** Keyboard shortcuts beyond "open the popup" (which the browser handles as _execute_action). */
export const COPY_LINK_COMMAND = 'copy-board-link';

/** The shortcut asks the board's content script in the active tab to copy and confirm on the page. */
export async function onCommand(command: string, tab?: { id?: number; url?: string }) {
  if (command !== COPY_LINK_COMMAND) return;
  const active = tab?.id != null ? tab : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (active?.id == null) return;
  // Without the "tabs" permission the URL is only known for the boards we run on; elsewhere there is nothing to do.
  if (active.url && !boardAtOrigin(new URL(active.url).origin)) return;
  await sendToTab(active.id, { type: 'tab.copyLink' });
}
