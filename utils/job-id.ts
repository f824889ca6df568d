import { EXACT_JOB_ID as EXACT_UUID, JOB_ID_PATTERN as UUID } from './limits';

/** Hirempire job ids are UUIDs; recruiters paste them bare, inside URLs, or with stray text around them. */

/** Takes the first UUID out of whatever was pasted, lower-cased; null when there is none. */
export function extractJobId(input: string): string | null {
  const match = UUID.exec(input.trim());
  return match ? match[0].toLowerCase() : null;
}

export function isJobId(value: unknown): value is string {
  return typeof value === 'string' && EXACT_UUID.test(value);
}

/** A short form for tight spaces ("8fc4ea3c…"). */
export function shortJobId(jobId: string): string {
  return `${jobId.slice(0, 8)}…`;
}
