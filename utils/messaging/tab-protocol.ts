import { browser } from 'wxt/browser';
import type { JobSource } from '../api/schema';

/**
 * Messages the worker sends to a board's content script (the other direction of
 * protocol.ts). The content script accepts them only from its own extension's worker.
 */
export type TabRequest =
  /** The keyboard shortcut: copy the active job's link for this board, and confirm on the page. */
  | { type: 'tab.copyLink' }
  /** The context menu: insert this link at the caret of the field that was right-clicked. */
  | { type: 'tab.insertLink'; source: Pick<JobSource, 'name' | 'trackedLink'> };

export interface TabSenderLike {
  id?: string;
  tab?: unknown;
}

/** True when a message comes from this extension's worker (not another extension, not a page or tab). */
export function isFromWorker(sender: TabSenderLike, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab == null;
}

/** Sends one request to a tab's frame (the top frame unless told); a tab without our script is not an error. */
export async function sendToTab(tabId: number, request: TabRequest, frameId = 0): Promise<void> {
  await browser.tabs.sendMessage(tabId, request, { frameId }).catch(() => undefined);
}
