/**
 * Copies text from a click handler. The async Clipboard API first (it needs the click's
 * user activation, so call this before any other await); then the older
 * `execCommand('copy')` through a hidden textarea inside our own shadow root.
 * Resolves false when the browser refused both, so the caller can show the link to copy by hand.
 */
export async function copyText(text: string, scratch: ShadowRoot | HTMLElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text, scratch);
  }
}

function legacyCopy(text: string, scratch: ShadowRoot | HTMLElement): boolean {
  const doc = (scratch as Node).ownerDocument ?? document;
  const active = (scratch as ShadowRoot).activeElement as HTMLElement | null;
  const area = doc.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.setAttribute('aria-hidden', 'true');
  area.tabIndex = -1;
  area.style.cssText = 'position:fixed;top:0;left:0;width:1px;height:1px;opacity:0;pointer-events:none';
  scratch.appendChild(area);
  area.select();
  let copied = false;
  try {
    copied = typeof doc.execCommand === 'function' && doc.execCommand('copy');
  } catch {
    copied = false;
  }
  area.remove();
  active?.focus({ preventScroll: true });
  return copied;
}
