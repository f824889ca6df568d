import { toJobSource, type JobSource } from '@/utils/api/schema';
import { DEFAULT_SETTINGS, recentJobsItem, writeCachedSources } from '@/utils/storage';

/** Shared by the unit tests: a job id, sources as the API gives them, an active job with a cached answer. */
export const JOB = '3d6f0a52-9b1e-4c7d-8e2f-5a4b3c2d1e0f';

export const source = (id: string, name: string, visits: number, url = `https://jobs.hirempire.com/acme/${id}`): JobSource =>
  toJobSource({ id, source_name: name, source_url: url, visits, created_at: '2026-09-01T09:00:00.000Z' });

export async function activeJobWith(sources: JobSource[], label?: string, jobId = JOB): Promise<void> {
  await recentJobsItem.setValue([{ jobId, label, openedAt: 1 }]);
  await writeCachedSources(DEFAULT_SETTINGS.apiBaseUrl, jobId, { data: { jobId, sources, skipped: 0 }, fetchedAt: 1 });
}
