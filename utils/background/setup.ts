import { browser } from 'wxt/browser';
import { i18n } from '#i18n';
import { fetchJobSources } from '../api/client';
import type { ApiError } from '../api/errors';
import { normalizeApiOrigin, originPermissionPattern } from '../api-origin';
import type { SetupState } from '../messaging/protocol';
import { BOARD_IDS } from '../boards/registry';
import {
  clearSourcesCache,
  DEFAULT_API_BASE_URL,
  settingsItem,
  tokenStatusItem,
  type Settings,
  type TokenStatus,
} from '../storage';
import { normalizeToken, tokenHint } from '../token';
import { deleteToken, readToken, writeToken } from '../vault';
import type { ClientOverrides } from './sources';

/**
 * A job id that exists in no account. The API has no "who am I" call, so the
 * token is checked with it: a good token gets 404 (or 200), a bad one 401.
 */
export const PROBE_JOB_ID = '00000000-0000-4000-8000-000000000000';

export async function setupState(): Promise<SetupState> {
  const [settings, token] = await Promise.all([settingsItem.getValue(), tokenStatusItem.getValue()]);
  return { settings, token };
}

type Check = { state: 'connected' | 'invalid' } | { state: 'failed'; error: ApiError };

async function checkToken(token: string, apiOrigin: string, overrides: ClientOverrides): Promise<Check> {
  const result = await fetchJobSources(PROBE_JOB_ID, { baseUrl: apiOrigin, token, retries: 1, ...overrides });
  if (result.ok || result.error.kind === 'job-not-found') return { state: 'connected' };
  if (result.error.kind === 'invalid-token') return { state: 'invalid' };
  return { state: 'failed', error: result.error };
}

function describeFailure(error: ApiError): string {
  return i18n.t('error_token_check_failed', { reason: error.message });
}

/** Checks a pasted token against the API and keeps it only if the API accepts it. */
export async function saveToken(input: string, overrides: ClientOverrides = {}): Promise<SetupState | { rejected: string }> {
  const parsed = normalizeToken(input);
  if (!parsed.ok) return { rejected: parsed.message };
  const { apiBaseUrl } = await settingsItem.getValue();
  const check = await checkToken(parsed.token, apiBaseUrl, overrides);
  if (check.state === 'invalid') return { rejected: i18n.t('error_token_not_accepted') };
  if (check.state === 'failed') return { rejected: describeFailure(check.error) };
  const previous = await readToken();
  await writeToken(parsed.token);
  // Another token may mean another account: its cached sources must not show.
  if (previous !== parsed.token) await clearSourcesCache();
  await tokenStatusItem.setValue({ state: 'connected', checkedAt: (overrides.now ?? Date.now)(), hint: tokenHint(parsed.token) });
  return setupState();
}

export async function removeToken(): Promise<SetupState> {
  await deleteToken();
  await clearSourcesCache();
  await tokenStatusItem.setValue({ state: 'none' });
  return setupState();
}

/** Re-checks the saved token; a network failure leaves the known state as it was. */
export async function recheckToken(overrides: ClientOverrides = {}): Promise<SetupState> {
  const token = await readToken();
  if (!token) return removeToken();
  const { apiBaseUrl } = await settingsItem.getValue();
  const check = await checkToken(token, apiBaseUrl, overrides);
  const status = await tokenStatusItem.getValue();
  const next: TokenStatus =
    check.state === 'failed' ? status : { ...status, state: check.state, checkedAt: (overrides.now ?? Date.now)() };
  await tokenStatusItem.setValue(next);
  return setupState();
}

/**
 * Saves settings from the options page. A custom API origin must already be granted
 * (the page asks for it, with the user's click); changing the origin clears the cache
 * and re-checks the token against the new server.
 */
export async function saveSettings(
  settings: Settings,
  overrides: ClientOverrides = {},
  hasPermission: (pattern: string) => Promise<boolean> = (pattern) => browser.permissions.contains({ origins: [pattern] }),
): Promise<SetupState | { rejected: string }> {
  const origin = normalizeApiOrigin(settings.apiBaseUrl);
  if (!origin.ok) return { rejected: origin.message };
  if (origin.origin !== DEFAULT_API_BASE_URL && !(await hasPermission(originPermissionPattern(origin.origin)))) {
    return { rejected: i18n.t('error_origin_permission_missing', { origin: origin.origin }) };
  }
  const previous = await settingsItem.getValue();
  const boards = Object.fromEntries(
    BOARD_IDS.map((id) => [id, { ...settings.boards[id], sourceName: settings.boards[id].sourceName.trim() }]),
  ) as Settings['boards'];
  await settingsItem.setValue({ apiBaseUrl: origin.origin, boards });
  if (previous.apiBaseUrl !== origin.origin) {
    await clearSourcesCache();
    const status = await tokenStatusItem.getValue();
    if (status.state !== 'none') {
      await tokenStatusItem.setValue({ ...status, state: 'unchecked' });
      return recheckToken(overrides);
    }
  }
  return setupState();
}
