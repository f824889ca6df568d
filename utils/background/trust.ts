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

export type Caller =
  | { kind: 'extension-page' }
  | { kind: 'board'; board: BoardId; tabId: number }
  /** A frame of any other site, where the worker itself injected the engine (see any-site.ts). */
  | { kind: 'site'; tabId: number; frameId: number; url: string }
  | { kind: 'untrusted' };

/** A frame the worker injected the engine into, on the recruiter's demand (menu or shortcut). */
export interface InjectedFrame {
  tabId: number;
  frameId: number;
  /** scheme://host of the frame when it was injected. */
  origin: string;
  /** When (epoch ms); old injections stop counting. */
  at: number;
}

/** How long an injected frame may keep asking: a working session, not forever. */
export const INJECTED_FRAME_TTL_MS = 8 * 60 * 60 * 1000;

/**
 * A sender the board rules do not know is still ours when the worker injected the engine into
 * that very tab and frame, and the frame still shows the same origin (a navigation elsewhere
 * ends it: the new page never asked for us). Only then may it read the active job's link.
 */
export function identifySiteCaller(
  sender: MessageSenderLike,
  extensionId: string,
  injected: readonly InjectedFrame[],
  now: number,
): Caller {
  if (sender.id !== extensionId || !sender.url || sender.tab?.id == null || sender.frameId == null) return { kind: 'untrusted' };
  const origin = originOf(sender.url);
  const frame = injected.find(
    (f) => f.tabId === sender.tab!.id && f.frameId === sender.frameId && f.origin === origin && now - f.at < INJECTED_FRAME_TTL_MS,
  );
  return frame ? { kind: 'site', tabId: frame.tabId, frameId: frame.frameId, url: sender.url } : { kind: 'untrusted' };
}

/**
 * scheme://host[:port] of a URL, or null when it has no host. Not `URL.origin`: that is the
 * opaque "null" for schemes the URL standard does not know (chrome-extension: outside
 * Chrome, moz-extension: under a strict parser, but also about:blank and data:), and
 * "null" === "null" must never make a data: frame pass for an extension page.
 */
export function originOf(href: string): string | null {
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
