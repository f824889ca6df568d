/**
 * Copying, as reliably as a browser allows. Call it straight from the click or key
 * handler: the async Clipboard API needs the user's gesture. When it refuses (an old
 * browser, a policy, a lost focus), the text is selected in a hidden field and copied
 * with execCommand, which still works in extension pages.
 */
export type CopyOutcome = 'copied' | 'copied-fallback' | 'failed';

export async function copyText(text: string, doc: Document = document): Promise<CopyOutcome> {
  try {
    await doc.defaultView!.navigator.clipboard.writeText(text);
    return 'copied';
  } catch {
    return copyWithSelection(text, doc) ? 'copied-fallback' : 'failed';
  }
}

export function copyWithSelection(text: string, doc: Document = document): boolean {
  const field = doc.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.setAttribute('aria-hidden', 'true');
  field.tabIndex = -1;
  // Off screen rather than display:none: a hidden field cannot be selected.
  field.style.cssText = 'position:fixed;top:0;left:-9999px;width:1px;height:1px;opacity:0;';
  const previous = doc.activeElement as HTMLElement | null;
  doc.body.append(field);
  try {
    field.focus();
    field.select();
    return doc.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
    // Give focus back to the button or row the recruiter used.
    previous?.focus?.({ preventScroll: true });
  }
}
