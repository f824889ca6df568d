import type { BoardId } from './registry';

/**
 * What a board's posting form offers for the tracked link:
 * - `apply-url`: the field where applicants are sent (external website / apply-method value);
 * - `description`: the job description, where the link can be written into the text.
 */
export type TargetKind = 'apply-url' | 'description';

export interface FieldTarget {
  kind: TargetKind;
  /** The element that takes the text: an input, a textarea or a contenteditable editing host. */
  field: HTMLElement;
  /** What the recruiter sees the field called ("Description", "URL du site web"), for the control's name. */
  label: string;
}

/** The target already found for a field, if any. */
export type SeenTargets = (field: HTMLElement) => FieldTarget | undefined;

/** One job board: where its posting form lives, and which of its fields take the link. */
export interface BoardAdapter {
  /** 'site': any other job board, where the recruiter asked for the engine (menu or shortcut). */
  id: BoardId | 'site';
  /** Shown before the worker has answered ("LinkedIn link copied"). */
  name: string;
  isPostingForm(url: URL): boolean;
  /**
   * `seen`: the fields that already have a control, taken as they are (their labels are not read
   * again). `shadowRoots`: the open shadow roots under `root`, when the caller has just walked them.
   */
  findTargets(root: ParentNode, seen?: SeenTargets, shadowRoots?: ShadowRoot[]): FieldTarget[];
}
