/**
 * Copying, as reliably as a browser allows, for the popup and the board controls alike.
 * Call it straight from the click or key handler: the async Clipboard API needs the
 * user's gesture. When it refuses (a policy, a lost focus, Firefox preferences), the text
 * is selected in a hidden field and copied with execCommand; the caller shows the link
 * to copy by hand when both fail.
 */
export type CopyOutcome = 'copied' | 'copied-fallback' | 'failed';

/** `scratch` is where the hidden field may go: a board control passes its own shadow root, so the page never sees it. */
export async function copyText(text: string, scratch: ShadowRoot | HTMLElement = document.body): Promise<CopyOutcome> {
  try {
    await navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return copyWithSelection(text, scratch) ? 'copied-fallback' : 'failed';
  }
}

function copyWithSelection(text: string, scratch: ShadowRoot | HTMLElement): boolean {
  const doc = scratch.ownerDocument ?? document;
  const previous = ((scratch as ShadowRoot).activeElement ?? doc.activeElement) as HTMLElement | null;
  const field = doc.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  // Off screen rather than display:none: a hidden field cannot be selected.
  field.style.cssText = 'position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;pointer-events:none';
  scratch.append(field);
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
