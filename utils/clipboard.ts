/**
 * Copying, as reliably as a browser allows, for the popup and the board controls alike.
 * Call it straight from the click or key handler: the async Clipboard API needs the
 * user's gesture (and it fires no `copy` event a page could listen to). When it refuses (a
 * policy, a lost focus, Firefox preferences), `fallback` writes another way; the caller shows
 * the link to copy by hand when both fail.
 *
 * The fallback is the caller's to choose, because of where it runs: the popup selects the text
 * in its own document (`copyWithSelection`); a board control asks the worker, which writes from
 * an extension document (background/clipboard-writer.ts). Never `execCommand('copy')` in a
 * board's document: a capturing `copy` listener there can replace the link (issue 16, item 4).
 */
export type CopyOutcome = 'copied' | 'copied-fallback' | 'failed';

export async function copyTextOr(text: string, fallback: () => Promise<boolean>): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    try {
      return (await fallback()) ? 'copied-fallback' : 'failed';
    } catch {
      return 'failed';
    }
  }
}

/**
 * `copyTextOr` for the extension's own pages: by default the fallback selects the text in this
 * document. (Board controls call `copyTextOr` with theirs, so the content scripts carry no
 * `execCommand` copy at all.)
 */
export function copyText(text: string, fallback: () => Promise<boolean> = async () => copyWithSelection(text)): Promise<CopyOutcome> {
  return copyTextOr(text, fallback);
}

/** Selects the text in a hidden field of *this* document and copies it: for the extension's own pages only. */
export function copyWithSelection(text: string, doc: Document = document): boolean {
  const previous = doc.activeElement as HTMLElement | null;
  const field = doc.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  // Off screen rather than display:none: a hidden field cannot be selected.
  field.style.cssText = 'position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;pointer-events:none';
  doc.body.append(field);
  try {
    field.focus();
    field.select();
    return typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    // Give focus back to the button or row the recruiter used.
    previous?.focus?.({ preventScroll: true });
  }
}
