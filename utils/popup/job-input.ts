import { extractJobId } from '../job-id';

export type JobInput = { ok: true; jobId: string } | { ok: false; message: string };

/**
 * What the recruiter typed in the "Job ID" field: a bare UUID, or any text or link
 * that contains one. Anything else is refused here, before any request is made.
 */
export function parseJobInput(raw: string): JobInput {
  const text = raw.trim();
  if (!text) return { ok: false, message: 'Enter a job ID, or paste a Hirempire job link.' };
  const jobId = extractJobId(text);
  if (!jobId) {
    return {
      ok: false,
      message: 'This is not a job ID. Paste the job’s ID (like 8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b) or a link that contains it.',
    };
  }
  return { ok: true, jobId };
}
