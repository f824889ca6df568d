import { normalPath, type BoardEntry } from './entry';

/**
 * Indeed for employers: every step is under /job-posting/; other accounts use /p/post-job,
 * and older ones /p#post-job/…, /o/p/… and /em/job-details/<id>. The job list (/jobs, /j#jobs)
 * and the paid promotion step (/sponsor/…) are not the form. Patterns cannot see the fragment, so the
 * old /p page is in the menu's patterns whatever its #.
 */
export function isPostingForm(url: URL): boolean {
  if (url.hostname !== 'employers.indeed.com') return false;
  const path = normalPath(url);
  if (/^\/job-posting(\/|$)/.test(path)) return true;
  if (/^\/em\/job-details\/[^/]+/.test(path)) return true;
  // Newer links to /p/post-job, and the older /o/p/… shape.
  if (/^\/p\/post-job(\/|$)/.test(path) || /^\/o\/p(\/|$)/.test(path)) return true;
  if (path === '/p' || path === '/p/') return /^#\/?post-job\b/i.test(url.hash);
  return false;
}

// The parts a content script needs, exported alone so that its bundle carries only these.
export const name = 'Indeed';
export const matches = ['https://employers.indeed.com/*'];

export const indeed = {
  id: 'indeed',
  name,
  defaultSourceName: 'Indeed',
  origin: 'https://employers.indeed.com',
  matches,
  postingPagePatterns: [
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
  isPostingForm,
} as const satisfies BoardEntry;
