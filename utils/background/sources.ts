import { fetchJobSources, type ClientOptions } from '../api/client';
import { apiError } from '../api/errors';
import type { SourcesAnswer, SourcesStored } from '../messaging/protocol';
import {
  cacheGenerationItem,
  forgetOldestCachedSources,
  readCachedSources,
  removeCachedSources,
  settingsItem,
  tokenStatusItem,
  writeCachedSources,
  type CachedSources,
} from '../storage';
import { readToken } from '../vault';
import { hasHostAccess, leaveHostWithoutAccess } from './host-access';
import { heldOff, noteHoldOff } from './hold-off';

export type ClientOverrides = Partial<Pick<ClientOptions, 'fetch' | 'sleep' | 'random' | 'timeoutMs' | 'now'>>;

// Identical lookups in flight share one request. Only a de-duplication aid:
// losing it when the worker stops costs at most one extra request.
const inFlight = new Map<string, Promise<SourcesAnswer>>();

/** The API origin and token the worker would use right now. */
async function currentCredentials() {
  const settings = await settingsItem.getValue();
  // Only the token saved for this very origin: a token is never sent to a server it was not saved for.
  return { apiOrigin: settings.apiBaseUrl, token: await readToken(settings.apiBaseUrl) };
}

/** Last good answer for a job, from the cache of the current API origin. */
export async function cachedSources(jobId: string) {
  const { apiOrigin } = await currentCredentials();
  return readCachedSources(apiOrigin, jobId);
}

/**
 * Asks the API for a job's sources. A good answer replaces the cache; a failed one
 * leaves the cache as it was and is returned beside it, so the UI can keep showing it.
 */
export async function refreshSources(jobId: string, overrides: ClientOverrides = {}): Promise<SourcesAnswer> {
  const [{ apiOrigin, token }, generation] = await Promise.all([currentCredentials(), cacheGenerationItem.getValue()]);
  // The token is part of the key (in the worker's memory only): a lookup made right after a
  // new token was saved must not be handed the previous account's answer.
  const key = `${apiOrigin}|${jobId.toLowerCase()}|${token ?? ''}`;
  const pending = inFlight.get(key);
  if (pending) return pending;
  const request = (async (): Promise<SourcesAnswer> => {
    const now = overrides.now ?? Date.now;
    // The cache is read only when the answer is a failure: a large job's entry is megabytes.
    const cachedNow = () => readCachedSources(apiOrigin, jobId);
    if (!token) return { ok: false, error: apiError('no-token'), cached: await cachedNow() };
    // Checked before every request: without the browser's permission the fetch would be a plain
    // CORS request, and a permissive server would still get the token.
    if (!(await hasHostAccess(apiOrigin))) {
      await leaveHostWithoutAccess(now);
      return { ok: false, error: apiError('no-token'), cached: null };
    }
    // Hirempire said when to come back: until then every caller gets that answer, not a new request.
    const held = heldOff(apiOrigin, now());
    if (held) return { ok: false, error: held, cached: await cachedNow() };
    const result = await fetchJobSources(jobId, { baseUrl: apiOrigin, token, ...overrides });
    if (!result.ok) noteHoldOff(apiOrigin, result.error);
    // Token, origin or cache may have changed while we waited: never file an answer under the wrong account.
    const stillCurrent = async () => {
      const [after, afterGeneration] = await Promise.all([currentCredentials(), cacheGenerationItem.getValue()]);
      return after.apiOrigin === apiOrigin && after.token === token && afterGeneration === generation;
    };
    if (!result.ok) {
      if (result.error.kind === 'invalid-token' && (await stillCurrent())) await markToken('invalid', now());
      return { ok: false, error: result.error, cached: await cachedNow() };
    }
    const entry = { data: result.value, fetchedAt: now() };
    let stored = false;
    if (await stillCurrent()) {
      stored = await keepAnswer(apiOrigin, jobId, entry);
      // The cache was cleared while we wrote: take the answer back out.
      if (!(await stillCurrent())) {
        await removeCachedSources(apiOrigin, jobId);
        stored = false;
      } else await markToken('connected', now());
    }
    return { ok: true, cached: entry, stored };
  })();
  inFlight.set(key, request);
  try {
    return await request;
  } finally {
    inFlight.delete(key);
  }
}

/**
 * Caches a good answer. The cache is only an aid: when storage is full, older answers make
 * room; an answer that cannot be kept is returned uncached rather than failing the lookup.
 * (Its size is bounded by the client's caps: MAX_SOURCES_PER_JOB rows, a 25 MB body.)
 */
async function keepAnswer(apiOrigin: string, jobId: string, entry: CachedSources): Promise<boolean> {
  for (;;) {
    try {
      await writeCachedSources(apiOrigin, jobId, entry);
      return true;
    } catch {
      if (!(await forgetOldestCachedSources(apiOrigin, jobId))) return false;
    }
  }
}

/** A good answer that is in the cache, without its rows; any other outcome as it is. */
export function withoutRows(answer: SourcesAnswer): SourcesAnswer | SourcesStored {
  return answer.ok && answer.stored ? { ok: true, stored: true, fetchedAt: answer.cached.fetchedAt } : answer;
}

/** How often a successful lookup refreshes "last checked": often enough to read, rarely enough not to churn storage. */
const CHECKED_AT_RESOLUTION_MS = 60_000;

async function markToken(state: 'connected' | 'invalid', at: number) {
  const status = await tokenStatusItem.getValue();
  const unchanged = status.state === state && (state === 'invalid' || at - (status.checkedAt ?? 0) < CHECKED_AT_RESOLUTION_MS);
  if (!unchanged) await tokenStatusItem.setValue({ ...status, state, checkedAt: at });
}
