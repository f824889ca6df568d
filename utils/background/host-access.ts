import { browser } from 'wxt/browser';
import { isDefaultApiOrigin, originPermissionPattern } from '../api-origin';
import { clearSourcesCache, DEFAULT_API_BASE_URL, hostAccessLostItem, settingsItem, tokenStatusItem } from '../storage';
import { deleteToken } from '../vault';

/**
 * The browser's permission for a custom API host, as the worker sees it.
 *
 * Without the permission, the worker's fetch is an ordinary CORS request: a server that
 * answers the preflight permissively would still receive the token. So the permission is
 * checked before every request to a custom origin, and losing it takes the extension back
 * to the default server with the custom server's token forgotten.
 */
export async function hasHostAccess(origin: string): Promise<boolean> {
  if (isDefaultApiOrigin(origin)) return true;
  try {
    return await browser.permissions.contains({ origins: [originPermissionPattern(origin)] });
  } catch {
    // A pattern the browser cannot read is no permission at all.
    return false;
  }
}

/** Gives back a custom host's permission; the default host is the manifest's and stays. */
export async function releaseHostAccess(origin: string): Promise<void> {
  if (isDefaultApiOrigin(origin)) return;
  await browser.permissions.remove({ origins: [originPermissionPattern(origin)] }).catch(() => false);
}

/**
 * The recruiter (or the browser) took the current custom host's permission away: back to the
 * default server, the token saved for the removed one forgotten, and a note for the options page.
 * Returns true when it had to act.
 */
export async function leaveHostWithoutAccess(now: () => number = Date.now): Promise<boolean> {
  const settings = await settingsItem.getValue();
  const origin = settings.apiBaseUrl;
  if (isDefaultApiOrigin(origin) || (await hasHostAccess(origin))) return false;
  await settingsItem.setValue({ ...settings, apiBaseUrl: DEFAULT_API_BASE_URL });
  await deleteToken();
  await clearSourcesCache();
  await tokenStatusItem.setValue({ state: 'none' });
  await hostAccessLostItem.setValue({ origin, at: now() });
  return true;
}
