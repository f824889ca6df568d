import type { BoardLink, ControlJobs, ControlLink, ControlSource } from '../messaging/protocol';
import { jobName as nameOf } from '../job-name';

/** The control lists jobs as the board names them (the bare id start when unlabelled). */
const jobName = (job: { jobId: string; label?: string }) => nameOf(job, 'board');
import { recentJobsItem } from '../storage';
import { activateRecentJob } from './jobs';

/**
 * What a board's content script is sent (issue 16, item 3). A board page's scripts can read the
 * control's DOM, so the content script only gets what the control shows: this board's link, the
 * other sources it may offer, and that a job is active, never which one. The job list (names
 * only) is asked for when the recruiter opens it; a switch names the job by its place and name.
 */
export async function forControl(link: Promise<BoardLink>): Promise<ControlLink> {
  const { job, recentJobs: _recent, source, otherSources, ...rest } = await link;
  const shown = (s: ControlSource): ControlSource => ({ id: s.id, name: s.name, trackedLink: s.trackedLink });
  return { ...rest, hasJob: !!job, jobKey: job?.openedAt ?? null, source: source && shown(source), otherSources: otherSources.map(shown) };
}

/** The job list, for a control whose recruiter just opened it. */
export async function controlJobs(): Promise<ControlJobs> {
  return { names: (await recentJobsItem.getValue()).map(jobName) };
}

/**
 * Makes the job at `position` of the list the active one, if it is still the job `name` the
 * recruiter chose there (the list may have changed meanwhile, in the popup). True when switched.
 */
export async function useListedJob(position: number, name: string, now = Date.now()): Promise<boolean> {
  const job = (await recentJobsItem.getValue())[position];
  if (!job || jobName(job) !== name) return false;
  return activateRecentJob(job.jobId, now);
}
