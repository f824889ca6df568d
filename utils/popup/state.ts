import type { MessageError, Reply, SourcesAnswer } from '../messaging/protocol';
import type { CachedSources, RecentJob, SeenVisits, TokenState } from '../storage';

/**
 * The popup's state, as a reducer so every transition is a plain, testable function.
 *
 * Stale-while-revalidate: the cached answer shows at once, the fresh one replaces it,
 * and a failed refresh never takes away what is on screen. Answers that arrive for a
 * job the recruiter has since left, or for an older lookup, are ignored (`seq`).
 */
export interface PopupState {
  /** What the worker knows of the token; 'loading' until it has said. */
  token: TokenState | 'loading';
  /** Newest first; the first is the active job. Null until the worker has said. */
  recentJobs: RecentJob[] | null;
  sources: SourcesState;
  /** A failure outside the sources lookup (saving a label, removing a job…). */
  notice: MessageError | null;
  /**
   * Per job, what the recruiter saw the last time before this popup opened (null: never).
   * Set by the first fresh answer for the job and kept while the popup is open, so the
   * "+12" markers stay on screen through refreshes.
   */
  seen: Record<string, SeenVisits | null>;
}

export interface SourcesState {
  /** The job on screen (the active job). */
  jobId: string | null;
  /** The last good answer for that job, cached or fresh. */
  entry: CachedSources | null;
  /** True from the moment a lookup starts until its answer arrives. */
  refreshing: boolean;
  /** Why the last lookup failed; cleared when a lookup starts or succeeds. */
  error: MessageError | null;
  /** True once the fresh answer (or its failure) for this job arrived. */
  settled: boolean;
  /** Number of the lookup in flight (given by the caller): answers to older ones are stale. */
  seq: number;
}

export const initialPopupState: PopupState = {
  token: 'loading',
  recentJobs: null,
  notice: null,
  seen: {},
  sources: { jobId: null, entry: null, refreshing: false, error: null, settled: false, seq: 0 },
};

export type PopupAction =
  | { type: 'token'; state: TokenState }
  | { type: 'recent'; jobs: RecentJob[] }
  /** A lookup starts: for another job (its old data goes) or the same one (a refresh). */
  | { type: 'lookup'; jobId: string; seq: number }
  | { type: 'cached'; jobId: string; entry: CachedSources | null }
  | { type: 'fetched'; jobId: string; seq: number; reply: Reply<SourcesAnswer> }
  /** No job left to show (the last recent job was removed). */
  | { type: 'clear' }
  /** A request about recent jobs failed (or the notice was dismissed, with null). */
  | { type: 'notice'; error: MessageError | null }
  /** The worker said what was seen of a job before (after this popup showed fresh numbers for it). */
  | { type: 'seen'; jobId: string; previous: SeenVisits | null };

export function popupReducer(state: PopupState, action: PopupAction): PopupState {
  switch (action.type) {
    case 'token':
      return state.token === action.state ? state : { ...state, token: action.state };
    case 'recent':
      return { ...state, recentJobs: action.jobs };
    case 'lookup': {
      const same = state.sources.jobId === action.jobId;
      return {
        ...state,
        sources: {
          jobId: action.jobId,
          entry: same ? state.sources.entry : null,
          refreshing: true,
          error: null,
          settled: false,
          seq: action.seq,
        },
      };
    }
    case 'cached': {
      const { sources } = state;
      // The cache only fills an empty screen: it never replaces a fresher answer.
      if (sources.jobId !== action.jobId || sources.entry || !action.entry) return state;
      return { ...state, sources: { ...sources, entry: action.entry } };
    }
    case 'fetched':
      return applyFetched(state, action.jobId, action.seq, action.reply);
    case 'clear':
      return { ...state, sources: { ...initialPopupState.sources, seq: state.sources.seq } };
    case 'notice':
      return { ...state, notice: action.error };
    case 'seen':
      // Only the first look of this popup counts: later refreshes compare with the same baseline.
      if (Object.hasOwn(state.seen, action.jobId)) return state;
      return { ...state, seen: { ...state.seen, [action.jobId]: action.previous } };
  }
}

function applyFetched(state: PopupState, jobId: string, seq: number, reply: Reply<SourcesAnswer>): PopupState {
  const { sources } = state;
  if (sources.jobId !== jobId || sources.seq !== seq) return state;
  const settled = { ...sources, refreshing: false, settled: true };
  if (!reply.ok) return { ...state, sources: { ...settled, error: reply.error } };
  const answer = reply.value;
  if (answer.ok) {
    return {
      ...state,
      token: 'connected',
      sources: { ...settled, entry: answer.cached, error: null },
    };
  }
  const token = tokenAfter(answer.error.kind, state.token);
  // Keep whichever data is newer: what is on screen, or what the worker still has.
  const entry = newer(sources.entry, answer.cached);
  return { ...state, token, sources: { ...settled, entry, error: answer.error } };
}

function tokenAfter(kind: string, current: PopupState['token']): PopupState['token'] {
  if (kind === 'no-token') return 'none';
  if (kind === 'invalid-token') return 'invalid';
  return current;
}

function newer(a: CachedSources | null, b: CachedSources | null): CachedSources | null {
  if (!a) return b;
  if (!b) return a;
  return b.fetchedAt > a.fetchedAt ? b : a;
}

/** The one thing the sources area shows. */
export type SourcesView = 'no-job' | 'loading' | 'failed' | 'empty' | 'list';

export function sourcesView(sources: SourcesState): SourcesView {
  if (!sources.jobId) return 'no-job';
  if (sources.entry) return sources.entry.data.sources.length ? 'list' : 'empty';
  if (sources.error) return 'failed';
  return 'loading';
}

/** The data on screen is from the cache and the refresh failed: mark it "… — as of <time>". */
export function isStale(sources: SourcesState): boolean {
  return Boolean(sources.entry && sources.error);
}

/**
 * How to mark stale data. "Offline" when Hirempire could not be reached or could not
 * answer; "not refreshed" when it answered no (a refused token, a deleted job), where
 * "offline" would send the recruiter checking the wrong thing.
 */
export function staleMark(sources: SourcesState): 'offline' | 'not-refreshed' | null {
  if (!isStale(sources)) return null;
  const kind = sources.error!.kind;
  // Hirempire answered, but "no" (or "not now"): "offline" would send the recruiter checking their connection.
  return kind === 'invalid-token' || kind === 'no-token' || kind === 'job-not-found' || kind === 'bad-request' || kind === 'forbidden' || kind === 'rate-limited' || kind === 'redirect'
    ? 'not-refreshed'
    : 'offline';
}
