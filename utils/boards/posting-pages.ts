import type { BoardId } from '../storage';

/**
 * Which pages of each board are its posting form, in the two forms the extension needs:
 * a precise test for the content scripts (which re-apply it after every in-page navigation),
 * and coarser match patterns for where the browser shows the "Insert tracked link" menu.
 * Kept side by side so they cannot drift apart (tests/unit/boards-urls.test.ts checks both).
 * No DOM code here: the worker imports this too.
 */
const LINKEDIN_POSTING_PATHS = [
  // /job-posting/, /job-posting/?jobId=…, /job-posting/v2/…, and the one-step flow's
  // /job-posting/form/description/, /form/assessments/ and /form/free-trial (?isOneStepJobPost=true&jobId=…)
  /^\/job-posting(\/|$)/,
  /^\/talent\/job-posting-redirect(\/|$)/, // "Post a job" in the nav (?trk=…, with or without a trailing slash)
  /^\/talent\/post-a-job(\/|$)/, // widely linked entry
  /^\/hiring\/jobs\/job-posting(\/|$)/, // /hiring/jobs/job-posting/<id>
];

function normalPath(url: URL): string {
  return url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
}

/** LinkedIn: the posting flow; not managing a posted job, the public job page or the feed. */
export function isLinkedInPostingForm(url: URL): boolean {
  if (url.hostname !== 'www.linkedin.com') return false;
  const path = normalPath(url);
  return LINKEDIN_POSTING_PATHS.some((pattern) => pattern.test(path));
}

/**
 * Indeed for employers: every step is under /job-posting/; other accounts use /p/post-job,
 * and older ones /p#post-job/…, /o/p/… and /em/job-details/<id>. The job list (/jobs, /j#jobs) and the paid
 * promotion step (/sponsor/…) are not the form.
 */
export function isIndeedPostingForm(url: URL): boolean {
  if (url.hostname !== 'employers.indeed.com') return false;
  const path = normalPath(url);
  if (/^\/job-posting(\/|$)/.test(path)) return true;
  if (/^\/em\/job-details\/[^/]+/.test(path)) return true;
  // Newer links to /p/post-job, and the older /o/p/… shape.
  if (/^\/p\/post-job(\/|$)/.test(path) || /^\/o\/p(\/|$)/.test(path)) return true;
  if (path === '/p' || path === '/p/') return /^#\/?post-job\b/i.test(url.hash);
  return false;
}

/**
 * The same pages as match patterns (for contextMenus' documentUrlPatterns). Patterns cannot
 * see the fragment, so Indeed's old /p page is included whatever its #: there the content
 * script, which can, decides.
 */
export const POSTING_PAGE_PATTERNS: Record<BoardId, string[]> = {
  linkedin: [
    'https://www.linkedin.com/job-posting',
    'https://www.linkedin.com/job-posting?*',
    'https://www.linkedin.com/job-posting/*',
    'https://www.linkedin.com/talent/job-posting-redirect',
    'https://www.linkedin.com/talent/job-posting-redirect?*',
    'https://www.linkedin.com/talent/job-posting-redirect/*',
    'https://www.linkedin.com/talent/post-a-job',
    'https://www.linkedin.com/talent/post-a-job?*',
    'https://www.linkedin.com/talent/post-a-job/*',
    'https://www.linkedin.com/hiring/jobs/job-posting/*',
  ],
  indeed: [
    'https://employers.indeed.com/job-posting/*',
    'https://employers.indeed.com/p',
    'https://employers.indeed.com/p/',
    'https://employers.indeed.com/em/job-details/*',
    'https://employers.indeed.com/p/post-job',
    'https://employers.indeed.com/p/post-job?*',
    'https://employers.indeed.com/p/post-job/*',
    'https://employers.indeed.com/o/p',
    'https://employers.indeed.com/o/p?*',
    'https://employers.indeed.com/o/p/*',
  ],
};
