import type { JobSource } from '../api/schema';
import type { RecentJob } from '../storage';
import { DEFAULT_API_BASE_URL, jobKey, PREVIEW_PREFIX, RECENT_JOBS_KEY, SETTINGS_KEY, TOKEN_STATUS_KEY } from '../storage-keys';
import { setFirstScreenState } from './hand-over';
import { paintFirstScreen } from './paint';
import type { SourcesPreview } from './preview';

/**
 * What the popup can show the moment it opens, read straight from `storage.local`: no worker
 * to wake, no React to load. The popup is an extension page, one of the trusted contexts that
 * storage is locked to; the token is not in storage at all (vault.ts).
 *
 * Only a job the popup is about to refresh is painted this way, so its status can honestly say
 * "Refreshing…" over numbers from `fetchedAt`: with no token, or a refused one, the popup has
 * something else to say first, and waits for the app.
 */
export interface FirstScreen {
  /** The active job. */
  job: RecentJob;
  recentCount: number;
  preview: SourcesPreview;
}

interface StorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
}

function localArea(): StorageArea | undefined {
  const api = (globalThis as { browser?: { storage?: { local?: StorageArea } }; chrome?: { storage?: { local?: StorageArea } } });
  return (api.browser ?? api.chrome)?.storage?.local;
}

export async function readFirstScreen(area: StorageArea | undefined = localArea()): Promise<FirstScreen | null> {
  if (!area) return null;
  const stored = await area.get([SETTINGS_KEY, TOKEN_STATUS_KEY, RECENT_JOBS_KEY]);
  const state = (stored[TOKEN_STATUS_KEY] as { state?: unknown } | undefined)?.state;
  if (state !== 'connected' && state !== 'unchecked') return null;
  const jobs = stored[RECENT_JOBS_KEY];
  const job = Array.isArray(jobs) ? jobs[0] : undefined;
  if (!isRecentJob(job)) return null;
  const origin = (stored[SETTINGS_KEY] as { apiBaseUrl?: unknown } | undefined)?.apiBaseUrl ?? DEFAULT_API_BASE_URL;
  if (typeof origin !== 'string') return null;
  const key = jobKey(PREVIEW_PREFIX, origin, job.jobId);
  const preview = (await area.get([key]))[key];
  if (!isPreview(preview) || preview.jobId.toLowerCase() !== job.jobId.toLowerCase()) return null;
  return { job, recentCount: (jobs as unknown[]).length, preview };
}

/**
 * Reads and paints the first screen into the popup's root, and says when it is done
 * (hand-over.ts). Whatever goes wrong, the state settles: the app then does it all.
 */
export async function showFirstScreen(root: HTMLElement, area?: StorageArea): Promise<void> {
  setFirstScreenState(root, 'painting');
  let painted = false;
  try {
    const first = await readFirstScreen(area);
    if (first) painted = Boolean(paintFirstScreen(first, root));
  } catch {
    painted = false;
  } finally {
    setFirstScreenState(root, painted ? 'painted' : 'none');
  }
}

// Storage is the extension's own, but a first paint must never trust a shape it did not check:
// anything unexpected, and the popup simply waits for the app, as it did before.
const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isCount = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

function isRecentJob(value: unknown): value is RecentJob {
  return isObject(value) && typeof value.jobId === 'string' && (value.label === undefined || typeof value.label === 'string');
}

function isSource(value: unknown): value is JobSource {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    typeof value.rawUrl === 'string' &&
    (value.trackedLink === null || (typeof value.trackedLink === 'string' && value.trackedLink.startsWith('https://'))) &&
    isCount(value.visits) &&
    typeof value.createdAt === 'string'
  );
}

function isPreview(value: unknown): value is SourcesPreview {
  if (!isObject(value) || !isObject(value.totals) || !Array.isArray(value.top)) return false;
  return (
    typeof value.jobId === 'string' &&
    Number.isFinite(value.fetchedAt) &&
    isCount(value.totals.visits) &&
    isCount(value.totals.sources) &&
    isCount(value.skipped) &&
    isCount(value.unsafe) &&
    value.top.length <= value.totals.sources &&
    value.top.every(isSource)
  );
}
