/**
 * Limits shared by the worker's schemas and the pages' inputs, so that whatever a page lets the
 * recruiter type, the worker accepts (and a longer paste gets the page's message, not a refusal).
 */

/** Hirempire job ids are UUIDs (unanchored: recruiters paste them inside URLs and text). */
export const JOB_ID_PATTERN = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i;
/** A whole value that is a job id and nothing else. */
export const EXACT_JOB_ID = new RegExp(`^${JOB_ID_PATTERN.source}$`, 'i');
/** The recruiter's own name for a job. */
export const MAX_LABEL_LENGTH = 120;
/** The Hirempire source that is a board's own. */
export const MAX_SOURCE_NAME_LENGTH = 100;

/**
 * The most sources one job's answer may hold. The popup is built and measured for thousands
 * (a virtual list); an answer beyond this is junk, refused before a single row is read.
 */
export const MAX_SOURCES_PER_JOB = 10_000;
/** Unreadable rows tolerated in one answer: a few are a server's slip, more are junk, and reading on costs time. */
export const MAX_UNREADABLE_ROWS = 50;
