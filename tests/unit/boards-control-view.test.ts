import { describe, expect, it } from 'vitest';
import { apiError } from '@/utils/api/errors';
import { controlView, MAX_OFFERS } from '@/utils/boards/control-view';
import type { LinkState } from '@/utils/boards/link-store';
import type { ControlLink } from '@/utils/messaging/protocol';
import { source as namedSource } from './helpers';

/** The control's view model: what it says and offers for each state, with no DOM at all. */
const source = (id: string, name: string) => namedSource(id, name, 1);
const LINK: ControlLink = { board: 'linkedin', enabled: true, sourceName: 'LinkedIn', hasJob: true, jobKey: 2, source: source('lk01', 'LinkedIn'), otherSources: [] };
const state = (link: Partial<ControlLink> | null, error: LinkState['error'] = null): LinkState => ({
  link: link && { ...LINK, ...link },
  error: error ?? (link?.error as LinkState['error']) ?? null,
  loading: false,
  at: 1,
});

describe('the control’s view model', () => {
  it('before the first answer: Copy and Insert, nothing else (a click waits for the worker)', () => {
    expect(controlView({ link: null, error: null, loading: true, at: 0 })).toMatchObject({ canCopy: true, notice: null, canPickJob: false, offers: [] });
  });

  it('an active job: the "Change job" button, which names nothing (the list is the worker’s, on a click)', () => {
    expect(controlView(state({}))).toMatchObject({ canCopy: true, canPickJob: true, jobKey: 2 });
    expect(controlView(state({ hasJob: false, jobKey: null, source: null }))).toMatchObject({ canPickJob: false, jobKey: null });
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
    expect(controlView(state({ hasJob: false, jobKey: null, source: null })).notice).toMatchObject({ text: expect.stringMatching(/pick a job/), settings: true });
  });
});
