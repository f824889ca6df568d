import { storage } from 'wxt/utils/storage';
import { answersDb } from './answers-db';
import type { JobSource, JobSources } from './api/schema';
import { BOARDS, type BoardId } from './boards/registry';
import { previewOf, type SourcesPreview } from './popup/preview';
import { CACHE_PREFIX, DEFAULT_API_BASE_URL, jobKey, PREVIEW_PREFIX } from './storage-keys';
import { toTrackedLink } from './tracked-link';

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

/**
 * Settings as version 1 stored them: the boards of the time (LinkedIn and Indeed), so not
 * necessarily every board of the registry. Read defensively: it comes from storage.
 */
export interface SettingsV1 {
  apiBaseUrl?: unknown;
  boards?: Record<string, { enabled?: unknown; sourceName?: unknown } | undefined>;
}

/**
 * Version 2: every board of the registry has its settings. A board missing from what was
 * stored gets its defaults; every stored value of a known board is kept as it was.
 * (A board stored but no longer in the registry is left out: the worker's schema refuses it.)
 * Adding a board to the registry later: bump the version and run this again for it.
 */
export function withEveryBoard(stored: SettingsV1 | null | undefined): Settings {
  const boards = {} as Record<BoardId, BoardSettings>;
  for (const { id } of BOARDS) {
    const old = stored?.boards?.[id];
    const fallback = DEFAULT_SETTINGS.boards[id];
    boards[id] = {
      enabled: typeof old?.enabled === 'boolean' ? old.enabled : fallback.enabled,
      sourceName: typeof old?.sourceName === 'string' && old.sourceName.trim() ? old.sourceName : fallback.sourceName,
    };
  }
  const apiBaseUrl = typeof stored?.apiBaseUrl === 'string' ? stored.apiBaseUrl : DEFAULT_API_BASE_URL;
  return { apiBaseUrl, boards };
}

export const SETTINGS_VERSION = 2;

export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: SETTINGS_VERSION,
  migrations: { 2: withEveryBoard },
});

/**
 * The recruiter's own "on this site, use this source" rules for job boards beyond LinkedIn
 * and Indeed ("On stepstone.de, use the source 'StepStone DE'"). Sites are registrable
 * domains or hosts, lower case (utils/site-match.ts). Part of the settings backup.
 */
export interface SiteRule {
  site: string;
  sourceName: string;
}

export const siteRulesItem = storage.defineItem<SiteRule[]>('local:siteRules', {
  fallback: [],
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

/**
 * One cached answer per (API origin, job), in answers-db.ts: a token or origin change must never
 * show another account's data.
 */
export function cacheKey(apiOrigin: string, jobId: string): string {
  return jobKey(CACHE_PREFIX, apiOrigin, jobId);
}

/** The cached answer's preview, under the same (API origin, job). */
export function previewKey(apiOrigin: string, jobId: string): `local:${string}` {
  return `local:${jobKey(PREVIEW_PREFIX, apiOrigin, jobId)}`;
}

const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/** A cached source as the worker wrote it, with a link that is still judged safe today. */
function isCachedSource(value: unknown): boolean {
  const s = value as Partial<JobSource> | null;
  return (
    typeof s === 'object' && s !== null &&
    typeof s.id === 'string' && typeof s.name === 'string' && typeof s.rawUrl === 'string' &&
    (s.trackedLink === null || (typeof s.trackedLink === 'string' && toTrackedLink(s.trackedLink) === s.trackedLink)) &&
    isCount(s.visits) && typeof s.createdAt === 'string' && typeof s.createdAtMs === 'number' &&
    (s.code === undefined || typeof s.code === 'string')
  );
}

/** A cache entry for this job in the shape the worker writes; anything else is not trusted. */
export function isCachedSources(value: unknown, jobId: string): value is CachedSources {
  const entry = value as Partial<CachedSources> | null;
  return (
    typeof entry === 'object' && entry !== null &&
    typeof entry.fetchedAt === 'number' && Number.isFinite(entry.fetchedAt) &&
    typeof entry.data === 'object' && entry.data !== null &&
    typeof entry.data.jobId === 'string' && entry.data.jobId.toLowerCase() === jobId.toLowerCase() && isCount(entry.data.skipped) &&
    Array.isArray(entry.data.sources) && entry.data.sources.every(isCachedSource)
  );
}

/**
 * The last good answer for a job. Checked when read: an entry written by an older version,
 * damaged, or put there by anything but the worker is dropped, not shown or inserted.
 */
export async function readCachedSources(apiOrigin: string, jobId: string): Promise<CachedSources | null> {
  const entry = await answersDb.get(cacheKey(apiOrigin, jobId));
  if (entry == null) return null;
  if (isCachedSources(entry, jobId)) return entry;
  await removeCachedSources(apiOrigin, jobId);
  return null;
}

/**
 * Files an answer, then its preview. The preview's write is what storage.onChanged reports, so
 * whoever it wakes (the badge, the menu: entrypoints/background.ts) finds the answer already there.
 */
export async function writeCachedSources(apiOrigin: string, jobId: string, entry: CachedSources): Promise<void> {
  await answersDb.set(cacheKey(apiOrigin, jobId), entry);
  await storage.setItem(previewKey(apiOrigin, jobId), previewOf(entry));
}

export async function removeCachedSources(apiOrigin: string, jobId: string): Promise<void> {
  await answersDb.delete(cacheKey(apiOrigin, jobId));
  await storage.removeItem(previewKey(apiOrigin, jobId));
}

/** The active job's totals and first rows, without reading its whole answer (the badge's need). */
export async function readPreview(apiOrigin: string, jobId: string): Promise<SourcesPreview | null> {
  return storage.getItem<SourcesPreview>(previewKey(apiOrigin, jobId));
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
  await answersDb.clear();
  await removeLocalKeys((key) => key.startsWith(PREVIEW_PREFIX) || key.startsWith(CACHE_PREFIX));
  await seenVisitsItem.removeValue();
}

async function removeLocalKeys(matches: (key: string) => boolean): Promise<void> {
  const keys = Object.keys(await storage.snapshot('local')).filter(matches);
  if (keys.length) await storage.removeItems(keys.map((key) => `local:${key}` as const));
}

/**
 * Makes room when the database refuses a write (its quota is the browser's, far beyond
 * storage.local's 10 MB): forgets the older half of the cached answers, never this job's.
 * False when none was left.
 */
export async function forgetOldestCachedSources(apiOrigin: string, jobId: string): Promise<boolean> {
  const keep = cacheKey(apiOrigin, jobId);
  const older = (await answersDb.entries())
    .filter(([key]) => key !== keep)
    .sort(([, a], [, b]) => ((a as CachedSources | null)?.fetchedAt ?? 0) - ((b as CachedSources | null)?.fetchedAt ?? 0))
    .map(([key]) => key);
  if (!older.length) return false;
  const forgotten = older.slice(0, Math.ceil(older.length / 2));
  await answersDb.deleteMany(forgotten);
  await storage.removeItems(forgotten.map((key) => `local:${key.replace(CACHE_PREFIX, PREVIEW_PREFIX)}` as const));
  return true;
}

/**
 * Earlier builds kept the answers themselves in storage.local: moved into the database
 * (checked as any cached answer is when read), so an update loses no cached job. Run when the
 * extension is updated; storage.local is left with the previews only.
 */
export async function moveAnswersOutOfLocalStorage(): Promise<void> {
  const local = await storage.snapshot('local');
  const legacy = Object.entries(local).filter(([key]) => key.startsWith(CACHE_PREFIX));
  const dropped: string[] = [];
  for (const [key, entry] of legacy) {
    const jobId = key.slice(key.lastIndexOf('|') + 1);
    if (isCachedSources(entry, jobId)) await answersDb.set(key, entry);
    // Not an answer the worker would trust: its preview goes with it.
    else dropped.push(key.replace(CACHE_PREFIX, PREVIEW_PREFIX));
  }
  const gone = [...legacy.map(([key]) => key), ...dropped];
  if (gone.length) await storage.removeItems(gone.map((key) => `local:${key}` as const));
}
