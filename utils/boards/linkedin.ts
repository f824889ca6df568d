import { findTargets } from './fields';
import type { BoardAdapter } from './types';

/**
 * LinkedIn (www.linkedin.com). The posting flow lives under a few URL shapes
 * (see shared/job-boards.md); managing a posted job, the public job page and the feed
 * are not the form. LinkedIn is a single-page app: these rules are re-applied after
 * every in-page navigation.
 */
const POSTING_PATHS = [
  /^\/job-posting(\/|$)/, // /job-posting/, /job-posting/?jobId=…, /job-posting/v2/…
  /^\/talent\/job-posting-redirect(\/|$)/, // "Post a job" in the nav, on its way into the flow
  /^\/hiring\/jobs\/job-posting(\/|$)/, // /hiring/jobs/job-posting/<id>
];

export function isLinkedInPostingForm(url: URL): boolean {
  if (url.hostname !== 'www.linkedin.com') return false;
  const path = url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
  return POSTING_PATHS.some((pattern) => pattern.test(path));
}

export const linkedin: BoardAdapter = {
  id: 'linkedin',
  name: 'LinkedIn',
  isPostingForm: isLinkedInPostingForm,
  findTargets: (root) =>
    findTargets(root, {
      known: [
        // The applicant-collection step: one input that takes the email or the external website.
        { selector: '[name="job-posting-apply-method-value"]', kind: 'apply-url' },
        // The Ember form's Quill editor: the container carries the name, the editor is inside.
        { selector: '[name="job-posting-rich-text-editor"] [contenteditable]', kind: 'description' },
      ],
    }),
};
