import { i18n } from '#i18n';
import { extractJobId } from '../job-id';

export type JobInput = { ok: true; jobId: string } | { ok: false; message: string };

/**
 * What the recruiter typed in the "Job ID" field: a bare UUID, or any text or link
 * that contains one. Anything else is refused here, before any request is made.
 */
export function parseJobInput(raw: string): JobInput {
  const text = raw.trim();
  if (!text) return { ok: false, message: i18n.t('popup_job_input_empty') };
  const jobId = extractJobId(text);
  if (!jobId) {
    return { ok: false, message: i18n.t('popup_job_input_invalid', { example: '8fc4ea3c-ecc4-4a92-96fd-a14436a79a1b' }) };
  }
  return { ok: true, jobId };
}
