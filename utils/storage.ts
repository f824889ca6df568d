import { storage } from 'wxt/utils/storage';
import type { JobSources } from './api/schema';
import { BOARDS, type BoardId } from './boards/registry';
import { previewOf } from './popup/preview';
import { CACHE_PREFIX, DEFAULT_API_BASE_URL, jobKey, PREVIEW_PREFIX } from './storage-keys';

export { DEFAULT_API_BASE_URL };

/**
 * Every item the extension keeps in `storage.local`, typed and versioned.
 * The API token is NOT here: it lives in the worker's vault (see vault.ts).
 * On Chrome the worker also locks `storage.local` to trusted contexts, so content
 * scripts cannot read settings or cached sources either; they ask the worker.
 */

export interface BoardSettings {
  /** Show the "Copy tracked link" controls on this board's posting forms. */
  enabled: boolean;
  /** Which Hirempire source is this board's (matched ignoring case and spaces). */
  sourceName: string;
}

export interface Settings {
  /** Origin of the Hirempire API (no path). */
  apiBaseUrl: string;
  boards: Record<BoardId, BoardSettings>;
}

/** Every board of the registry, on, with its default source name. */
export const DEFAULT_SETTINGS: Settings = {
  apiBaseUrl: DEFAULT_API_BASE_URL,
  boards: Object.fromEntries(
    BOARDS.map((board) => [board.id, { enabled: true, sourceName: board.defaultSourceName }]),
  ) as Record<BoardId, BoardSettings>,
};

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** What the extension knows of the token, without the token itself: safe to show anywhere trusted. */
export type TokenState = 'none' | 'unchecked' | 'connected' | 'invalid';
export interface TokenStatus {
  state: TokenState;
  /** When the token was last checked against the API (epoch ms). */
  checkedAt?: number;
  /** Last four characters, so the recruiter can tell which token is saved. */
  hint?: string;
}

export const tokenStatusItem = storage.defineItem<TokenStatus>('local:tokenStatus', {
  fallback: { state: 'none' },
  version: 1,
});

/**
 * Set when the browser's permission for the custom API host was taken away and the extension
 * went back to the default server (forgetting the token saved for the removed one): the
 * options page says so until the recruiter saves a token or settings.
 */
export interface HostAccessLost {
  origin: string;
  at: number;
}

export const hostAccessLostItem = storage.defineItem<HostAccessLost | null>('local:hostAccessLost', {
  fallback: null,
  version: 1,
});

export interface RecentJob {
  jobId: string;
  /** The recruiter's own name for the job ("Senior Backend – Paris"). */
  label?: string;
  openedAt: number;
}

export const MAX_RECENT_JOBS = 10;

/** Newest first; the first one is the active job that the board buttons use. */
export const recentJobsItem = storage.defineItem<RecentJob[]>('local:recentJobs', {
  fallback: [],
  version: 1,
});

export interface CachedSources {
  data: JobSources;
  /** When this answer came from the API (epoch ms). */
  fetchedAt: number;
}

/** One cache entry per (API origin, job): a token or origin change must never show another account's data. */
export function cacheKey(apiOrigin: string, jobId: string): `local:${string}` {
  return `local:${jobKey(CACHE_PREFIX, apiOrigin, jobId)}`;
}

/** The cached answer's preview, under the same (API origin, job). */
export function previewKey(apiOrigin: string, jobId: string): `local:${string}` {
  return `local:${jobKey(PREVIEW_PREFIX, apiOrigin, jobId)}`;
}

export function readCachedSources(apiOrigin: string, jobId: string): Promise<CachedSources | null> {
  return storage.getItem<CachedSources>(cacheKey(apiOrigin, jobId));
}

/** Files an answer and its preview together, in one write: the popup never paints a preview of another answer. */
export function writeCachedSources(apiOrigin: string, jobId: string, entry: CachedSources): Promise<void> {
  return storage.setItems([
    { key: cacheKey(apiOrigin, jobId), value: entry },
    { key: previewKey(apiOrigin, jobId), value: previewOf(entry) },
  ]);
}

export function removeCachedSources(apiOrigin: string, jobId: string): Promise<void> {
  return storage.removeItems([cacheKey(apiOrigin, jobId), previewKey(apiOrigin, jobId)]);
}

/**
 * The visits per source the recruiter last saw for a job in the popup, so the next look can
 * say what changed ("+12"). Keyed by source id (names may repeat); one snapshot per job.
 */
export interface SeenVisits {
  jobId: string;
  visits: Record<string, number>;
  /** When the popup showed these numbers, fresh from the API (epoch ms). */
  seenAt: number;
}

/** Sources per snapshot at most: a job's snapshot stays far below storage.local's 10 MB. */
export const MAX_SEEN_SOURCES = 10_000;

/** Newest first, only for recent jobs (at most MAX_RECENT_JOBS). */
export const seenVisitsItem = storage.defineItem<SeenVisits[]>('local:seenVisits', {
  fallback: [],
  version: 1,
});

/** Forgets cached answers, and what was seen of them: another token or server may be another account. */
/**
 * Bumped by every clearing of the cache, so that a lookup that started before the clearing
 * (under the previous token or origin) can tell, and not write its answer back afterwards.
 */
export const cacheGenerationItem = storage.defineItem<number>('local:cacheGeneration', { fallback: 0 });

export async function clearSourcesCache(): Promise<void> {
  await cacheGenerationItem.setValue((await cacheGenerationItem.getValue()) + 1);
  const snapshot = await storage.snapshot('local');
  const keys = Object.keys(snapshot)
    .filter((key) => key.startsWith(CACHE_PREFIX) || key.startsWith(PREVIEW_PREFIX))
    .map((key) => `local:${key}` as const);
  if (keys.length) await storage.removeItems(keys);
  await seenVisitsItem.removeValue();
}

/**
 * Makes room in a full storage.local (Chrome allows 10 MB without `unlimitedStorage`): forgets
 * the older half of the cached answers, never the one under `keep`. False when none was left.
 */
export async function forgetOldestCachedSources(keep: `local:${string}`): Promise<boolean> {
  const snapshot = await storage.snapshot('local');
  const keys = Object.entries(snapshot)
    .filter(([key]) => key.startsWith(CACHE_PREFIX) && `local:${key}` !== keep)
    .sort(([, a], [, b]) => ((a as CachedSources | null)?.fetchedAt ?? 0) - ((b as CachedSources | null)?.fetchedAt ?? 0))
    .map(([key]) => `local:${key}` as const);
  if (!keys.length) return false;
  const forgotten = keys.slice(0, Math.ceil(keys.length / 2));
  await storage.removeItems(forgotten.flatMap((key) => [key, key.replace(`local:${CACHE_PREFIX}`, `local:${PREVIEW_PREFIX}`) as typeof key]));
  return true;
}
