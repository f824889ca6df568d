import type { MessageSenderLike } from '@/utils/background/trust';

/**
 * Shared by the unit tests: who sends the worker a message, as the browser describes the
 * sender (`runtime.MessageSender`). The router trusts only these fields, never the message.
 */

/** Our extension's id (Chrome's form), and the origin of its pages. */
export const EXT_ID = 'hjkpnbdmpkjmljdnnfdlbmgoloeiaaoe';
export const EXT_ORIGIN = `chrome-extension://${EXT_ID}`;
/** What the worker's router is told about itself. */
export const IDENTITY = { extensionId: EXT_ID, extensionOrigin: EXT_ORIGIN };

/** Another extension installed beside ours. */
export const FOREIGN_EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';

/** The page of a board's content script that the tests use unless they name another. */
export const BOARD_PAGES = {
  linkedin: 'https://www.linkedin.com/job-posting/',
  indeed: 'https://employers.indeed.com/job-posting/from-scratch/getting-started',
} as const;

/** One of our pages: the popup (no tab), or a page open in a tab's top frame when `tabId` is given. */
export function extensionPage({ path = 'popup.html', tabId }: { path?: string; tabId?: number } = {}) {
  const page = { id: EXT_ID, url: `${EXT_ORIGIN}/${path}`, origin: EXT_ORIGIN };
  return tabId == null ? page : { ...page, tab: { id: tabId }, frameId: 0 };
}

/** The popup. */
export const popup = () => extensionPage();

/** The options page, open in tab `tabId`. */
export const optionsTab = ({ tabId, hash = '' }: { tabId: number; hash?: string }) =>
  extensionPage({ path: `options.html${hash}`, tabId });

/**
 * Our content script (or a frame the worker injected) in tab `tabId`, frame `frameId`
 * (0: the top frame). A web page's sender also carries its origin, as Chrome reports it;
 * the router never reads that field (it derives the origin from `url` itself).
 */
export function contentScript({ url, tabId, frameId = 0 }: { url: string; tabId: number; frameId?: number }) {
  const origin = /^https?:\/\//i.test(url) ? { origin: new URL(url).origin } : {};
  return { id: EXT_ID, url, ...origin, tab: { id: tabId }, frameId } satisfies MessageSenderLike;
}

/** A board's content script in the top frame of tab `tabId`. */
export const boardTab = (board: keyof typeof BOARD_PAGES, tabId: number, url: string = BOARD_PAGES[board]) => contentScript({ url, tabId });

/** Our worker, as a content script sees it: our id, and no tab. */
export const worker = () => ({ id: EXT_ID });

/** Another extension's own page. */
export const foreignExtensionPage = (path = 'popup.html') => ({ id: FOREIGN_EXT_ID, url: `chrome-extension://${FOREIGN_EXT_ID}/${path}` });
