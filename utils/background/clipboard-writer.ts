import { browser } from 'wxt/browser';
import { CLIPBOARD_WRITE, writeFromThisDocument, type ClipboardWrite } from '../clipboard-document';

/**
 * The worker's clipboard, for when a board control's own write fails (a page sending
 * `Permissions-Policy: clipboard-write=()`, or the shortcut, which brings no user activation).
 * Never the board's document: a page's capturing `copy` listener would replace the link there
 * (issue 16, item 4). Chrome: an offscreen document (reason CLIPBOARD; the `offscreen`
 * permission shows no install warning). Firefox: the background page itself, which has a
 * document (needs `clipboardWrite`; see README's permissions).
 */
export async function writeClipboard(text: string): Promise<boolean> {
  if (import.meta.env.FIREFOX) return writeFromThisDocument(text);
  return writeOffscreen(text);
}

const OFFSCREEN_PATH = '/offscreen.html';

interface OffscreenApi {
  createDocument(options: { url: string; reasons: string[]; justification: string }): Promise<void>;
  closeDocument(): Promise<void>;
  hasDocument?(): Promise<boolean>;
}

const offscreenApi = () => (globalThis as { chrome?: { offscreen?: OffscreenApi } }).chrome?.offscreen;

// One write at a time: Chrome allows one offscreen document, opened for a write and closed after it.
let queue: Promise<unknown> = Promise.resolve();

function writeOffscreen(text: string): Promise<boolean> {
  const write = queue.then(async () => {
    const offscreen = offscreenApi();
    if (!offscreen) return false;
    try {
      if (!(await offscreen.hasDocument?.())) {
        await offscreen.createDocument({
          url: browser.runtime.getURL(OFFSCREEN_PATH),
          reasons: ['CLIPBOARD'],
          justification: 'Copy a tracked link that the job board page was not allowed to copy.',
        });
      }
      const message: ClipboardWrite = { type: CLIPBOARD_WRITE, text };
      return (await browser.runtime.sendMessage(message)) === true;
    } catch {
      return false;
    } finally {
      await offscreen.closeDocument().catch(() => undefined);
    }
  });
  queue = write;
  return write;
}
