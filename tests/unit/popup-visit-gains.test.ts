import { describe, expect, it } from 'vitest';
import { initialPopupState, popupReducer } from '@/utils/popup/state';
import { seenSnapshot, visitGains } from '@/utils/popup/visit-gains';
import { MAX_SEEN_SOURCES, type SeenVisits } from '@/utils/storage';
import { DOC_JOB, JOB, source as namedSource } from './helpers';

/** "What changed since you last looked" (issue #8), on the popup's side. */

/** A source named after its id. */
const source = (id: string, visits: number) => namedSource(id, id, visits);
const seen = (visits: Record<string, number>): SeenVisits => ({ jobId: JOB, visits, seenAt: 1 });

describe('visitGains', () => {
  const now = [source('linkedin', 836), source('indeed', 391), source('referral', 50), source('careers', 12)];

  it('marks only the sources whose visits rose, by how much', () => {
    const gains = visitGains(seen({ linkedin: 824, indeed: 391, referral: 57, careers: 12 }), now);
    expect([...gains]).toEqual([['linkedin', 12]]);
  });

  it('marks nothing the first time a job is looked at', () => {
    expect(visitGains(null, now).size).toBe(0);
    expect(visitGains(undefined, now).size).toBe(0);
  });

  it('gives no marker to a source the last look did not include (a new source)', () => {
    const gains = visitGains(seen({ linkedin: 800 }), now);
    expect([...gains]).toEqual([['linkedin', 36]]);
  });

  it('marks nothing when nothing changed, or when counts went down (Hirempire removed bot visits)', () => {
    expect(visitGains(seen({ linkedin: 836, indeed: 391, referral: 50, careers: 12 }), now).size).toBe(0);
    expect(visitGains(seen({ linkedin: 900, indeed: 400 }), now).size).toBe(0);
  });

  it('is not fooled by ids that are names of Object’s own members', () => {
    const tricky = [source('constructor', 5), source('toString', 3), source('hasOwnProperty', 1)];
    expect(visitGains(seen({ toString: 1 }), tricky)).toEqual(new Map([['toString', 2]]));
  });
});

describe('seenSnapshot', () => {
  it('is the visits per source id', () => {
    expect(seenSnapshot([source('linkedin', 824), source('indeed', 0)])).toEqual({ linkedin: 824, indeed: 0 });
  });

  it('a job larger than a snapshot keeps its most visited sources', () => {
    const many = Array.from({ length: MAX_SEEN_SOURCES + 2 }, (_, i) => source(`s${i}`, i));
    const snapshot = seenSnapshot(many);
    expect(Object.keys(snapshot)).toHaveLength(MAX_SEEN_SOURCES);
    expect(snapshot).not.toHaveProperty('s0');
    expect(snapshot).not.toHaveProperty('s1');
    expect(snapshot[`s${MAX_SEEN_SOURCES + 1}`]).toBe(MAX_SEEN_SOURCES + 1);
  });

  it('leaves out a source whose id would set the prototype', () => {
    const snapshot = seenSnapshot([source('__proto__', 3), source('ok', 1)]);
    expect(Object.getPrototypeOf(snapshot)).toBe(Object.prototype);
    expect(snapshot).toEqual({ ok: 1 });
  });
});

describe('the popup keeps the first baseline of its session', () => {
  it('the first answer sets it; later answers (after a refresh) do not move it', () => {
    const first = seen({ linkedin: 824 });
    let state = popupReducer(initialPopupState, { type: 'seen', jobId: JOB, previous: first });
    expect(state.seen[JOB]).toBe(first);
    state = popupReducer(state, { type: 'seen', jobId: JOB, previous: seen({ linkedin: 836 }) });
    expect(state.seen[JOB]).toBe(first);
  });

  it('"never seen" is a baseline too, and each job has its own', () => {
    const other = DOC_JOB;
    let state = popupReducer(initialPopupState, { type: 'seen', jobId: JOB, previous: null });
    state = popupReducer(state, { type: 'seen', jobId: JOB, previous: seen({ linkedin: 1 }) });
    state = popupReducer(state, { type: 'seen', jobId: other, previous: seen({ x: 2 }) });
    expect(state.seen[JOB]).toBeNull();
    expect(state.seen[other]?.visits).toEqual({ x: 2 });
  });
});
