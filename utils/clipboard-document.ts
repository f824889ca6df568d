import { browser } from 'wxt/browser';
import { copyWithSelection } from './clipboard';

/**
 * The extension's own document that writes the clipboard for the board controls (issue 16,
 * item 4): Chrome's offscreen document, Firefox's background page. A board page never sees
 * the write: `execCommand('copy')` fires its `copy` event in *this* document, where no page
 * script can listen and swap the data.
 */
export const CLIPBOARD_WRITE = 'clipboard.write';

export interface ClipboardWrite {
  type: typeof CLIPBOARD_WRITE;
  text: string;
}

export function isClipboardWrite(message: unknown): message is ClipboardWrite {
  const m = message as Partial<ClipboardWrite> | null;
  return m?.type === CLIPBOARD_WRITE && typeof m.text === 'string';
}

/**
 * Writes `text` from this (extension) document. The Clipboard API first (Firefox's background
 * page, with the clipboardWrite permission); an offscreen document can never have focus, so
 * there it is the selection and `execCommand('copy')`, in this document only.
 */
export async function writeFromThisDocument(text: string, doc: Document = document): Promise<boolean> {
  try {
    await (doc.defaultView ?? window).navigator.clipboard.writeText(text);
    return true;
  } catch {
    // No focus (always, offscreen) or no permission: the selection below.
  }
  return copyWithSelection(text, doc);
}

/** Chrome's offscreen document: answers the worker's writes, and only the worker's. */
export function listenForClipboardWrites(): void {
  browser.runtime.onMessage.addListener((message: unknown, sender: { id?: string; tab?: unknown }) => {
    // Content scripts cannot reach this document (runtime messages from tabs go to the worker),
    // but only our own worker is answered all the same.
    if (sender.id !== browser.runtime.id || sender.tab != null || !isClipboardWrite(message)) return undefined;
    return writeFromThisDocument(message.text);
  });
}
