import type { JobSource } from '../api/schema';

/** What the header says about a job: all its visits and how many sources brought them. */
export interface VisitTotals {
  visits: number;
  sources: number;
}

export function visitTotals(sources: readonly JobSource[]): VisitTotals {
  let visits = 0;
  for (const source of sources) visits += source.visits;
  return { visits, sources: sources.length };
}

/** A source's share of the job's visits, 0..1. A job nobody visited yet gives every source 0, not NaN. */
export function visitShare(visits: number, totalVisits: number): number {
  if (!(totalVisits > 0) || !(visits > 0)) return 0;
  return Math.min(1, visits / totalVisits);
}
