import { findTargets } from './fields';
import { isPostingForm, name } from './entries/linkedin';
import type { BoardAdapter } from './types';

/** LinkedIn (www.linkedin.com): which pages are the form (entries/linkedin.ts) and which fields take the link. */
export const linkedin: BoardAdapter = {
  id: 'linkedin',
  name,
  isPostingForm,
  findTargets: (root, seen, shadowRoots) =>
    findTargets(root, {
      known: [
        // The applicant-collection step: one input that takes the email or the external website
        // (`job-posting-apply-method-value`; `online-apply-method-value` in the one-step flow). In
        // e-mail mode findTargets skips it.
        { selector: '[name$="apply-method-value"]', kind: 'apply-url' },
        // The Ember form's Quill editor: the container carries the name, the editor is inside.
        { selector: '[name="job-posting-rich-text-editor"] [contenteditable]', kind: 'description' },
      ],
    }, seen, shadowRoots),
};
