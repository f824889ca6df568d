import { findTargets } from './fields';
import { isPostingForm, name } from './entries/indeed';
import type { BoardAdapter } from './types';

/** Indeed for employers (employers.indeed.com): which pages are the form (entries/indeed.ts) and which fields take the link. */
export const indeed: BoardAdapter = {
  id: 'indeed',
  name,
  isPostingForm,
  // Indeed's markup is mapped only by meaning (the description box is a role=textbox named
  // "Job description"); the apply-URL control has not been seen publicly, so any field
  // that says it takes the application website qualifies.
  findTargets: (root, seen, shadowRoots) => findTargets(root, {}, seen, shadowRoots),
};
