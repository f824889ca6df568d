import { MAX_RECENT_JOBS, recentJobsItem, type RecentJob } from '../storage';

/** Recent jobs, newest first. The first is the active job: the one the board buttons use. */
export function recentJobs(): Promise<RecentJob[]> {
  return recentJobsItem.getValue();
}

/** Opening a job makes it the active one, keeping the label the recruiter gave it. */
export async function openJob(jobId: string, now = Date.now()): Promise<RecentJob[]> {
  const id = jobId.toLowerCase();
  const jobs = await recentJobsItem.getValue();
  const existing = jobs.find((job) => job.jobId === id);
  const next = [{ ...existing, jobId: id, openedAt: now }, ...jobs.filter((job) => job.jobId !== id)].slice(0, MAX_RECENT_JOBS);
  await recentJobsItem.setValue(next);
  return next;
}

export async function labelJob(jobId: string, label: string): Promise<RecentJob[]> {
  const id = jobId.toLowerCase();
  const trimmed = label.trim();
  const jobs = (await recentJobsItem.getValue()).map((job) =>
    job.jobId === id ? { ...job, label: trimmed || undefined } : job,
  );
  await recentJobsItem.setValue(jobs);
  return jobs;
}

export async function removeJob(jobId: string): Promise<RecentJob[]> {
  const id = jobId.toLowerCase();
  const jobs = (await recentJobsItem.getValue()).filter((job) => job.jobId !== id);
  await recentJobsItem.setValue(jobs);
  return jobs;
}

/** A board may only switch to a job the recruiter already opened in the popup. */
export async function activateRecentJob(jobId: string, now = Date.now()): Promise<boolean> {
  const jobs = await recentJobsItem.getValue();
  if (!jobs.some((job) => job.jobId === jobId.toLowerCase())) return false;
  await openJob(jobId, now);
  return true;
}
