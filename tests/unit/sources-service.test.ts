import { describe, expect, it, vi } from 'vitest';
import { cachedSources, refreshSources } from '@/utils/background/sources';
import { boardLink, BOARD_CACHE_FRESH_MS } from '@/utils/background/board-link';
import { BOARD_ASK_INTERVAL_MS } from '@/utils/background/board-link-throttle';
import { saveSettings, saveToken } from '@/utils/background/setup';
import { openJob } from '@/utils/background/jobs';
import {
  DEFAULT_API_BASE_URL,
  DEFAULT_SETTINGS,
  readCachedSources,
  settingsItem,
  tokenStatusItem,
  writeCachedSources,
  type CachedSources,
} from '@/utils/storage';
import { readToken, writeToken } from '@/utils/vault';
import { apiStub, askedJobId, clientOverrides as overrides, failure, heldApi, NOW, sourcesAnswer } from './api-stub';
import { cachedEntry, DOC_JOB as JOB_ID, OTHER_JOB as OTHER_JOB_ID, source } from './helpers';

/**
 * The worker's lookup service against fakeBrowser storage and the fake-indexeddb vault:
 * the cache (written, kept, fresh or stale, cleared), coalescing, and the token's status.
 */

const TOKEN = 'sk-recruiter-a-0001';

const status = (code: number) => failure(code, 'nope');

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

async function connect(token = TOKEN) {
  await writeToken(token, DEFAULT_API_BASE_URL);
  await tokenStatusItem.setValue({ state: 'connected', checkedAt: NOW - 1_000, hint: token.slice(-4) });
}

/** The job's cached answer, fetched at `fetchedAt`: its LinkedIn source only. */
const entry = (fetchedAt: number, visits = 7): CachedSources =>
  cachedEntry(JOB_ID, [source('src-linkedin', 'LinkedIn', visits, undefined, '2026-06-18T10:00:00.000Z')], { fetchedAt });

describe('refreshSources', () => {
  it('asks the configured API with the saved token, and caches a good answer', async () => {
    await connect();
    const fetch = apiStub();
    const answer = await refreshSources(JOB_ID, overrides(fetch));

    expect(fetch).toHaveBeenCalledTimes(1);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe(`${DEFAULT_API_BASE_URL}/v1/job-sources?job_id=${JOB_ID}`);
    expect(new Headers(init.headers).get('Authorization')).toBe(`Bearer ${TOKEN}`);

    expect(answer.ok).toBe(true);
    expect(answer.cached?.fetchedAt).toBe(NOW);
    expect(answer.cached?.data.sources.map((s) => [s.name, s.visits])).toEqual([
      ['LinkedIn', 142],
      ['Referral', 36],
    ]);
    expect(await cachedSources(JOB_ID)).toEqual(answer.cached);
    expect(await readCachedSources(DEFAULT_API_BASE_URL, JOB_ID)).toEqual(answer.cached);
  });

  it('files a job id typed in capitals under the same cache entry', async () => {
    await connect();
    await refreshSources(JOB_ID.toUpperCase(), overrides(apiStub((id) => sourcesAnswer(id))));
    expect((await cachedSources(JOB_ID))?.data.jobId).toBe(JOB_ID);
  });

  it('without a token: no-token, no request, the cache still returned', async () => {
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB_ID, entry(NOW - 5_000));
    const fetch = apiStub();
    const answer = await refreshSources(JOB_ID, overrides(fetch));
    expect(answer).toMatchObject({ ok: false, error: { kind: 'no-token', action: 'open-settings' } });
    expect(answer.cached).toEqual(entry(NOW - 5_000));
    expect(fetch).not.toHaveBeenCalled();
  });

  it('a failed refresh keeps the cache and returns it beside the error', async () => {
    await connect();
    await refreshSources(JOB_ID, overrides(apiStub(), () => NOW - 60_000));
    const before = await cachedSources(JOB_ID);
    expect(before?.fetchedAt).toBe(NOW - 60_000);

    const answer = await refreshSources(JOB_ID, overrides(apiStub(() => status(503))));
    expect(answer).toMatchObject({ ok: false, error: { kind: 'server', status: 503 } });
    expect(answer.cached).toEqual(before);
    expect(await cachedSources(JOB_ID)).toEqual(before);
  });

  it('offline: the error comes back with the cache, which is untouched', async () => {
    await connect();
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB_ID, entry(NOW - 3_600_000));
    const fetch = apiStub(() => Promise.reject(new TypeError('Failed to fetch')));
    const answer = await refreshSources(JOB_ID, overrides(fetch));
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ kind: 'offline' }), cached: entry(NOW - 3_600_000) });
    expect(await cachedSources(JOB_ID)).toEqual(entry(NOW - 3_600_000));
    // Network errors are retried (2 retries by default) before giving up.
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('a failed first lookup has no cache to show: cached is null', async () => {
    await connect();
    const answer = await refreshSources(JOB_ID, overrides(apiStub(() => status(404))));
    expect(answer).toEqual({ ok: false, error: expect.objectContaining({ kind: 'job-not-found' }), cached: null });
  });

  it('a 401 marks the token invalid (and keeps the hint)', async () => {
    await connect();
    const answer = await refreshSources(JOB_ID, overrides(apiStub(() => status(401))));
    expect(answer).toMatchObject({ ok: false, error: { kind: 'invalid-token', action: 'open-settings' } });
    expect(await tokenStatusItem.getValue()).toEqual({ state: 'invalid', checkedAt: NOW, hint: TOKEN.slice(-4) });
  });

  it('a good answer after a 401 marks the token connected again', async () => {
    await connect();
    await tokenStatusItem.setValue({ state: 'invalid', checkedAt: NOW - 10_000, hint: 'abcd' });
    await refreshSources(JOB_ID, overrides(apiStub()));
    expect(await tokenStatusItem.getValue()).toMatchObject({ state: 'connected', checkedAt: NOW });
  });

  it('other failures leave the token status alone', async () => {
    await connect();
    const before = await tokenStatusItem.getValue();
    await refreshSources(JOB_ID, overrides(apiStub(() => status(404))));
    await refreshSources(JOB_ID, overrides(apiStub(() => status(500))));
    expect(await tokenStatusItem.getValue()).toEqual(before);
  });

  it('coalesces two concurrent lookups of the same job into one request', async () => {
    await connect();
    const { fetch, release } = heldApi();
    const first = refreshSources(JOB_ID, overrides(fetch));
    const second = refreshSources(JOB_ID.toUpperCase(), overrides(fetch));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    release();
    const [a, b] = await Promise.all([first, second]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(a).toEqual(b);
    expect(a.ok).toBe(true);
  });

  it('does not coalesce different jobs, nor a lookup after the first has finished', async () => {
    await connect();
    const fetch = apiStub();
    await Promise.all([refreshSources(JOB_ID, overrides(fetch)), refreshSources(OTHER_JOB_ID, overrides(fetch))]);
    expect(fetch).toHaveBeenCalledTimes(2);
    await refreshSources(JOB_ID, overrides(fetch));
    expect(fetch).toHaveBeenCalledTimes(3);
  });

  it('an answer that arrives after the token changed is not filed under the new account', async () => {
    await connect();
    const { fetch, release } = heldApi();
    const pending = refreshSources(JOB_ID, overrides(fetch));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await writeToken('sk-recruiter-b-0002', DEFAULT_API_BASE_URL);
    release();
    await pending;
    expect(await cachedSources(JOB_ID)).toBeNull();
  });

  it('a 401 for a token already replaced does not mark the new one invalid', async () => {
    await connect();
    const { fetch, release } = heldApi(() => status(401));
    const pending = refreshSources(JOB_ID, overrides(fetch));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    await writeToken('sk-recruiter-b-0002', DEFAULT_API_BASE_URL);
    release();
    await pending;
    expect((await tokenStatusItem.getValue()).state).toBe('connected');
  });
});

describe('a lookup that spans a change of account', () => {
  it('a lookup after a new token was saved does not join the old token’s request', async () => {
    await connect();
    const gate = deferred<void>();
    const seen: string[] = [];
    const fetch = apiStub(async (_jobId, _url, init) => {
      const auth = new Headers(init.headers).get('Authorization') ?? '';
      seen.push(auth);
      if (auth.endsWith(TOKEN)) await gate.promise;
      return sourcesAnswer(JOB_ID, auth.endsWith(TOKEN) ? 1 : 2);
    });
    const old = refreshSources(JOB_ID, overrides(fetch));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalledTimes(1));
    await writeToken('sk-recruiter-b-0002', DEFAULT_API_BASE_URL);
    const fresh = await refreshSources(JOB_ID, overrides(fetch));
    expect(seen).toEqual([`Bearer ${TOKEN}`, 'Bearer sk-recruiter-b-0002']);
    expect(fresh.ok && fresh.cached.data.sources[0].visits).toBe(2);
    gate.resolve();
    await old;
  });

  it('an answer that arrives after the cache was cleared is not written back', async () => {
    await connect();
    const { fetch, release } = heldApi();
    const pending = refreshSources(JOB_ID, overrides(fetch));
    await vi.waitFor(() => expect(fetch).toHaveBeenCalled());
    // Same token and origin, but the recruiter removed and re-saved it: the cache was cleared.
    const { clearSourcesCache } = await import('@/utils/storage');
    await clearSourcesCache();
    release();
    const answer = await pending;
    expect(answer.ok).toBe(true);
    expect(await cachedSources(JOB_ID)).toBeNull();
  });
});

describe('clearing the cache', () => {
  it('saving another token clears every cached job', async () => {
    await connect();
    await refreshSources(JOB_ID, overrides(apiStub()));
    await refreshSources(OTHER_JOB_ID, overrides(apiStub()));
    expect(await cachedSources(JOB_ID)).not.toBeNull();

    const result = await saveToken('sk-recruiter-b-0002', DEFAULT_API_BASE_URL, overrides(apiStub(() => status(404))));
    expect(result).not.toHaveProperty('rejected');
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe('sk-recruiter-b-0002');
    expect(await cachedSources(JOB_ID)).toBeNull();
    expect(await cachedSources(OTHER_JOB_ID)).toBeNull();
  });

  it('saving the same token again keeps the cache', async () => {
    await connect();
    await refreshSources(JOB_ID, overrides(apiStub()));
    await saveToken(`Bearer ${TOKEN}`, DEFAULT_API_BASE_URL, overrides(apiStub(() => status(404))));
    expect(await cachedSources(JOB_ID)).not.toBeNull();
  });

  it('a rejected token leaves the old token and its cache in place', async () => {
    await connect();
    await refreshSources(JOB_ID, overrides(apiStub()));
    const result = await saveToken('sk-typo', DEFAULT_API_BASE_URL, overrides(apiStub(() => status(401))));
    expect(result).toHaveProperty('rejected');
    expect(await readToken(DEFAULT_API_BASE_URL)).toBe(TOKEN);
    expect(await cachedSources(JOB_ID)).not.toBeNull();
  });

  it('changing the API origin clears the cache (switching back shows nothing old)', async () => {
    await connect();
    await refreshSources(JOB_ID, overrides(apiStub()));
    const staging = 'https://staging.hirempire.com';
    const fetch = apiStub(() => status(404));

    const saved = await saveSettings({ ...DEFAULT_SETTINGS, apiBaseUrl: staging }, overrides(fetch), async () => true);
    expect(saved).toMatchObject({ settings: { apiBaseUrl: staging } });
    expect(await readCachedSources(DEFAULT_API_BASE_URL, JOB_ID)).toBeNull();

    await saveSettings(DEFAULT_SETTINGS, overrides(fetch), async () => true);
    expect((await settingsItem.getValue()).apiBaseUrl).toBe(DEFAULT_API_BASE_URL);
    expect(await cachedSources(JOB_ID)).toBeNull();
  });

  it('saving settings with the same origin keeps the cache', async () => {
    await connect();
    await refreshSources(JOB_ID, overrides(apiStub()));
    const boards = { ...DEFAULT_SETTINGS.boards, indeed: { enabled: false, sourceName: 'Indeed' } };
    await saveSettings({ apiBaseUrl: `${DEFAULT_API_BASE_URL}/`, boards }, overrides(apiStub()), async () => false);
    expect(await cachedSources(JOB_ID)).not.toBeNull();
  });
});

describe('boardLink and the cache', () => {
  async function activeJob() {
    await connect();
    await openJob(JOB_ID, NOW - 100_000);
  }

  it('uses a fresh cache entry without asking the API', async () => {
    await activeJob();
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB_ID, entry(NOW - BOARD_CACHE_FRESH_MS));
    const fetch = apiStub();
    const link = await boardLink('linkedin', {}, overrides(fetch));
    expect(fetch).not.toHaveBeenCalled();
    expect(link).toMatchObject({
      board: 'linkedin',
      enabled: true,
      job: { jobId: JOB_ID },
      source: { name: 'LinkedIn', visits: 7 },
      fetchedAt: NOW - BOARD_CACHE_FRESH_MS,
    });
    expect(link.error).toBeUndefined();
  });

  it('refreshes a stale entry', async () => {
    await activeJob();
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB_ID, entry(NOW - BOARD_CACHE_FRESH_MS - 1));
    const fetch = apiStub();
    const link = await boardLink('linkedin', {}, overrides(fetch));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(link).toMatchObject({ source: { name: 'LinkedIn', visits: 142 }, fetchedAt: NOW });
    expect(link.otherSources.map((s) => s.name)).toEqual(['Referral']);
    expect((await cachedSources(JOB_ID))?.fetchedAt).toBe(NOW);
  });

  it('falls back to the stale entry, with the error, when the refresh fails', async () => {
    await activeJob();
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB_ID, entry(NOW - 3_600_000));
    const link = await boardLink('linkedin', {}, overrides(apiStub(() => Promise.reject(new TypeError('offline')))));
    expect(link).toMatchObject({
      source: { name: 'LinkedIn', visits: 7 },
      fetchedAt: NOW - 3_600_000,
      error: { kind: 'offline' },
    });
  });

  it('asks the API when nothing is cached, and reports the error when that fails', async () => {
    await activeJob();
    const link = await boardLink('linkedin', {}, overrides(apiStub(() => status(404))));
    expect(link).toMatchObject({ source: null, otherSources: [], error: { kind: 'job-not-found' } });
    expect(link.fetchedAt).toBeUndefined();
  });

  it('finds the board’s own source by its configured name', async () => {
    await activeJob();
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      boards: { ...DEFAULT_SETTINGS.boards, indeed: { enabled: true, sourceName: 'referral' } },
    });
    const link = await boardLink('indeed', {}, overrides(apiStub()));
    expect(link.source?.name).toBe('Referral');
    expect(link.otherSources.map((s) => s.name)).toEqual(['LinkedIn']);
  });

  it('does nothing for a disabled board or without an active job', async () => {
    const fetch = apiStub();
    expect(await boardLink('linkedin', {}, overrides(fetch))).toMatchObject({ job: null, source: null });
    await activeJob();
    await settingsItem.setValue({
      ...DEFAULT_SETTINGS,
      boards: { ...DEFAULT_SETTINGS.boards, linkedin: { enabled: false, sourceName: 'LinkedIn' } },
    });
    expect(await boardLink('linkedin', {}, overrides(fetch))).toMatchObject({ enabled: false, source: null });
    expect(fetch).not.toHaveBeenCalled();
  });

  it('says "not set up" when there is neither a token nor a job, and nothing when only the job is missing', async () => {
    const fetch = apiStub();
    const noToken = await boardLink('linkedin', {}, overrides(fetch));
    expect(noToken.error?.kind).toBe('no-token');
    await writeToken('sk-live', DEFAULT_API_BASE_URL);
    expect((await boardLink('linkedin', {}, overrides(fetch))).error).toBeUndefined();
    expect(fetch).not.toHaveBeenCalled();
  });
});

describe('what a board page can cost Hirempire (issue 16, item 5)', () => {
  const TAB = 7;
  async function activeJob() {
    await connect();
    await openJob(JOB_ID, NOW - 100_000);
  }

  it('a tab whose ask failed gets that failure for a minute, however often it asks; then one ask more', async () => {
    await activeJob();
    const fetch = apiStub(() => Promise.reject(new TypeError('offline')));
    let now = NOW;
    const clock = () => now;
    for (let i = 0; i < 200; i++) {
      const link = await boardLink('linkedin', { tabId: TAB }, overrides(fetch, clock));
      expect(link.error?.kind).toBe('offline');
      now += 250;
    }
    // 200 asks over 50 s: one lookup (three attempts: the client retries a network failure twice).
    expect(fetch).toHaveBeenCalledTimes(3);
    now = NOW + BOARD_ASK_INTERVAL_MS;
    await boardLink('linkedin', { tabId: TAB }, overrides(fetch, clock));
    expect(fetch).toHaveBeenCalledTimes(6);
  });

  it('other tabs get the remembered failure too, and the recruiter’s own click asks again at once', async () => {
    await activeJob();
    const fetch = apiStub(() => status(503));
    await boardLink('linkedin', { tabId: TAB }, overrides(fetch));
    const calls = fetch.mock.calls.length;
    expect((await boardLink('indeed', { tabId: TAB + 1 }, overrides(fetch))).error?.kind).toBe('server');
    expect(fetch).toHaveBeenCalledTimes(calls);

    fetch.mockImplementation(async (input) => sourcesAnswer(askedJobId(input)));
    const retried = await boardLink('linkedin', { tabId: TAB, userAsked: true }, overrides(fetch));
    expect(fetch).toHaveBeenCalledTimes(calls + 1);
    expect(retried).toMatchObject({ source: { name: 'LinkedIn', visits: 142 } });
    expect(retried.error).toBeUndefined();
  });

  it('a failure remembered under one token is forgotten once another is saved: the control asks again at once', async () => {
    await activeJob();
    const fetch = apiStub(() => status(401));
    expect((await boardLink('linkedin', { tabId: TAB }, overrides(fetch))).error?.kind).toBe('invalid-token');
    expect((await boardLink('linkedin', { tabId: TAB + 1 }, overrides(fetch))).error?.kind).toBe('invalid-token');
    expect(fetch).toHaveBeenCalledTimes(1);

    await saveToken('sk-recruiter-b-0002', DEFAULT_API_BASE_URL, overrides(apiStub()));
    fetch.mockImplementation(async (input) => sourcesAnswer(askedJobId(input)));
    const link = await boardLink('linkedin', { tabId: TAB + 1 }, overrides(fetch));
    expect(fetch).toHaveBeenCalledTimes(2);
    expect(link.error).toBeUndefined();
    expect(link.source?.name).toBe('LinkedIn');
  });

  it('an old cached answer is served without asking again while the tab’s minute runs', async () => {
    await activeJob();
    const fetch = apiStub();
    let now = NOW;
    const clock = () => now;
    await boardLink('linkedin', { tabId: TAB }, overrides(fetch, clock));
    expect(fetch).toHaveBeenCalledTimes(1);
    // The answer goes stale (another tab's popup could have made it old); the tab asked 59 s ago.
    await writeCachedSources(DEFAULT_API_BASE_URL, JOB_ID, entry(NOW - 3_600_000));
    now = NOW + BOARD_ASK_INTERVAL_MS - 1;
    const link = await boardLink('linkedin', { tabId: TAB }, overrides(fetch, clock));
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(link).toMatchObject({ source: { visits: 7 }, fetchedAt: NOW - 3_600_000 });
    now = NOW + BOARD_ASK_INTERVAL_MS;
    await boardLink('linkedin', { tabId: TAB }, overrides(fetch, clock));
    expect(fetch).toHaveBeenCalledTimes(2);
  });

  it('Retry-After beyond what the client waits: no caller asks that server before the time it gave', async () => {
    await activeJob();
    const fetch = apiStub(() => new Response('{}', { status: 429, headers: { 'Retry-After': '120' } }));
    let now = NOW;
    const clock = () => now;
    const first = await refreshSources(JOB_ID, overrides(fetch, clock));
    expect(first).toMatchObject({ ok: false, error: { kind: 'rate-limited', retryAt: NOW + 120_000 } });
    expect(fetch).toHaveBeenCalledTimes(1);

    // The popup, another job, the board (even on the recruiter's click): the same answer, no request.
    now = NOW + 119_000;
    expect(await refreshSources(OTHER_JOB_ID, overrides(fetch, clock))).toMatchObject({ ok: false, error: { retryAt: NOW + 120_000 } });
    expect((await boardLink('linkedin', { tabId: TAB, userAsked: true }, overrides(fetch, clock))).error).toMatchObject({ kind: 'rate-limited' });
    expect(fetch).toHaveBeenCalledTimes(1);

    now = NOW + 120_000;
    fetch.mockImplementation(async (input) => sourcesAnswer(askedJobId(input)));
    expect(await refreshSources(OTHER_JOB_ID, overrides(fetch, clock))).toMatchObject({ ok: true });
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
