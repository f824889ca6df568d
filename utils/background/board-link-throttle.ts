import type { ApiError } from '../api/errors';

/**
 * Board pages are hostile ground: a page can reload itself, or make our control ask again and
 * again, in a loop. What each tab's control may cost Hirempire is bounded here:
 *
 * - A tab reaches the API at most once per `BOARD_ASK_INTERVAL_MS`, unless the recruiter
 *   asked (a trusted click on Copy, Insert, Retry or a job): other asks get the cache, or
 *   the failure that came back last.
 * - A failure is remembered for `BOARD_FAILURE_MS` for every tab (longer when Hirempire said
 *   when to come back), so ten open posting forms do not each ask a server that just failed,
 *   and a page with nothing cached cannot make its control ask more than once a minute.
 *
 * In the worker's memory: the worker stays awake while a page floods it, and if the browser
 * stops it anyway, the cost is one request.
 */
export const BOARD_ASK_INTERVAL_MS = 60_000;
export const BOARD_FAILURE_MS = BOARD_ASK_INTERVAL_MS;

const lastAsked = new Map<number, number>();
const lastFailure = new Map<string, { error: ApiError; until: number }>();

/** Whether this tab's ask may reach the API now; if so, it counts as the tab's ask. */
export function mayAskApi(tabId: number | undefined, userAsked: boolean, now: number): boolean {
  // Forget tabs whose minute is over, so closed tabs do not pile up.
  for (const [tab, at] of lastAsked) if (now - at >= BOARD_ASK_INTERVAL_MS) lastAsked.delete(tab);
  if (tabId == null) return true;
  if (!userAsked && lastAsked.has(tabId)) return false;
  lastAsked.set(tabId, now);
  return true;
}

/** The failure to answer with instead of asking again, when one is recent (or Hirempire said to wait). */
export function recentFailure(key: string, now: number): ApiError | null {
  const failure = lastFailure.get(key);
  if (failure && failure.until > now) return failure.error;
  lastFailure.delete(key);
  return null;
}

export function noteOutcome(key: string, error: ApiError | undefined, now: number): void {
  if (!error) return void lastFailure.delete(key);
  lastFailure.set(key, { error, until: Math.max(now + BOARD_FAILURE_MS, error.retryAt ?? 0) });
}

/** For tests: a new worker. */
export function forgetBoardAsks(): void {
  lastAsked.clear();
  lastFailure.clear();
}
