import { findTargets } from './fields';
import type { BoardAdapter } from './types';

/**
 * Indeed for employers (employers.indeed.com). Every step of the posting flow is under
 * /job-posting/ (choose-flow, from-scratch/*, review-job); older accounts still use
 * /p#post-job and /em/job-details/<id>. The job list (/jobs, /j#jobs) and the paid
 * promotion step (/sponsor/…) are not the form.
 */
export function isIndeedPostingForm(url: URL): boolean {
  if (url.hostname !== 'employers.indeed.com') return false;
  const path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  if (/^\/job-posting(\/|$)/.test(path)) return true;
  if (/^\/em\/job-details\/[^/]+/.test(path)) return true;
  if (path === '/p' || path === '/p/') return /^#\/?post-job\b/i.test(url.hash);
  return false;
}

export const indeed: BoardAdapter = {
  id: 'indeed',
  name: 'Indeed',
  isPostingForm: isIndeedPostingForm,
  // Indeed's markup is mapped only by meaning (the description box is a role=textbox named
  // "Job description"); the apply-URL control has not been seen publicly, so any field
  // that says it takes the application website qualifies.
  findTargets: (root) => findTargets(root),
};
