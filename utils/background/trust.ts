import { boardAtOrigin, type BoardId } from '../boards/registry';

/**
 * Every trust decision about who may ask the worker for what, in one place.
 *
 * The sender's identity comes from the browser (`sender.id`, `sender.tab`,
 * `sender.frameId`, the frame's origin), never from the message. A page can change
 * its own path, so only the origin of `sender.url` is used, and only to tell which
 * board (or the extension itself) is talking.
 */
export interface MessageSenderLike {
  id?: string;
  url?: string;
  origin?: string;
  frameId?: number;
  tab?: { id?: number };
}

export type Caller = { kind: 'extension-page' } | { kind: 'board'; board: BoardId; tabId: number } | { kind: 'untrusted' };

/**
 * scheme://host[:port] of a URL, or null when it has no host. Not `URL.origin`: that is the
 * opaque "null" for schemes the URL standard does not know (chrome-extension: outside
 * Chrome, moz-extension: under a strict parser, but also about:blank and data:), and
 * "null" === "null" must never make a data: frame pass for an extension page.
 */
function originOf(href: string): string | null {
  try {
    const url = new URL(href);
    return url.host ? `${url.protocol}//${url.host}` : null;
  } catch {
    return null;
  }
}

export function identifyCaller(sender: MessageSenderLike, extensionId: string, extensionOrigin: string): Caller {
  if (sender.id !== extensionId || !sender.url) return { kind: 'untrusted' };
  const origin = originOf(sender.url);
  if (!origin) return { kind: 'untrusted' };
  if (origin === originOf(extensionOrigin)) return { kind: 'extension-page' };
  // The origins whose top frame may run our board content scripts come from the board registry.
  const board = boardAtOrigin(origin);
  // Only the top frame: an ad or embed in a subframe of the board is not the posting form.
  if (board && sender.tab?.id != null && sender.frameId === 0) return { kind: 'board', board, tabId: sender.tab.id };
  return { kind: 'untrusted' };
}
