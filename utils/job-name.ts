import { i18n } from '#i18n';

/** A job as the recruiter knows it: its id, and the label they may have given it. */
export interface NamedJob {
  jobId: string;
  label?: string;
}

/** The start of a job id: enough to tell the recruiter's recent jobs apart. */
export const shortJobId = (jobId: string) => jobId.slice(0, 8);

/**
 * How a job is called: the recruiter's label, or the start of its id. `place` says where:
 * the popup's headings read "Job 3d6f0a52…"; the board control, whose text already says
 * "Job: …", lists the bare id start. One rule for both, so a label shows the same everywhere.
 */
export function jobName(job: NamedJob, place: 'popup' | 'board' = 'popup'): string {
  const label = job.label?.trim();
  if (label) return label;
  const id = shortJobId(job.jobId);
  return place === 'popup' ? i18n.t('popup_job_fallback', { id }) : id;
}
