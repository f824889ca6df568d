import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { disconnect, PROBE_JOB_ID, recheckToken, removeToken, saveSettings, saveToken, setupState } from '@/utils/background/setup';
import { cachedSources, refreshSources } from '@/utils/background/sources';
import { DEFAULT_API_BASE_URL, DEFAULT_SETTINGS, recentJobsItem, seenVisitsItem, settingsItem, tokenStatusItem, type Settings } from '@/utils/storage';
import { readToken, writeToken } from '@/utils/vault';
import { originPermissionPattern } from '@/utils/api-origin';
import { apiStub, clientOverrides as overrides, failure, json, NOW, offline, sentAuthorization } from './api-stub';
import { grantedHosts } from './fake-permissions';
import { DOC_JOB as JOB_ID } from './helpers';

/** The options page's services: saving and checking the token, and the settings. */

const TOKEN = 'sk-live-5f3a9c2e7d1b';

const notFound = () => apiStub(() => failure(404));
const unauthorized = () => apiStub(() => failure(401, 'Invalid token'));
const unreachable = () => apiStub(() => Promise.reject(offline()));

describe('saveToken', () => {
  it('a token the API knows (404 for the probe job) is saved as connected', async () => {
    const fetch = notFound();
    const result = await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(fetch));
    expect(result).toEqual({
      settings: DEFAULT_SETTINGS,
      token: { state: 'connected', checkedAt: NOW, hint: TOKEN.slice(-4) },
      hostAccessLost: null,
    });
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe(TOKEN);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe(`${DEFAULT_API_BASE_URL}/v1/job-sources?job_id=${PROBE_JOB_ID}`);
    expect(sentAuthorization(fetch)).toBe(`Bearer ${TOKEN}`);
  });

  it('a 200 for the probe job also means connected', async () => {
    const fetch = apiStub(() => json({ success: true, job_id: PROBE_JOB_ID, sources: [] }));
    expect(await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(fetch))).toMatchObject({ token: { state: 'connected' } });
  });

  it('the token itself is never part of the answer', async () => {
    const result = await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(notFound()));
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('a 401 is rejected with a message, and nothing is stored', async () => {
    const result = await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(unauthorized()));
    expect(result).toEqual({ rejected: `${DEFAULT_API_BASE_URL} did not accept this token. Check that you copied all of it, that it is a token for this server, and that it has not been revoked.` });
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
    expect(await tokenStatusItem.getValue()).toEqual({ state: 'none' });
  });

  it('a 401 for a new token leaves the saved one as it was', async () => {
    await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(notFound()));
    await saveToken('sk-live-other', DEFAULT_API_BASE_URL, overrides(unauthorized()));
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe(TOKEN);
    expect((await tokenStatusItem.getValue()).hint).toBe(TOKEN.slice(-4));
  });

  it('a network failure is rejected with a message that says why, and nothing is stored', async () => {
    const fetch = unreachable();
    const result = await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(fetch));
    expect(result).toEqual({ rejected: expect.stringMatching(/^Could not check the token: Cannot reach Hirempire/) });
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
    expect(await tokenStatusItem.getValue()).toEqual({ state: 'none' });
    // One retry for the check, not the lookup's full budget.
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a server error', () => apiStub(() => failure(500)), /trouble/],
    ['an unreadable answer', () => apiStub(() => new Response('<html>', { status: 200 })), /could not read/],
  ])('%s is rejected with that reason', async (_label, make, reason) => {
    const result = await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(make()));
    expect(result).toEqual({ rejected: expect.stringMatching(reason) });
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
  });

  it.each([
    [`Bearer ${TOKEN}`],
    [`bearer ${TOKEN}`],
    [`  ${TOKEN}\n`],
    [`\tBearer   ${TOKEN}  \r\n`],
  ])('accepts %j as the bare token', async (input) => {
    const fetch = notFound();
    await saveToken(input, DEFAULT_API_BASE_URL, overrides(fetch));
    expect(sentAuthorization(fetch)).toBe(`Bearer ${TOKEN}`);
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe(TOKEN);
  });

  it.each([[''], ['   '], ['Bearer '], ['sk-live 5f3a'], ['sk-live\n5f3a'], ['sk-é'], ['x'.repeat(5000)]])(
    'refuses %j before asking the API',
    async (input) => {
      const fetch = notFound();
      const result = await saveToken(input, DEFAULT_API_BASE_URL, overrides(fetch));
      expect(result).toEqual({ rejected: expect.any(String) });
      expect(fetch).not.toHaveBeenCalled();
      expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
    },
  );

  it('checks the token against the configured API origin, and binds it to that origin', async () => {
    const local = 'http://localhost:8787';
    grantedHosts.add('http://localhost:8787/*');
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: local });
    const fetch = notFound();
    await saveToken(TOKEN, local, overrides(fetch));
    expect(String(fetch.mock.calls[0][0])).toMatch(/^http:\/\/localhost:8787\/v1\/job-sources\?/);
    expect(await readToken(local)).toBe(TOKEN);
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
    expect(await readToken('http://localhost:8788')).toBeNull();
  });

  it('refuses, without sending it, a token pasted for a server that is no longer the configured one', async () => {
    const fetch = notFound();
    const result = await saveToken(TOKEN, 'https://hirempire-eu.example', overrides(fetch));
    expect(result).toEqual({ rejected: expect.stringContaining('The server is no longer https://hirempire-eu.example') });
    expect(fetch).not.toHaveBeenCalled();
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
  });

  it('does not bind the token to a server the settings moved to while it was being checked', async () => {
    const fetch = apiStub(async () => {
      grantedHosts.add('https://hirempire-eu.example/*');
      await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: 'https://hirempire-eu.example' });
      return failure(404);
    });
    const result = await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(fetch));
    expect(result).toEqual({ rejected: expect.stringContaining('Your token was not sent') });
    expect(await readToken('https://hirempire-eu.example')).toBeNull();
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
  });

  it('a custom server whose permission is gone gets no token: back to the default server', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: 'https://hirempire-eu.example' });
    const fetch = notFound();
    const result = await saveToken(TOKEN, 'https://hirempire-eu.example', overrides(fetch));
    expect(result).toEqual({ rejected: expect.any(String) });
    expect(fetch).not.toHaveBeenCalled();
    expect((await settingsItem.getValue()).apiBaseUrl).toBe(DEFAULT_API_BASE_URL);
    expect((await setupState()).hostAccessLost).toEqual({ origin: 'https://hirempire-eu.example', at: NOW });
  });
});

describe('removeToken', () => {
  it('forgets the token, its status and the cached sources', async () => {
    await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(notFound()));
    await refreshSources(JOB_ID, overrides(apiStub(() => json({ success: true, job_id: JOB_ID, sources: [] }))));
    expect(await cachedSources(JOB_ID)).not.toBeNull();

    const result = await removeToken();
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, token: { state: 'none' }, hostAccessLost: null });
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
    expect(await cachedSources(JOB_ID)).toBeNull();
  });

  it('the recruiter’s Remove token (disconnect) also forgets the recent jobs, their labels and the visits seen', async () => {
    await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(notFound()));
    await recentJobsItem.setValue([{ jobId: JOB_ID, label: 'Senior Backend – Paris', openedAt: 1 }]);
    await seenVisitsItem.setValue([{ jobId: JOB_ID, visits: { s1: 3 }, seenAt: 1 }]);
    expect(await disconnect()).toEqual({ settings: DEFAULT_SETTINGS, token: { state: 'none' }, hostAccessLost: null });
    expect(await readToken(DEFAULT_API_BASE_URL)).toBeNull();
    expect(await recentJobsItem.getValue()).toEqual([]);
    expect(await seenVisitsItem.getValue()).toEqual([]);
  });
});

describe('recheckToken', () => {
  async function saved() {
    await writeToken(TOKEN, DEFAULT_API_BASE_URL);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 86_400_000, hint: 'b1db' });
  }

  it('a 401 marks the saved token invalid, keeping it and its hint', async () => {
    await saved();
    const fetch = unauthorized();
    expect(await recheckToken(overrides(fetch))).toMatchObject({ token: { state: 'invalid', checkedAt: NOW, hint: 'b1db' } });
    expect(sentAuthorization(fetch)).toBe(`Bearer ${TOKEN}`);
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe(TOKEN);
  });

  it('a 404 marks it connected', async () => {
    await saved();
    await tokenStatusItem.setValue({ state: 'invalid', checkedAt: NOW - 1, hint: 'b1db' });
    expect(await recheckToken(overrides(notFound()))).toMatchObject({ token: { state: 'connected', checkedAt: NOW } });
  });

  it('a network failure leaves the known state as it was', async () => {
    await saved();
    const before = await tokenStatusItem.getValue();
    expect((await recheckToken(overrides(unreachable()))).token).toEqual(before);
  });

  it('without a saved token: state none, no request', async () => {
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW, hint: 'gone' });
    const fetch = notFound();
    expect((await recheckToken(overrides(fetch))).token).toEqual({ state: 'none' });
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('saveSettings', () => {
  const allow = vi.fn(async (_pattern: string) => true);
  const deny = vi.fn(async (_pattern: string) => false);
  const withOrigin = (apiBaseUrl: string): Settings => ({ ...DEFAULT_SETTINGS, apiBaseUrl });
  beforeEach(() => {
    allow.mockClear();
    deny.mockClear();
  });

  it.each([
    ['http://api.hirempire.com', /https/],
    ['http://192.168.1.20:8787', /https/],
    ['ftp://api.hirempire.com', /https/],
    ['javascript:alert(1)', /https/],
    ['https://user:secret@api.hirempire.com', /user name or password/],
    ['https://api.hirempire.com/v1', /without a path/],
    ['https://api.hirempire.com/?job_id=x', /without a path/],
    ['https://api.hirempire.com/#x', /without a path/],
    ['api.hirempire.com', /full address/],
    ['', /full address/],
  ])('refuses %j and stores nothing', async (apiBaseUrl, message) => {
    const fetch = notFound();
    const result = await saveSettings(withOrigin(apiBaseUrl), overrides(fetch), allow);
    expect(result).toEqual({ rejected: expect.stringMatching(message) });
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
    expect(fetch).not.toHaveBeenCalled();
  });

  it('refuses a custom origin the user has not granted, and asks about the right pattern', async () => {
    const result = await saveSettings(withOrigin('https://staging.hirempire.com:8443'), {}, deny);
    expect(result).toEqual({ rejected: expect.stringContaining('https://staging.hirempire.com:8443') });
    // The port is part of the origin, and of the permission asked for.
    expect(deny).toHaveBeenCalledWith('https://staging.hirempire.com:8443/*');
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });

  it('accepts a granted custom origin, reduced to its origin', async () => {
    const result = await saveSettings(withOrigin(' https://Staging.Hirempire.com/ '), {}, allow);
    expect(result).toMatchObject({ settings: { apiBaseUrl: 'https://staging.hirempire.com' } });
    expect((await settingsItem.getValue()).apiBaseUrl).toBe('https://staging.hirempire.com');
  });

  it('accepts http only for this machine', async () => {
    expect(await saveSettings(withOrigin('http://localhost:8787'), {}, allow)).toMatchObject({
      settings: { apiBaseUrl: 'http://localhost:8787' },
    });
    expect(allow).toHaveBeenCalledWith('http://localhost:8787/*');
    expect(await saveSettings(withOrigin('http://127.0.0.1:8787'), {}, allow)).toMatchObject({
      settings: { apiBaseUrl: 'http://127.0.0.1:8787' },
    });
  });

  it('the default origin needs no extra permission', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: 'https://staging.hirempire.com' });
    const hasPermission = vi.fn(async () => false);
    const result = await saveSettings(DEFAULT_SETTINGS, {}, hasPermission);
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, token: { state: 'none' }, hostAccessLost: null });
    expect(hasPermission).not.toHaveBeenCalled();
  });

  it('trims the board source names', async () => {
    const boards = { linkedin: { enabled: false, sourceName: '  LinkedIn Jobs ' }, indeed: { enabled: true, sourceName: 'Indeed\n' } };
    await saveSettings({ apiBaseUrl: DEFAULT_API_BASE_URL, boards }, {}, deny);
    expect((await settingsItem.getValue()).boards).toEqual({
      linkedin: { enabled: false, sourceName: 'LinkedIn Jobs' },
      indeed: { enabled: true, sourceName: 'Indeed' },
    });
  });

  it.each([
    ['a custom server', DEFAULT_API_BASE_URL, 'https://hirempire-eu.example'],
    ['the same host on another port', DEFAULT_API_BASE_URL, 'https://api.hirempire.com:8443'],
    ['a reset to the default server', 'https://staging.hirempire.com', DEFAULT_API_BASE_URL],
  ])('a change of origin (%s) forgets the token instead of sending it to the new server', async (_label, from, to) => {
    grantedHosts.add(originPermissionPattern(from));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: from });
    await writeToken(TOKEN, from);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1, hint: 'b1db' });
    const fetch = notFound();
    const result = await saveSettings(withOrigin(to), overrides(fetch), allow);
    expect(fetch).not.toHaveBeenCalled();
    expect(result).toMatchObject({ settings: { apiBaseUrl: to }, token: { state: 'none' } });
    expect(await readToken(to)).toBeNull();
    expect(await readToken(from)).toBeNull();
    // Lookups at the new server go out without any token (they are not sent at all).
    expect(await refreshSources(JOB_ID, overrides(fetch))).toMatchObject({ ok: false, error: { kind: 'no-token' } });
    expect(fetch).not.toHaveBeenCalled();
    // A custom host left behind has its permission released; the default one is the manifest's.
    expect(grantedHosts.has(originPermissionPattern(from))).toBe(from === DEFAULT_API_BASE_URL);
  });

  it('same origin: no re-check', async () => {
    await writeToken(TOKEN, DEFAULT_API_BASE_URL);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1, hint: 'b1db' });
    const fetch = notFound();
    await saveSettings(DEFAULT_SETTINGS, overrides(fetch), allow);
    expect(fetch).not.toHaveBeenCalled();
    expect((await setupState()).token.state).toBe('connected');
  });
});

describe('the browser’s permission for a custom server', () => {
  const CUSTOM = 'https://hirempire-eu.example';
  async function onCustomServer() {
    grantedHosts.add(originPermissionPattern(CUSTOM));
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: CUSTOM });
    await writeToken(TOKEN, CUSTOM);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1, hint: 'b1db' });
  }

  it('is checked before each lookup: without it no request goes out, and the extension goes back to the default server', async () => {
    await onCustomServer();
    const fetch = apiStub(() => json({ success: true, job_id: JOB_ID, sources: [] }));
    expect(await refreshSources(JOB_ID, overrides(fetch))).toMatchObject({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(1);

    // Revoked behind the worker's back (no event seen): the next lookup must not send the token.
    grantedHosts.clear();
    expect(await refreshSources(JOB_ID, overrides(fetch))).toMatchObject({ ok: false, error: { kind: 'no-token' } });
    expect(fetch).toHaveBeenCalledTimes(1);
    expect((await settingsItem.getValue()).apiBaseUrl).toBe(DEFAULT_API_BASE_URL);
    expect(await readToken(CUSTOM)).toBeNull();
    expect((await setupState()).hostAccessLost).toEqual({ origin: CUSTOM, at: NOW });
  });

  it('a re-check of the token without it sends nothing either', async () => {
    await onCustomServer();
    grantedHosts.clear();
    const fetch = notFound();
    expect(await recheckToken(overrides(fetch))).toMatchObject({ settings: { apiBaseUrl: DEFAULT_API_BASE_URL }, token: { state: 'none' } });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('onRemoved: back to the default server, the removed server’s token forgotten, and the options page told', async () => {
    const { leaveHostWithoutAccess } = await import('@/utils/background/host-access');
    await onCustomServer();
    fakeBrowser.permissions.onRemoved.addListener(() => void leaveHostWithoutAccess(() => NOW));
    await fakeBrowser.permissions.remove({ origins: [originPermissionPattern(CUSTOM)] });
    await vi.waitFor(async () => expect((await setupState()).hostAccessLost).toEqual({ origin: CUSTOM, at: NOW }));
    expect(await setupState()).toMatchObject({ settings: { apiBaseUrl: DEFAULT_API_BASE_URL }, token: { state: 'none' } });
    expect(await readToken(CUSTOM)).toBeNull();
    // Saving a token for the default server clears the note.
    await saveToken(TOKEN, DEFAULT_API_BASE_URL, overrides(notFound()));
    expect((await setupState()).hostAccessLost).toBeNull();
  });

  it('another permission removed while the custom server keeps its own changes nothing', async () => {
    const { leaveHostWithoutAccess } = await import('@/utils/background/host-access');
    await onCustomServer();
    expect(await leaveHostWithoutAccess(() => NOW)).toBe(false);
    expect(await readToken(CUSTOM)).toBe(TOKEN);
  });
});

describe('the vault', () => {
  it('a token stored before binding existed is adopted by the server it was already used with', async () => {
    const { createStore, set } = await import('idb-keyval');
    await set('apiToken', TOKEN, createStore('hirempire-vault', 'secrets'));
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe(TOKEN);
    expect(await readToken('https://hirempire-eu.example')).toBeNull();
  });
});
