import { browser } from 'wxt/browser';
import { extractJobId } from '../job-id';

/**
 * The page the popup was opened on. Without the `tabs` permission a tab's address is only
 * readable where the extension may be: the toolbar click that opens the popup grants
 * `activeTab` for that tab, so the popup sees it then, and otherwise sees nothing (no address,
 * nothing offered). No DOM here.
 */
export async function pageUnderPopup(): Promise<string | null> {
  try {
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return webPage(tab?.url);
  } catch {
    return null;
  }
}

/** An http(s) address, or null (the browser's own pages, the extension's, no address at all). */
export function webPage(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol } = new URL(url);
    return protocol === 'https:' || protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/**
 * The job a page is about, when its address holds a job ID (a Hirempire page, say) other than
 * the job already shown: offered, never switched to without a click, since an ID in an address
 * may also be something else's.
 */
export function jobOnPage(url: string | null, shownJobId: string | null): string | null {
  const jobId = url ? extractJobId(url) : null;
  return jobId && jobId !== shownJobId ? jobId : null;
}
