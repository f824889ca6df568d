import { describe, expect, it } from 'vitest';
import type { ApiErrorKind } from '@/utils/api/errors';
import { protocolError, type Reply, type SourcesAnswer } from '@/utils/messaging/protocol';
import type { CachedSources } from '@/utils/storage';
import { initialPopupState, isStale, popupReducer, sourcesView, staleMark, type PopupAction, type PopupState } from '@/utils/popup/state';
import { cachedEntry, DOC_JOB, JOB, source } from './helpers';

const A = DOC_JOB;
const B = JOB;

/** A job's answer with `count` sources, fetched at `fetchedAt`. */
const entry = (jobId: string, fetchedAt: number, count = 1) =>
  cachedEntry(
    jobId,
    Array.from({ length: count }, (_, i) => source(`s${i}`, `Source ${i}`, i, `https://jobs.hirempire.com/${i}`, '2026-01-01T00:00:00.000Z')),
    { fetchedAt },
  );

const ok = (cached: CachedSources): Reply<SourcesAnswer> => ({ ok: true, value: { ok: true, cached } });
// Errors made by hand: the reducer only looks at the kind (the message comes from the worker).
const failed = (kind: ApiErrorKind, cached: CachedSources | null = null): Reply<SourcesAnswer> => ({
  ok: true,
  value: { ok: false, error: { kind, message: `${kind} message`, action: null }, cached },
});

const run = (actions: PopupAction[], from: PopupState = initialPopupState) => actions.reduce(popupReducer, from);

describe('popup state', () => {
  it('starts with nothing known and no job', () => {
    expect(initialPopupState.token).toBe('loading');
    expect(sourcesView(initialPopupState.sources)).toBe('no-job');
  });

  it('shows a skeleton, then the cached answer at once, then the fresh one', () => {
    let state = run([{ type: 'lookup', jobId: A, seq: 1 }]);
    expect(sourcesView(state.sources)).toBe('loading');
    state = popupReducer(state, { type: 'cached', jobId: A, entry: entry(A, 100) });
    expect(sourcesView(state.sources)).toBe('list');
    expect(state.sources.refreshing).toBe(true);
    state = popupReducer(state, { type: 'fetched', jobId: A, seq: 1, reply: ok(entry(A, 200, 2)) });
    expect(state.sources.entry?.fetchedAt).toBe(200);
    expect(state.sources.refreshing).toBe(false);
    expect(state.sources.settled).toBe(true);
    expect(state.token).toBe('connected');
  });

  it('never lets a late cache answer replace a fresh one', () => {
    const state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: ok(entry(A, 200)) },
      { type: 'cached', jobId: A, entry: entry(A, 100) },
    ]);
    expect(state.sources.entry?.fetchedAt).toBe(200);
  });

  it('ignores answers for a job the recruiter has left, and for older lookups', () => {
    let state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'lookup', jobId: B, seq: 2 },
      { type: 'fetched', jobId: A, seq: 1, reply: ok(entry(A, 200)) },
      { type: 'cached', jobId: A, entry: entry(A, 100) },
    ]);
    expect(state.sources.jobId).toBe(B);
    expect(state.sources.entry).toBeNull();
    state = run([{ type: 'lookup', jobId: B, seq: 3 }, { type: 'fetched', jobId: B, seq: 2, reply: failed('server') }], state);
    expect(state.sources.error).toBeNull();
    expect(state.sources.refreshing).toBe(true);
  });

  it('keeps the data on screen when a refresh fails, and marks it stale', () => {
    const state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: ok(entry(A, 200)) },
      { type: 'lookup', jobId: A, seq: 2 },
      { type: 'fetched', jobId: A, seq: 2, reply: failed('offline', entry(A, 150)) },
    ]);
    expect(state.sources.entry?.fetchedAt).toBe(200);
    expect(state.sources.error?.kind).toBe('offline');
    expect(isStale(state.sources)).toBe(true);
    expect(sourcesView(state.sources)).toBe('list');
  });

  it('marks stale data "offline" when Hirempire was not reached, "not refreshed" when it said no', () => {
    const loaded = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: ok(entry(A, 200)) },
    ]);
    expect(staleMark(loaded.sources)).toBeNull();
    const after = (kind: ApiErrorKind) =>
      staleMark(run([{ type: 'lookup', jobId: A, seq: 2 }, { type: 'fetched', jobId: A, seq: 2, reply: failed(kind) }], loaded).sources);
    expect(after('offline')).toBe('offline');
    expect(after('timeout')).toBe('offline');
    expect(after('server')).toBe('offline');
    expect(after('job-not-found')).toBe('not-refreshed');
    expect(after('invalid-token')).toBe('not-refreshed');
    expect(after('rate-limited')).toBe('not-refreshed');
  });

  it('uses the cache the worker still has when the screen had nothing', () => {
    const state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: failed('timeout', entry(A, 150)) },
    ]);
    expect(state.sources.entry?.fetchedAt).toBe(150);
    expect(isStale(state.sources)).toBe(true);
  });

  it('fails with nothing to show when there is no cache', () => {
    const state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: failed('job-not-found') },
    ]);
    expect(sourcesView(state.sources)).toBe('failed');
  });

  it('a job without sources is "empty"', () => {
    const state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: ok(entry(A, 1, 0)) },
    ]);
    expect(sourcesView(state.sources)).toBe('empty');
  });

  it('learns the token state from the answers', () => {
    const base = run([{ type: 'token', state: 'connected' }, { type: 'lookup', jobId: A, seq: 1 }]);
    expect(popupReducer(base, { type: 'fetched', jobId: A, seq: 1, reply: failed('invalid-token') }).token).toBe('invalid');
    expect(popupReducer(base, { type: 'fetched', jobId: A, seq: 1, reply: failed('no-token') }).token).toBe('none');
    expect(popupReducer(base, { type: 'fetched', jobId: A, seq: 1, reply: failed('server') }).token).toBe('connected');
  });

  it('reports a worker failure (protocol error) like any other', () => {
    const state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: { ok: false, error: protocolError('internal') } },
    ]);
    expect(state.sources.error?.kind).toBe('internal');
    expect(state.sources.refreshing).toBe(false);
  });

  it('a refresh of the same job keeps its data; another job starts empty', () => {
    const loaded = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'fetched', jobId: A, seq: 1, reply: ok(entry(A, 200)) },
    ]);
    expect(popupReducer(loaded, { type: 'lookup', jobId: A, seq: 2 }).sources.entry).not.toBeNull();
    expect(popupReducer(loaded, { type: 'lookup', jobId: B, seq: 2 }).sources.entry).toBeNull();
  });

  it('clears the job when the last recent job goes, and keeps notices until dismissed', () => {
    let state = run([
      { type: 'lookup', jobId: A, seq: 1 },
      { type: 'clear' },
      { type: 'notice', error: protocolError('internal') },
    ]);
    expect(sourcesView(state.sources)).toBe('no-job');
    expect(state.notice?.kind).toBe('internal');
    state = popupReducer(state, { type: 'notice', error: null });
    expect(state.notice).toBeNull();
  });

  it('returns the same state object when nothing changes', () => {
    const state = run([{ type: 'token', state: 'connected' }]);
    expect(popupReducer(state, { type: 'token', state: 'connected' })).toBe(state);
    expect(popupReducer(state, { type: 'cached', jobId: B, entry: entry(B, 1) })).toBe(state);
  });
});
