import { describe, expect, it } from 'vitest';
import { MatchPattern } from '@webext-core/match-patterns';
import { BOARDS, boardEntry, type BoardId } from '@/utils/boards/registry';

// Every URL shape in shared/job-boards.md, and the pages that look close but are not the form.
const LINKEDIN: Array<[string, boolean]> = [
  ['https://www.linkedin.com/job-posting/', true],
  ['https://www.linkedin.com/job-posting', true],
  ['https://www.linkedin.com/job-posting/?trk=nav_job_posting', true],
  ['https://www.linkedin.com/job-posting/?jobId=3798712345&jobPostingFlowTrackingId=abc%3D%3D', true],
  ['https://www.linkedin.com/job-posting/v2/', true],
  ['https://www.linkedin.com/job-posting/v2/?companyId=1234567', true],
  ['https://www.linkedin.com/job-posting/v2/description/', true],
  ['https://www.linkedin.com/JOB-POSTING/v2/', true],
  ['https://www.linkedin.com/talent/job-posting-redirect/', true],
  ['https://www.linkedin.com/talent/job-posting-redirect/?trk=nav', true],
  // The one-step flow (November 2026 evidence).
  ['https://www.linkedin.com/job-posting/form/description/?isOneStepJobPost=true&jobId=4100123456&jobPostingFlowTrackingId=a1b2', true],
  ['https://www.linkedin.com/job-posting/form/assessments/?isOneStepJobPost=true&jobId=4100123456', true],
  ['https://www.linkedin.com/job-posting/form/free-trial?isOneStepJobPost=true&jobId=4100123456', true],
  // The nav's "Post a job" link has no trailing slash; /talent/post-a-job is widely linked.
  ['https://www.linkedin.com/talent/job-posting-redirect?trk=nav_job_posting', true],
  ['https://www.linkedin.com/talent/job-posting-redirect', true],
  ['https://www.linkedin.com/talent/post-a-job', true],
  ['https://www.linkedin.com/talent/post-a-job?trk=homepage-basic_jobs', true],
  ['https://www.linkedin.com/talent/post-a-jobs-guide', false],
  ['https://www.linkedin.com/talent/job-posting-redirects', false],
  ['https://www.linkedin.com/hiring/jobs/job-posting/3812345678', true],
  ['https://www.linkedin.com/hiring/jobs/job-posting/3812345678/', true],
  ['https://www.linkedin.com/hiring/jobs/3812345678/detail/', false],
  ['https://www.linkedin.com/hiring/jobs/3812345678/applicants/', false],
  ['https://www.linkedin.com/hiring/jobs/', false],
  ['https://www.linkedin.com/jobs/view/3812345678/', false],
  ['https://www.linkedin.com/jobs/', false],
  ['https://www.linkedin.com/feed/', false],
  ['https://www.linkedin.com/', false],
  ['https://www.linkedin.com/in/someone/', false],
  ['https://www.linkedin.com/job-postings-tips/', false],
  ['https://www.linkedin.com/feed/?redirect=/job-posting/', false],
  ['https://www.linkedin.com/feed/#/job-posting/', false],
  ['https://evil.example/job-posting/', false],
];

const INDEED: Array<[string, boolean]> = [
  ['https://employers.indeed.com/job-posting/choose-flow', true],
  ['https://employers.indeed.com/job-posting/from-scratch/getting-started', true],
  ['https://employers.indeed.com/job-posting/from-scratch/hiring-details', true],
  ['https://employers.indeed.com/job-posting/from-scratch/compensation-details', true],
  ['https://employers.indeed.com/job-posting/from-scratch/job-description', true],
  ['https://employers.indeed.com/job-posting/from-scratch/review-job', true],
  ['https://employers.indeed.com/job-posting/from-scratch/review-job?draftJobId=abc123', true],
  ['https://employers.indeed.com/p#post-job', true],
  ['https://employers.indeed.com/p#/post-job', true],
  ['https://employers.indeed.com/em/job-details/8a1b2c3d4e', true],
  // Newer links and older shapes (medium confidence).
  ['https://employers.indeed.com/p/post-job', true],
  ['https://employers.indeed.com/p/post-job?from=gnav-empcenter', true],
  ['https://employers.indeed.com/p#post-job/basics', true],
  ['https://employers.indeed.com/o/p/8a1b2c3d4e', true],
  ['https://employers.indeed.com/o/p', true],
  ['https://employers.indeed.com/p/post-jobs-faq', false],
  ['https://employers.indeed.com/o/jobs', false],
  ['https://employers.indeed.com/jobs', false],
  ['https://employers.indeed.com/jobs?status=open', false],
  ['https://employers.indeed.com/j#jobs', false],
  ['https://employers.indeed.com/p', false],
  ['https://employers.indeed.com/p#jobs', false],
  ['https://employers.indeed.com/sponsor/jobs/8a1b2c3d', false],
  ['https://employers.indeed.com/sponsor/job-posting/8a1b2c3d', false],
  ['https://employers.indeed.com/candidates', false],
  ['https://employers.indeed.com/', false],
  ['https://www.indeed.com/job-posting/choose-flow', false],
];

/** Every board has its table: a new board's URL shapes come with it. */
const URLS: Record<BoardId, Array<[string, boolean]>> = { linkedin: LINKEDIN, indeed: INDEED };

describe.each(BOARDS)('$name posting-form URLs', ({ id, isPostingForm }) => {
  it.each(URLS[id])('%s → %s', (url, expected) => {
    expect(isPostingForm(new URL(url))).toBe(expected);
  });
});

describe('the context menu’s match patterns agree with the content scripts’ rules', () => {
  const matches = (board: BoardId, url: string) =>
    boardEntry(board).postingPagePatterns.some((pattern) => new MatchPattern(pattern).includes(url));
  // Match patterns see neither the fragment nor case-folded paths: there the content script decides.
  const fragmentOrCase = (url: string) => new URL(url).hash !== '' || /[A-Z]/.test(new URL(url).pathname) || /\/p\/?$/.test(new URL(url).pathname);
  describe.each(BOARDS)('$name', ({ id }) => {
    it.each(URLS[id].filter(([url]) => !fragmentOrCase(url)))('%s → %s', (url, expected) => {
      expect(matches(id, url)).toBe(expected);
    });
  });
  it('offers the menu on Indeed’s old /p page, whose fragment only the content script can read', () => {
    expect(matches('indeed', 'https://employers.indeed.com/p#post-job')).toBe(true);
  });
});
