import { browser } from 'wxt/browser';
import { isFromWorker, parseTabRequest, type TabRequest, type TabSenderLike } from '../../messaging/tab-protocol';

/**
 * The worker's shortcut and context-menu commands for this frame (utils/messaging/tab-protocol.ts),
 * accepted only from our own worker and only in the shapes it sends. Stops with `signal`.
 */
export function onWorkerCommands(signal: AbortSignal, handle: (request: TabRequest) => void): void {
  const listener = (message: unknown, sender: TabSenderLike) => {
    if (!isFromWorker(sender, browser.runtime.id)) return;
    const request = parseTabRequest(message);
    if (request) handle(request);
  };
  browser.runtime.onMessage.addListener(listener);
  signal.addEventListener('abort', () => {
    // After an extension update the old runtime is gone and touching it throws: nothing is left to remove then.
    try {
      browser.runtime.onMessage.removeListener(listener);
    } catch {
      /* context invalidated */
    }
  });
}
