import { normalPath, type BoardEntry } from './entry';

const LINKEDIN_POSTING_PATHS = [
  // /job-posting/, /job-posting/?jobId=…, /job-posting/v2/…, and the one-step flow's
  // /job-posting/form/description/, /form/assessments/ and /form/free-trial (?isOneStepJobPost=true&jobId=…)
  /^\/job-posting(\/|$)/,
  /^\/talent\/job-posting-redirect(\/|$)/, // "Post a job" in the nav (?trk=…, with or without a trailing slash)
  /^\/talent\/post-a-job(\/|$)/, // widely linked entry
  /^\/hiring\/jobs\/job-posting(\/|$)/, // /hiring/jobs/job-posting/<id>
];

/** LinkedIn: the posting flow; not managing a posted job, the public job page or the feed. */
export function isPostingForm(url: URL): boolean {
  if (url.hostname !== 'www.linkedin.com') return false;
  const path = normalPath(url);
  return LINKEDIN_POSTING_PATHS.some((pattern) => pattern.test(path));
}

// The parts a content script needs, exported alone so that its bundle carries only these.
export const name = 'LinkedIn';
export const matches = ['https://www.linkedin.com/*'];

export const linkedin = {
  id: 'linkedin',
  name,
  defaultSourceName: 'LinkedIn',
  origin: 'https://www.linkedin.com',
  matches,
  postingPagePatterns: [
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
  isPostingForm,
} as const satisfies BoardEntry;
