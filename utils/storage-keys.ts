/**
 * Where storage.ts files things in `storage.local`, as plain keys, without WXT's storage layer:
 * the popup's first paint (utils/popup/first-screen.ts) reads them before anything else has
 * loaded. tests/unit/popup-first-screen.test.ts checks that storage.ts's items use these keys.
 */
export const DEFAULT_API_BASE_URL = 'https://api.hirempire.com';

export const SETTINGS_KEY = 'settings';
export const TOKEN_STATUS_KEY = 'tokenStatus';
export const RECENT_JOBS_KEY = 'recentJobs';

export const CACHE_PREFIX = 'cache:';
/** Beside each cached answer, its first screen for the popup (utils/popup/preview.ts). */
export const PREVIEW_PREFIX = 'preview:';

/** The key of a job's cached answer, or of its preview: one per (API origin, job). */
export function jobKey(prefix: typeof CACHE_PREFIX | typeof PREVIEW_PREFIX, apiOrigin: string, jobId: string): string {
  return `${prefix}${apiOrigin}|${jobId.toLowerCase()}`;
}
