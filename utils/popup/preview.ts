import type { JobSource } from '../api/schema';
import type { CachedSources } from '../storage';
import { visitTotals, type VisitTotals } from './share';
import { sortSources } from './sort-filter';

/**
 * The first screen of a job's sources, worked out by the worker when an answer arrives and kept
 * beside it in the cache: what the popup paints before anything else has loaded, whatever the
 * size of the job (storage.ts `previewKey`). A large job's entry is megabytes; this is a few KB.
 */
export interface SourcesPreview {
  jobId: string;
  /** When the answer it was made from came from the API (epoch ms): the cache entry's own. */
  fetchedAt: number;
  totals: VisitTotals;
  /** Rows the API sent that did not fit the contract. */
  skipped: number;
  /** Sources without a safe link. */
  unsafe: number;
  /** The first sources in the popup's opening order (most visits first). */
  top: JobSource[];
}

/** Rows in a preview: the popup's list shows 6½ before it scrolls. */
export const PREVIEW_ROWS = 8;

export function previewOf(entry: CachedSources): SourcesPreview {
  const { sources } = entry.data;
  let unsafe = 0;
  for (const source of sources) if (!source.trackedLink) unsafe++;
  return {
    jobId: entry.data.jobId,
    fetchedAt: entry.fetchedAt,
    totals: visitTotals(sources),
    skipped: entry.data.skipped,
    unsafe,
    top: sortSources(sources, 'visits').slice(0, PREVIEW_ROWS),
  };
}
