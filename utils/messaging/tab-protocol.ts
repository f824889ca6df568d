import { browser } from 'wxt/browser';
import type { JobSource } from '../api/schema';
import { toTrackedLink } from '../tracked-link';

/**
 * Messages the worker sends to a board's content script (the other direction of
 * protocol.ts). The content script accepts them only from its own extension's worker.
 */
export type TabRequest =
  /** The keyboard shortcut: copy the active job's link for this board, and confirm on the page. */
  | { type: 'tab.copyLink' }
  /** The context menu: insert this link at the caret of the field that was right-clicked. */
  | { type: 'tab.insertLink'; source: Pick<JobSource, 'name' | 'trackedLink'> };

/**
 * The shape check for what arrives in a content script (no zod there): only these two
 * requests, and a link to insert only when it is a tracked link.
 */
export function parseTabRequest(message: unknown): TabRequest | null {
  const m = message as { type?: unknown; source?: { name?: unknown; trackedLink?: unknown } } | null;
  if (m?.type === 'tab.copyLink') return { type: 'tab.copyLink' };
  if (m?.type !== 'tab.insertLink' || typeof m.source?.name !== 'string' || typeof m.source.trackedLink !== 'string') return null;
  const trackedLink = toTrackedLink(m.source.trackedLink);
  return trackedLink ? { type: 'tab.insertLink', source: { name: m.source.name.slice(0, 200), trackedLink } } : null;
}

/** What a content script knows of who sent it a message. */
export interface TabSenderLike {
  id?: string;
  tab?: unknown;
}

/** In a content script: true when a message comes from this extension's worker (not another extension, a page or a tab). */
export function isFromWorker(sender: TabSenderLike, extensionId: string): boolean {
  return sender.id === extensionId && sender.tab == null;
}

/** Sends one request to a tab's frame (the top frame unless told); a tab without our script is not an error. */
export async function sendToTab(tabId: number, request: TabRequest, frameId = 0): Promise<void> {
  await browser.tabs.sendMessage(tabId, request, { frameId }).catch(() => undefined);
}
