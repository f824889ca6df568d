import type { JobSource } from '../api/schema';
import type { BoardLink } from '../messaging/protocol';
import { findBoardSource } from '../source-match';
import type { BoardId } from '../boards/registry';
import { matchSiteSource, siteOf } from '../site-match';
import { cacheGenerationItem, recentJobsItem, settingsItem, siteRulesItem, type CachedSources } from '../storage';
import { cachedSources, refreshSources, type ClientOverrides } from './sources';
import { apiError } from '../api/errors';
import { readToken } from '../vault';
import { mayAskApi, noteOutcome, recentFailure } from './board-link-throttle';

/** How old a cached answer may be for the board controls, which ask often (hover, focus). */
export const BOARD_CACHE_FRESH_MS = 60_000;

/** Who asks: the page's tab, and whether the recruiter's own click (not a page event) led to it. */
export interface BoardAsker {
  tabId?: number;
  userAsked?: boolean;
}

type Base = Omit<BoardLink, 'source' | 'otherSources' | 'job' | 'recentJobs'>;

/**
 * Everything a control shows: the active job, the link of the source `pick` chooses, and the
 * other sources to offer when there is none. Uses a fresh cache entry when there is one (the
 * control opens often); otherwise asks the API, within the tab's budget
 * (board-link-throttle.ts: board pages are hostile ground), and falls back to the cache.
 */
async function linkFor(
  base: Base,
  pick: (sources: JobSource[]) => { source: JobSource | null; sourceName: string },
  asker: BoardAsker,
  overrides: ClientOverrides,
): Promise<BoardLink> {
  const now = overrides.now ?? Date.now;
  const [recentJobs, settings, generation] = await Promise.all([recentJobsItem.getValue(), settingsItem.getValue(), cacheGenerationItem.getValue()]);
  const job = recentJobs[0] ?? null;
  const empty: BoardLink = { ...base, job, recentJobs, source: null, otherSources: [] };
  if (!base.enabled) return empty;
  // Not set up says so first: a job picked without a token still has no link to give.
  if (!job) return (await readToken(settings.apiBaseUrl)) ? empty : { ...empty, error: apiError('no-token') };

  // A failure holds for this server, job and token: a new token (or server) clears the cache and
  // bumps its generation, so a control that said "token refused" asks again at once.
  const failureKey = `${settings.apiBaseUrl}|${generation}|${job.jobId}`;
  let entry: CachedSources | null = await cachedSources(job.jobId);
  let error: BoardLink['error'];
  if (!entry || now() - entry.fetchedAt > BOARD_CACHE_FRESH_MS) {
    const failed = asker.userAsked ? null : recentFailure(failureKey, now());
    // With nothing cached and no failure to show, asking is the only answer (the failure, if
    // any, is then remembered); with an old answer, the tab's budget decides.
    if (failed) error = failed;
    else if (mayAskApi(asker.tabId, (asker.userAsked ?? false) || !entry, now())) {
      const answer = await refreshSources(job.jobId, overrides);
      entry = answer.cached ?? entry;
      if (!answer.ok) error = answer.error;
      noteOutcome(failureKey, answer.ok ? undefined : answer.error, now());
    }
  }
  if (!entry) return { ...empty, error };
  const { source, sourceName } = pick(entry.data.sources);
  const otherSources = entry.data.sources.filter((s) => s !== source && s.trackedLink);
  return { ...empty, sourceName, source, otherSources, fetchedAt: entry.fetchedAt, error };
}

/** A board's control: its own source (by the name in the settings). */
export async function boardLink(board: BoardId, asker: BoardAsker = {}, overrides: ClientOverrides = {}): Promise<BoardLink> {
  const settings = await settingsItem.getValue();
  const { enabled, sourceName } = settings.boards[board];
  return linkFor({ board, enabled, sourceName }, (sources) => ({ source: findBoardSource(sources, sourceName), sourceName }), asker, overrides);
}

/**
 * Any other job board (the engine injected on demand): the source the recruiter's rules or
 * the site's name say belongs to the page at `url`. With none, `sourceName` is the site, and the
 * control offers every source (one of which the recruiter can keep for this site in one click).
 */
export async function siteLink(url: string, asker: BoardAsker = {}, overrides: ClientOverrides = {}): Promise<BoardLink> {
  const rules = await siteRulesItem.getValue();
  const site = siteOf(url) ?? '';
  return linkFor(
    { board: null, site, enabled: true, sourceName: site },
    (sources) => {
      const match = matchSiteSource(sources, url, rules);
      return { source: match.source, sourceName: match.source?.name ?? site };
    },
    asker,
    overrides,
  );
}
