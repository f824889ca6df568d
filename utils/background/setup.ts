import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { fetchJobSources } from '../api/client';
import { apiError, type ApiError } from '../api/errors';
import { isDefaultApiOrigin, normalizeApiOrigin, originPermissionPattern } from '../api-origin';
import type { SetupState } from '../messaging/protocol';
import { BOARD_IDS } from '../boards/registry';
import {
  clearSourcesCache,
  hostAccessLostItem,
  recentJobsItem,
  seenVisitsItem,
  settingsItem,
  tokenStatusItem,
  type Settings,
  type TokenStatus,
} from '../storage';
import { normalizeToken, tokenHint } from '../token';
import { boundOrigin, deleteToken, readToken, writeToken } from '../vault';
import { hasHostAccess, leaveHostWithoutAccess, releaseHostAccess } from './host-access';
import type { ClientOverrides } from './sources';

/**
 * A job id that exists in no account. The API has no "who am I" call, so the
 * token is checked with it: a good token gets 404 (or 200), a bad one 401.
 */
export const PROBE_JOB_ID = '00000000-0000-4000-8000-000000000000';

export async function setupState(): Promise<SetupState> {
  const [settings, token, hostAccessLost] = await Promise.all([
    settingsItem.getValue(),
    tokenStatusItem.getValue(),
    hostAccessLostItem.getValue(),
  ]);
  return { settings, token, hostAccessLost };
}

type Check = { state: 'connected' | 'invalid' } | { state: 'failed'; error: ApiError };

async function checkToken(token: string, apiOrigin: string, overrides: ClientOverrides): Promise<Check> {
  // Never reached through the options page (it leaves a host without access first); a guard for races.
  if (!(await hasHostAccess(apiOrigin))) {
    return { state: 'failed', error: { ...apiError('no-token'), message: i18n.t('error_origin_permission_missing', { origin: apiOrigin }) } };
  }
  const result = await fetchJobSources(PROBE_JOB_ID, { baseUrl: apiOrigin, token, retries: 1, ...overrides });
  if (result.ok || result.error.kind === 'job-not-found') return { state: 'connected' };
  if (result.error.kind === 'invalid-token') return { state: 'invalid' };
  return { state: 'failed', error: result.error };
}

function describeFailure(error: ApiError): string {
  return i18n.t('error_token_check_failed', { reason: error.message });
}

/**
 * Checks a pasted token against the API and keeps it, bound to that API origin, only if the API
 * accepts it. `forOrigin` is the server the options page named beside the token field: if the
 * settings changed since (another tab, an import), the token is not sent anywhere.
 */
export async function saveToken(
  input: string,
  forOrigin: string,
  overrides: ClientOverrides = {},
): Promise<SetupState | { rejected: string }> {
  const parsed = normalizeToken(input);
  if (!parsed.ok) return { rejected: parsed.message };
  if (await leaveHostWithoutAccess(overrides.now)) return { rejected: i18n.t('error_token_server_changed', { origin: forOrigin }) };
  const { apiBaseUrl } = await settingsItem.getValue();
  if (apiBaseUrl !== forOrigin) return { rejected: i18n.t('error_token_server_changed', { origin: forOrigin }) };
  const check = await checkToken(parsed.token, apiBaseUrl, overrides);
  if (check.state === 'invalid') return { rejected: i18n.t('error_token_not_accepted', { origin: apiBaseUrl }) };
  if (check.state === 'failed') return { rejected: describeFailure(check.error) };
  // The settings may have changed while the check was out: bind the token only to the server that accepted it.
  if ((await settingsItem.getValue()).apiBaseUrl !== apiBaseUrl) {
    return { rejected: i18n.t('error_token_server_changed', { origin: forOrigin }) };
  }
  const previous = await readToken(apiBaseUrl);
  await writeToken(parsed.token, apiBaseUrl);
  // Another token may mean another account: its cached sources must not show.
  if (previous !== parsed.token) await clearSourcesCache();
  await tokenStatusItem.setValue({ state: 'connected', checkedAt: (overrides.now ?? Date.now)(), hint: tokenHint(parsed.token) });
  await hostAccessLostItem.removeValue();
  return setupState();
}

export async function removeToken(): Promise<SetupState> {
  await deleteToken();
  await clearSourcesCache();
  await tokenStatusItem.setValue({ state: 'none' });
  return setupState();
}

/**
 * The recruiter's **Remove token**: the token and its cache, and also the recent jobs with their
 * labels and the visits seen (issue 16, item 3). Nothing of the account is left to show in the
 * popup or to a board page, for whoever uses this browser next.
 */
export async function disconnect(): Promise<SetupState> {
  await Promise.all([recentJobsItem.setValue([]), seenVisitsItem.setValue([])]);
  return removeToken();
}

/** Re-checks the saved token against the server it was saved for; a network failure leaves the known state as it was. */
export async function recheckToken(overrides: ClientOverrides = {}): Promise<SetupState> {
  await leaveHostWithoutAccess(overrides.now);
  const { apiBaseUrl } = await settingsItem.getValue();
  const token = await readToken(apiBaseUrl);
  if (!token) return removeToken();
  const check = await checkToken(token, apiBaseUrl, overrides);
  const status = await tokenStatusItem.getValue();
  const next: TokenStatus =
    check.state === 'failed' ? status : { ...status, state: check.state, checkedAt: (overrides.now ?? Date.now)() };
  await tokenStatusItem.setValue(next);
  return setupState();
}

/**
 * Saves settings from the options page. A custom API origin must already be granted
 * (the page asks for it, with the user's click).
 *
 * Changing the origin (saved, imported or reset) never takes the token along: the token was
 * saved for the previous server, so it is forgotten, the cache with it, and the recruiter pastes
 * a token for the new server on the page that names it. A custom host left behind gets its
 * permission released.
 */
export async function saveSettings(
  settings: Settings,
  overrides: ClientOverrides = {},
  hasPermission: (pattern: string) => Promise<boolean> = (pattern) => browser.permissions.contains({ origins: [pattern] }),
): Promise<SetupState | { rejected: string }> {
  const origin = normalizeApiOrigin(settings.apiBaseUrl);
  if (!origin.ok) return { rejected: origin.message };
  if (!isDefaultApiOrigin(origin.origin) && !(await hasPermission(originPermissionPattern(origin.origin)))) {
    return { rejected: i18n.t('error_origin_permission_missing', { origin: origin.origin }) };
  }
  const previous = await settingsItem.getValue();
  const boards = Object.fromEntries(
    BOARD_IDS.map((id) => [id, { ...settings.boards[id], sourceName: settings.boards[id].sourceName.trim() }]),
  ) as Settings['boards'];
  if (previous.apiBaseUrl !== origin.origin) {
    // Forget first, then switch: at no moment is the old token readable for the new origin.
    await deleteToken();
    await clearSourcesCache();
    await tokenStatusItem.setValue({ state: 'none' });
    await settingsItem.setValue({ apiBaseUrl: origin.origin, boards });
    await hostAccessLostItem.removeValue();
    await releaseHostAccess(previous.apiBaseUrl);
    return setupState();
  }
  await settingsItem.setValue({ apiBaseUrl: origin.origin, boards });
  // A token bound elsewhere (saved before the settings were edited by hand) is not this server's.
  const bound = await boundOrigin();
  if (bound && bound !== origin.origin) await removeToken();
  return setupState();
}
