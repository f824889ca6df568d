/**
 * What the extension knows of a job board apart from its DOM: one `BoardEntry` per board,
 * in its own file (so each content script carries only its own), listed in ../registry.ts.
 */
export interface BoardEntry<Id extends string = string> {
  id: Id;
  /** The board's own name, shown as is in every language ("LinkedIn"). */
  name: string;
  /** The Hirempire source that is this board's until the recruiter names another. */
  defaultSourceName: string;
  /** scheme://host of the board's pages: only this origin's top frame is trusted as the board. */
  origin: string;
  /** Where the content script runs: every page of the origin, since the form is reached in-page. */
  matches: string[];
  /**
   * The posting pages as match patterns (for the context menu's documentUrlPatterns). Coarser
   * than `isPostingForm` where patterns cannot say enough (the fragment); there the content
   * script, which runs `isPostingForm`, decides. tests/unit/boards-urls.test.ts keeps the two agreeing.
   */
  postingPagePatterns: string[];
  /** The precise test, re-applied by the content script after every in-page navigation. */
  isPostingForm(url: URL): boolean;
}

/** A URL's path, lower case and without doubled slashes: boards' links are not consistent. */
export function normalPath(url: URL): string {
  return url.pathname.toLowerCase().replace(/\/{2,}/g, '/');
}

