import type { BoardLink } from '../messaging/protocol';
import { findBoardSource } from '../source-match';
import type { BoardId } from '../boards/registry';
import { recentJobsItem, settingsItem } from '../storage';
import { cachedSources, refreshSources, type ClientOverrides } from './sources';
import { apiError } from '../api/errors';
import { readToken } from '../vault';

/** How old a cached answer may be for the board controls, which ask often (hover, focus). */
export const BOARD_CACHE_FRESH_MS = 60_000;

/**
 * Everything a board's control shows: the active job, this board's link for it, and the
 * other sources to offer when the board has none. Uses a fresh cache entry when there is
 * one (the control opens often); otherwise asks the API, and falls back to the cache.
 */
export async function boardLink(board: BoardId, overrides: ClientOverrides = {}): Promise<BoardLink> {
  const now = overrides.now ?? Date.now;
  const [settings, recentJobs] = await Promise.all([settingsItem.getValue(), recentJobsItem.getValue()]);
  const { enabled, sourceName } = settings.boards[board];
  const job = recentJobs[0] ?? null;
  const base: BoardLink = { board, enabled, sourceName, job, recentJobs, source: null, otherSources: [] };
  if (!enabled) return base;
  // Not set up says so first: a job picked without a token still has no link to give.
  if (!job) return (await readToken(settings.apiBaseUrl)) ? base : { ...base, error: apiError('no-token') };

  let entry = await cachedSources(job.jobId);
  let error: BoardLink['error'];
  if (!entry || now() - entry.fetchedAt > BOARD_CACHE_FRESH_MS) {
    const answer = await refreshSources(job.jobId, overrides);
    entry = answer.cached ?? entry;
    if (!answer.ok) error = answer.error;
  }
  if (!entry) return { ...base, error };
  const source = findBoardSource(entry.data.sources, sourceName);
  const otherSources = entry.data.sources.filter((s) => s !== source && s.trackedLink);
  return { ...base, source, otherSources, fetchedAt: entry.fetchedAt, error };
}
