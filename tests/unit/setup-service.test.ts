import { beforeEach, describe, expect, it, vi } from 'vitest';
import { PROBE_JOB_ID, recheckToken, removeToken, saveSettings, saveToken, setupState } from '@/utils/background/setup';
import { cachedSources, refreshSources } from '@/utils/background/sources';
import { DEFAULT_API_BASE_URL, DEFAULT_SETTINGS, settingsItem, tokenStatusItem, type Settings } from '@/utils/storage';
import { readToken, writeToken } from '@/utils/vault';

/** The options page's services: saving and checking the token, and the settings. */

const NOW = Date.UTC(2026, 5, 18, 10, 0, 0);
const TOKEN = 'sk-live-5f3a9c2e7d1b';
const JOB_ID = '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b';

const reply = (code: number, body: unknown = { success: false, error: 'Job not found' }) =>
  new Response(JSON.stringify(body), { status: code });

function apiStub(answer: () => Response | Promise<Response>) {
  return vi.fn(async (_input: string | URL | Request, _init?: RequestInit) => answer());
}

function overrides(fetch: ReturnType<typeof apiStub>) {
  return { fetch: fetch as unknown as typeof globalThis.fetch, sleep: async () => undefined, random: () => 0, now: () => NOW };
}

const notFound = () => apiStub(() => reply(404));
const unauthorized = () => apiStub(() => reply(401, { success: false, error: 'Invalid token' }));
const unreachable = () => apiStub(() => Promise.reject(new TypeError('Failed to fetch')));

function sentAuthorization(fetch: ReturnType<typeof apiStub>, call = 0) {
  return new Headers(fetch.mock.calls[call][1]?.headers).get('Authorization');
}

describe('saveToken', () => {
  it('a token the API knows (404 for the probe job) is saved as connected', async () => {
    const fetch = notFound();
    const result = await saveToken(TOKEN, overrides(fetch));
    expect(result).toEqual({
      settings: DEFAULT_SETTINGS,
      token: { state: 'connected', checkedAt: NOW, hint: TOKEN.slice(-4) },
    });
    expect(await readToken()).toBe(TOKEN);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch.mock.calls[0][0]).toBe(`${DEFAULT_API_BASE_URL}/v1/job-sources?job_id=${PROBE_JOB_ID}`);
    expect(sentAuthorization(fetch)).toBe(`Bearer ${TOKEN}`);
  });

  it('a 200 for the probe job also means connected', async () => {
    const fetch = apiStub(() => reply(200, { success: true, job_id: PROBE_JOB_ID, sources: [] }));
    expect(await saveToken(TOKEN, overrides(fetch))).toMatchObject({ token: { state: 'connected' } });
  });

  it('the token itself is never part of the answer', async () => {
    const result = await saveToken(TOKEN, overrides(notFound()));
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  it('a 401 is rejected with a message, and nothing is stored', async () => {
    const result = await saveToken(TOKEN, overrides(unauthorized()));
    expect(result).toEqual({ rejected: expect.stringMatching(/did not accept this token/) });
    expect(await readToken()).toBeNull();
    expect(await tokenStatusItem.getValue()).toEqual({ state: 'none' });
  });

  it('a 401 for a new token leaves the saved one as it was', async () => {
    await saveToken(TOKEN, overrides(notFound()));
    await saveToken('sk-live-other', overrides(unauthorized()));
    expect(await readToken()).toBe(TOKEN);
    expect((await tokenStatusItem.getValue()).hint).toBe(TOKEN.slice(-4));
  });

  it('a network failure is rejected with a message that says why, and nothing is stored', async () => {
    const fetch = unreachable();
    const result = await saveToken(TOKEN, overrides(fetch));
    expect(result).toEqual({ rejected: expect.stringMatching(/^Could not check the token: Cannot reach Hirempire/) });
    expect(await readToken()).toBeNull();
    expect(await tokenStatusItem.getValue()).toEqual({ state: 'none' });
    // One retry for the check, not the lookup's full budget.
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['a server error', () => apiStub(() => reply(500)), /trouble/],
    ['an unreadable answer', () => apiStub(() => new Response('<html>', { status: 200 })), /could not read/],
  ])('%s is rejected with that reason', async (_label, make, reason) => {
    const result = await saveToken(TOKEN, overrides(make()));
    expect(result).toEqual({ rejected: expect.stringMatching(reason) });
    expect(await readToken()).toBeNull();
  });

  it.each([
    [`Bearer ${TOKEN}`],
    [`bearer ${TOKEN}`],
    [`  ${TOKEN}\n`],
    [`\tBearer   ${TOKEN}  \r\n`],
  ])('accepts %j as the bare token', async (input) => {
    const fetch = notFound();
    await saveToken(input, overrides(fetch));
    expect(sentAuthorization(fetch)).toBe(`Bearer ${TOKEN}`);
    expect(await readToken()).toBe(TOKEN);
  });

  it.each([[''], ['   '], ['Bearer '], ['sk-live 5f3a'], ['sk-live\n5f3a'], ['sk-é'], ['x'.repeat(5000)]])(
    'refuses %j before asking the API',
    async (input) => {
      const fetch = notFound();
      const result = await saveToken(input, overrides(fetch));
      expect(result).toEqual({ rejected: expect.any(String) });
      expect(fetch).not.toHaveBeenCalled();
      expect(await readToken()).toBeNull();
    },
  );

  it('checks the token against the configured API origin', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: 'http://localhost:8787' });
    const fetch = notFound();
    await saveToken(TOKEN, overrides(fetch));
    expect(String(fetch.mock.calls[0][0])).toMatch(/^http:\/\/localhost:8787\/v1\/job-sources\?/);
  });
});

describe('removeToken', () => {
  it('forgets the token, its status and the cached sources', async () => {
    await saveToken(TOKEN, overrides(notFound()));
    await refreshSources(JOB_ID, overrides(apiStub(() => reply(200, { success: true, job_id: JOB_ID, sources: [] }))));
    expect(await cachedSources(JOB_ID)).not.toBeNull();

    const result = await removeToken();
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, token: { state: 'none' } });
    expect(await readToken()).toBeNull();
    expect(await cachedSources(JOB_ID)).toBeNull();
  });
});

describe('recheckToken', () => {
  async function saved() {
    await writeToken(TOKEN);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 86_400_000, hint: 'b1db' });
  }

  it('a 401 marks the saved token invalid, keeping it and its hint', async () => {
    await saved();
    const fetch = unauthorized();
    expect(await recheckToken(overrides(fetch))).toMatchObject({ token: { state: 'invalid', checkedAt: NOW, hint: 'b1db' } });
    expect(sentAuthorization(fetch)).toBe(`Bearer ${TOKEN}`);
    expect(await readToken()).toBe(TOKEN);
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
    expect(deny).toHaveBeenCalledWith('https://staging.hirempire.com/*');
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
    expect(allow).toHaveBeenCalledWith('http://localhost/*');
    expect(await saveSettings(withOrigin('http://127.0.0.1:8787'), {}, allow)).toMatchObject({
      settings: { apiBaseUrl: 'http://127.0.0.1:8787' },
    });
  });

  it('the default origin needs no extra permission', async () => {
    await settingsItem.setValue({ ...DEFAULT_SETTINGS, apiBaseUrl: 'https://staging.hirempire.com' });
    const hasPermission = vi.fn(async () => false);
    const result = await saveSettings(DEFAULT_SETTINGS, {}, hasPermission);
    expect(result).toEqual({ settings: DEFAULT_SETTINGS, token: { state: 'none' } });
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

  it('a new origin re-checks the saved token against the new server', async () => {
    await writeToken(TOKEN);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1, hint: 'b1db' });
    const fetch = unauthorized();
    const result = await saveSettings(withOrigin('https://staging.hirempire.com'), overrides(fetch), allow);
    expect(String(fetch.mock.calls[0][0])).toMatch(/^https:\/\/staging\.hirempire\.com\/v1\/job-sources\?/);
    expect(result).toMatchObject({ token: { state: 'invalid', checkedAt: NOW } });
  });

  it('a new origin that cannot be reached leaves the token unchecked', async () => {
    await writeToken(TOKEN);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1, hint: 'b1db' });
    const result = await saveSettings(withOrigin('https://staging.hirempire.com'), overrides(unreachable()), allow);
    expect(result).toMatchObject({ token: { state: 'unchecked' } });
  });

  it('same origin: no re-check', async () => {
    await writeToken(TOKEN);
    await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1, hint: 'b1db' });
    const fetch = notFound();
    await saveSettings(DEFAULT_SETTINGS, overrides(fetch), allow);
    expect(fetch).not.toHaveBeenCalled();
    expect((await setupState()).token.state).toBe('connected');
  });
});
