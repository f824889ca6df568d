import { describe, expect, it } from 'vitest';
import { activateRecentJob, labelJob, openJob, recentJobs, removeJob } from '@/utils/background/jobs';
import { MAX_RECENT_JOBS, recentJobsItem } from '@/utils/storage';

/** The recruiter's recent jobs: newest first, the first one is the active job for the boards. */

const T0 = Date.UTC(2026, 5, 18, 9, 0, 0);
const job = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;
const ids = async () => (await recentJobs()).map((j) => j.jobId);

describe('recent jobs', () => {
  it('start empty', async () => {
    expect(await recentJobs()).toEqual([]);
  });

  it('are kept newest first, with when each was opened', async () => {
    await openJob(job(1), T0 + 1);
    await openJob(job(2), T0 + 2);
    const returned = await openJob(job(3), T0 + 3);
    expect(returned).toEqual([
      { jobId: job(3), openedAt: T0 + 3 },
      { jobId: job(2), openedAt: T0 + 2 },
      { jobId: job(1), openedAt: T0 + 1 },
    ]);
    expect(await recentJobs()).toEqual(returned);
    expect(await recentJobsItem.getValue()).toEqual(returned);
  });

  it('reopening a job moves it to the front without duplicating it', async () => {
    for (const n of [1, 2, 3]) await openJob(job(n), T0 + n);
    await openJob(job(1), T0 + 10);
    expect(await ids()).toEqual([job(1), job(3), job(2)]);
    expect((await recentJobs())[0].openedAt).toBe(T0 + 10);
  });

  it('a job id typed in capitals is the same job', async () => {
    await openJob(job(1).toUpperCase(), T0);
    await openJob(job(2), T0 + 1);
    await openJob(job(1), T0 + 2);
    expect(await ids()).toEqual([job(1), job(2)]);
  });

  it(`are capped at ${MAX_RECENT_JOBS}, dropping the oldest`, async () => {
    expect(MAX_RECENT_JOBS).toBe(10);
    for (let n = 1; n <= 12; n++) await openJob(job(n), T0 + n);
    expect(await ids()).toEqual([12, 11, 10, 9, 8, 7, 6, 5, 4, 3].map(job));
  });

  it('keep their label when reopened', async () => {
    await openJob(job(1), T0);
    await labelJob(job(1), 'Senior Backend – Paris');
    await openJob(job(2), T0 + 1);
    await openJob(job(1), T0 + 2);
    expect(await recentJobs()).toEqual([
      { jobId: job(1), label: 'Senior Backend – Paris', openedAt: T0 + 2 },
      { jobId: job(2), openedAt: T0 + 1 },
    ]);
  });

  it('labels are trimmed, and a blank label removes it', async () => {
    await openJob(job(1), T0);
    expect((await labelJob(job(1).toUpperCase(), '  Data Analyst  '))[0].label).toBe('Data Analyst');
    expect((await labelJob(job(1), '   '))[0].label).toBeUndefined();
  });

  it('labelling a job that is not in the list changes nothing', async () => {
    await openJob(job(1), T0);
    await labelJob(job(2), 'Ghost');
    expect(await recentJobs()).toEqual([{ jobId: job(1), openedAt: T0 }]);
  });

  it('remove takes a job out and keeps the order of the others', async () => {
    for (const n of [1, 2, 3]) await openJob(job(n), T0 + n);
    expect((await removeJob(job(2).toUpperCase())).map((j) => j.jobId)).toEqual([job(3), job(1)]);
    expect(await ids()).toEqual([job(3), job(1)]);
    await removeJob(job(9));
    expect(await ids()).toEqual([job(3), job(1)]);
  });

  it('removing the active job makes the next one active', async () => {
    for (const n of [1, 2]) await openJob(job(n), T0 + n);
    await removeJob(job(2));
    expect((await recentJobs())[0].jobId).toBe(job(1));
  });
});

describe('activateRecentJob (a board switching job)', () => {
  it('refuses a job the recruiter never opened, and changes nothing', async () => {
    await openJob(job(1), T0);
    expect(await activateRecentJob(job(2), T0 + 5)).toBe(false);
    expect(await recentJobs()).toEqual([{ jobId: job(1), openedAt: T0 }]);
  });

  it('refuses anything when there are no recent jobs', async () => {
    expect(await activateRecentJob(job(1), T0)).toBe(false);
    expect(await recentJobs()).toEqual([]);
  });

  it('makes a recent job the active one, keeping its label', async () => {
    await openJob(job(1), T0);
    await labelJob(job(1), 'Nurse – Lyon');
    await openJob(job(2), T0 + 1);
    expect(await activateRecentJob(job(1).toUpperCase(), T0 + 2)).toBe(true);
    expect(await recentJobs()).toEqual([
      { jobId: job(1), label: 'Nurse – Lyon', openedAt: T0 + 2 },
      { jobId: job(2), openedAt: T0 + 1 },
    ]);
  });
});
