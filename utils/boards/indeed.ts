import { findTargets } from './fields';
import type { BoardAdapter } from './types';
import { isIndeedPostingForm } from './posting-pages';

/** Indeed for employers (employers.indeed.com): which pages are the form (posting-pages.ts) and which fields take the link. */
export const indeed: BoardAdapter = {
  id: 'indeed',
  name: 'Indeed',
  isPostingForm: isIndeedPostingForm,
  // Indeed's markup is mapped only by meaning (the description box is a role=textbox named
  // "Job description"); the apply-URL control has not been seen publicly, so any field
  // that says it takes the application website qualifies.
  findTargets: (root) => findTargets(root),
};
