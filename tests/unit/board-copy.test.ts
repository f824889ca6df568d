import { describe, expect, it, vi } from 'vitest';
import { copyForBoard } from '@/utils/background/board-copy';
import type { BoardLink } from '@/utils/messaging/protocol';
import { JOB } from './helpers';

/** The worker copies only links it gave the control itself: this board's, or one of the job's other sources. */
const source = (id: string, name: string, trackedLink = `https://jobs.hirempire.com/acme/${id}`) => ({
  id,
  name,
  rawUrl: trackedLink,
  trackedLink,
  visits: 0,
  createdAt: '2026-09-01T09:00:00.000Z',
  createdAtMs: 0,
});
const LINK: BoardLink = {
  board: 'linkedin',
  enabled: true,
  sourceName: 'LinkedIn',
  job: { jobId: JOB, openedAt: 1 },
  recentJobs: [],
  source: source('lk01', 'LinkedIn'),
  otherSources: [source('re03', 'Referral')],
};

describe('copyForBoard', () => {
  it('writes this board’s link, or the other source the control names', async () => {
    const write = vi.fn(async () => true);
    expect(await copyForBoard(Promise.resolve(LINK), undefined, write)).toEqual({ copied: true });
    expect(await copyForBoard(Promise.resolve(LINK), 're03', write)).toEqual({ copied: true });
    expect(write.mock.calls).toEqual([['https://jobs.hirempire.com/acme/lk01'], ['https://jobs.hirempire.com/acme/re03']]);
  });

  it('writes nothing for a source it does not know, or a board without a link, and says so', async () => {
    const write = vi.fn(async () => true);
    expect(await copyForBoard(Promise.resolve(LINK), 'someone-elses', write)).toEqual({ copied: false });
    expect(await copyForBoard(Promise.resolve({ ...LINK, source: null }), undefined, write)).toEqual({ copied: false });
    expect(write).not.toHaveBeenCalled();
  });

  it('reports a write that failed as not copied', async () => {
    expect(await copyForBoard(Promise.resolve(LINK), undefined, async () => false)).toEqual({ copied: false });
  });
});
