import { describe, expect, it, vi } from 'vitest';
import { createRouter } from '@/utils/background/router';
import { MESSAGES, requestSchema } from '@/utils/background/messages';
import { markVisitsSeen } from '@/utils/background/seen-visits';
import { removeToken } from '@/utils/background/setup';
import { MAX_RECENT_JOBS, MAX_SEEN_SOURCES, clearSourcesCache, recentJobsItem, seenVisitsItem } from '@/utils/storage';
import { numberedJob as job } from './helpers';
import { boardTab, IDENTITY, popup as popupSender } from './senders';

/**
 * "What changed since you last looked" (issue #8), on the worker's side: the popup reports
 * the visits it shows and gets back what it showed the previous time for that job.
 */

const T0 = Date.UTC(2026, 5, 18, 9, 0, 0);
const openRecent = (...ns: number[]) => recentJobsItem.setValue(ns.map((n, i) => ({ jobId: job(n), openedAt: T0 - i })));
const storedJobs = async () => (await seenVisitsItem.getValue()).map((snapshot) => snapshot.jobId);

describe('markVisitsSeen', () => {
  it('the first look has nothing to compare with; the next one gets it back', async () => {
    await openRecent(1);
    expect(await markVisitsSeen(job(1), { linkedin: 824, indeed: 391 }, T0)).toBeNull();
    expect(await markVisitsSeen(job(1), { linkedin: 836, indeed: 391 }, T0 + 60_000)).toEqual({
      jobId: job(1),
      visits: { linkedin: 824, indeed: 391 },
      seenAt: T0,
    });
    // The latest look is what the next one compares with.
    expect((await markVisitsSeen(job(1), { linkedin: 836, indeed: 391 }, T0 + 120_000))?.visits).toEqual({ linkedin: 836, indeed: 391 });
  });

  it('keeps one snapshot per job, whatever the case of its id', async () => {
    await openRecent(1, 2);
    await markVisitsSeen(job(1), { a: 1 }, T0);
    await markVisitsSeen(job(2), { b: 2 }, T0 + 1);
    expect((await markVisitsSeen(job(1).toUpperCase(), { a: 5 }, T0 + 2))?.visits).toEqual({ a: 1 });
    expect(await storedJobs()).toEqual([job(1), job(2)]);
  });

  it('keeps snapshots only for the recent jobs, at most as many as there are recent jobs', async () => {
    const all = Array.from({ length: MAX_RECENT_JOBS + 3 }, (_, i) => i + 1);
    await openRecent(...all);
    for (const n of all) await markVisitsSeen(job(n), { s: n }, T0 + n);
    expect(await storedJobs()).toHaveLength(MAX_RECENT_JOBS);
    expect((await storedJobs())[0]).toBe(job(all.at(-1)!));

    // Job 13 left the recent list: its snapshot goes at the next look at another job.
    await openRecent(1, 2);
    await markVisitsSeen(job(1), { s: 1 }, T0 + 100);
    expect(await storedJobs()).toEqual([job(1)]);
    expect(await markVisitsSeen(job(2), { s: 2 }, T0 + 101)).toBeNull();
  });

  it('keeps the job on screen even when it is no longer a recent job', async () => {
    await openRecent(2);
    await markVisitsSeen(job(1), { s: 1 }, T0);
    expect((await markVisitsSeen(job(1), { s: 3 }, T0 + 1))?.visits).toEqual({ s: 1 });
  });

  it('with storage.local full, keeps this job’s snapshot only, and never fails', async () => {
    await openRecent(1, 2);
    await markVisitsSeen(job(2), { s: 2 }, T0);
    const setValue = seenVisitsItem.setValue.bind(seenVisitsItem);
    const spy = vi.spyOn(seenVisitsItem, 'setValue').mockImplementationOnce(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    expect(await markVisitsSeen(job(1), { s: 1 }, T0 + 1)).toBeNull();
    expect(spy).toHaveBeenCalledTimes(2);
    expect(await storedJobs()).toEqual([job(1)]);

    spy.mockImplementation(() => Promise.reject(new Error('QUOTA_BYTES quota exceeded')));
    await expect(markVisitsSeen(job(1), { s: 9 }, T0 + 2)).resolves.toEqual({ jobId: job(1), visits: { s: 1 }, seenAt: T0 + 1 });
    spy.mockImplementation(setValue);
  });

  it('is forgotten with the cache: another token or server may be another account', async () => {
    await openRecent(1);
    await markVisitsSeen(job(1), { s: 1 }, T0);
    await clearSourcesCache();
    expect(await markVisitsSeen(job(1), { s: 2 }, T0 + 1)).toBeNull();
    await removeToken();
    expect(await seenVisitsItem.getValue()).toEqual([]);
  });
});

describe('the jobs.seen message', () => {
  const route = createRouter(MESSAGES, IDENTITY);
  const popup = popupSender();
  const linkedin = boardTab('linkedin', 7);
  const seen = (visits: unknown) => ({ type: 'jobs.seen', jobId: job(1), visits });

  it('answers the popup with the previous snapshot', async () => {
    await openRecent(1);
    expect(await route(seen({ 'src-1': 824 }), popup)).toEqual({ ok: true, value: null });
    expect(await route(seen({ 'src-1': 836 }), popup)).toEqual({
      ok: true,
      value: { jobId: job(1), visits: { 'src-1': 824 }, seenAt: expect.any(Number) },
    });
  });

  it('is refused from a board page: only extension pages say what the recruiter saw', async () => {
    expect(await route(seen({ 'src-1': 1 }), linkedin)).toMatchObject({ ok: false, error: { kind: 'forbidden' } });
    expect(await seenVisitsItem.getValue()).toEqual([]);
  });

  it('accepts up to the cap of sources, and an empty record', () => {
    const full = Object.fromEntries(Array.from({ length: MAX_SEEN_SOURCES }, (_, i) => [`s${i}`, i]));
    expect(requestSchema.safeParse(seen(full)).success).toBe(true);
    expect(requestSchema.safeParse(seen({})).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['one source over the cap', Object.fromEntries(Array.from({ length: MAX_SEEN_SOURCES + 1 }, (_, i) => [`s${i}`, i]))],
    ['negative visits', { s: -1 }],
    ['fractional visits', { s: 1.5 }],
    ['visits as text', { s: '12' }],
    ['infinite visits', { s: Number.POSITIVE_INFINITY }],
    ['an unsafe integer', { s: 2 ** 60 }],
    ['an empty source id', { '': 1 }],
    ['an over-long source id', { ['x'.repeat(201)]: 1 }],
    ['an array', [1, 2]],
    ['null', null],
    ['a string', 'linkedin=12'],
  ])('refuses %s', async (_label, visits) => {
    expect(requestSchema.safeParse(seen(visits)).success).toBe(false);
    expect(await route(seen(visits), popup)).toMatchObject({ ok: false, error: { kind: 'invalid-message' } });
  });

  it('refuses an extra field and a job id that is not one', () => {
    expect(requestSchema.safeParse({ ...seen({ s: 1 }), seenAt: 0 }).success).toBe(false);
    expect(requestSchema.safeParse({ type: 'jobs.seen', jobId: 'job 1', visits: {} }).success).toBe(false);
  });

  it('drops a "__proto__" key instead of letting it set a prototype', () => {
    const visits = JSON.parse('{"__proto__": {"polluted": 1}, "s": 2}');
    const parsed = requestSchema.parse(seen(visits));
    expect(parsed.type === 'jobs.seen' && parsed.visits).toEqual({ s: 2 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
