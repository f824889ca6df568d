import { describe, expect, it } from 'vitest';
import { apiError } from '@/utils/api/errors';
import { controlView, MAX_OFFERS } from '@/utils/boards/control-view';
import type { LinkState } from '@/utils/boards/link-store';
import type { BoardLink } from '@/utils/messaging/protocol';

/** The control's view model: what it says and offers for each state, with no DOM at all. */
const JOB_A = { jobId: '3d6f0a52-9b1e-4c7d-8e2f-5a4b3c2d1e0f', label: 'Senior Backend – Paris', openedAt: 2 };
const JOB_B = { jobId: '6a7b8c9d-0e1f-4a2b-9c3d-4e5f6a7b8c9d', openedAt: 1 };
const source = (id: string, name: string) => ({ id, name, rawUrl: `https://jobs.hirempire.com/acme/${id}`, trackedLink: `https://jobs.hirempire.com/acme/${id}`, visits: 1, createdAt: '2026-09-01T09:00:00.000Z', createdAtMs: Date.UTC(2026, 8, 1, 9) });
const LINK: BoardLink = { board: 'linkedin', enabled: true, sourceName: 'LinkedIn', job: JOB_A, recentJobs: [JOB_A], source: source('lk01', 'LinkedIn'), otherSources: [] };
const state = (link: Partial<BoardLink> | null, error: LinkState['error'] = null): LinkState => ({
  link: link && { ...LINK, ...link },
  error: error ?? (link?.error as LinkState['error']) ?? null,
  loading: false,
  at: 1,
});

describe('the control’s view model', () => {
  it('before the first answer: Copy and Insert, nothing else (a click waits for the worker)', () => {
    expect(controlView({ link: null, error: null, loading: true, at: 0 })).toMatchObject({ canCopy: true, notice: null, jobs: [], jobText: '', offers: [] });
  });

  it('one job: its name as text; two or more: a switcher with the active one chosen', () => {
    expect(controlView(state({}))).toMatchObject({ canCopy: true, jobs: [], jobText: 'Job: Senior Backend – Paris' });
    expect(controlView(state({ recentJobs: [JOB_A, JOB_B] }))).toMatchObject({
      jobs: [{ jobId: JOB_A.jobId, name: 'Senior Backend – Paris' }, { jobId: JOB_B.jobId, name: '6a7b8c9d' }],
      activeJobId: JOB_A.jobId,
      jobText: '',
    });
  });

  it.each([
    ['no-token', { retry: false, settings: true }],
    ['invalid-token', { retry: false, settings: true }],
    ['job-not-found', { retry: false, settings: false }],
    ['rate-limited', { retry: true, settings: false }],
    ['server', { retry: true, settings: false }],
    ['offline', { retry: true, settings: true }],
    ['timeout', { retry: true, settings: true }],
  ] as const)('%s without a link: the buttons follow the error’s action', (kind, buttons) => {
    const error = apiError(kind);
    const view = controlView(state({ source: null, error }));
    expect(view.canCopy).toBe(false);
    expect(view.notice).toEqual({ text: error.message, error: true, ...buttons });
  });

  it('an error beside a saved link: the link stays usable, with when it was saved', () => {
    const view = controlView(state({ fetchedAt: Date.UTC(2026, 10, 2, 9, 30), error: apiError('offline') }));
    expect(view.canCopy).toBe(true);
    expect(view.notice).toMatchObject({ text: expect.stringMatching(/^Showing the link saved at .+Cannot reach Hirempire/), error: false, retry: false });
  });

  it('no source for this board: the other sources, at most six, and how many more', () => {
    const others = Array.from({ length: MAX_OFFERS + 3 }, (_, i) => source(`o${i}`, `Source ${i}`));
    const view = controlView(state({ source: null, otherSources: others }));
    expect(view.canCopy).toBe(false);
    expect(view.notice?.text).toBe('This job has no LinkedIn link in Hirempire.');
    expect(view.offers.map((offer) => offer.name)).toEqual(others.slice(0, MAX_OFFERS).map((s) => s.name));
    expect(view.moreOffers).toMatch(/3/);
    expect(controlView(state({ source: null })).notice?.text).toMatch(/no other links to copy yet/);
  });

  it('no job yet: where to pick one, and the settings', () => {
    expect(controlView(state({ job: null, recentJobs: [], source: null })).notice).toMatchObject({ text: expect.stringMatching(/pick a job/), settings: true });
  });
});
