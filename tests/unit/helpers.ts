import { toJobSource, type JobSource } from '@/utils/api/schema';
import { DEFAULT_SETTINGS, recentJobsItem, writeCachedSources, type CachedSources } from '@/utils/storage';

/** Shared by the unit tests: job ids, sources as the API gives them, cached answers, an active job with a cached answer. */
export const JOB = '3d6f0a52-9b1e-4c7d-8e2f-5a4b3c2d1e0f';
/** The job of the API contract's documented example (its `job_id`). */
export const DOC_JOB = '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b';
/** Another job, for tests that need two. */
export const OTHER_JOB = '2b7e151f-aed2-4a6e-9c3d-0f4a6b1c2d3e';
/** The n-th of as many distinct job ids as a test needs. */
export const numberedJob = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

export const source = (
  id: string,
  name: string,
  visits: number,
  url = `https://jobs.hirempire.com/acme/${id}`,
  createdAt = '2026-09-01T09:00:00.000Z',
): JobSource => toJobSource({ id, source_name: name, source_url: url, visits, created_at: createdAt });

/** A job's answer as the worker caches it. */
export const cachedEntry = (jobId: string, sources: JobSource[], { fetchedAt = 1, skipped = 0 } = {}): CachedSources => ({
  data: { jobId, sources, skipped },
  fetchedAt,
});

export async function activeJobWith(sources: JobSource[], label?: string, jobId = JOB): Promise<void> {
  await recentJobsItem.setValue([{ jobId, label, openedAt: 1 }]);
  await writeCachedSources(DEFAULT_SETTINGS.apiBaseUrl, jobId, cachedEntry(jobId, sources));
}
