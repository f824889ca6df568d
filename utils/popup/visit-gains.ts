import type { JobSource } from '../api/schema';
import { MAX_SEEN_SOURCES, type SeenVisits } from '../storage';

/**
 * "What changed": the visits each source gained since the recruiter last looked at the job.
 * Only sources whose visits rose get a number. A source the last look did not include (new
 * since, or left out of a snapshot of a very large job) gets none: there is nothing to
 * compare it with, and a guess would be wrong for the left-out ones.
 */
export function visitGains(previous: SeenVisits | null | undefined, sources: readonly JobSource[]): ReadonlyMap<string, number> {
  const gains = new Map<string, number>();
  if (!previous) return gains;
  for (const source of sources) {
    if (!Object.hasOwn(previous.visits, source.id)) continue;
    const before = previous.visits[source.id];
    if (typeof before === 'number' && source.visits > before) gains.set(source.id, source.visits - before);
  }
  return gains;
}

/**
 * What the popup reports it showed: visits per source id. A job with more sources than a
 * snapshot holds keeps its most visited ones, where a change is most worth seeing.
 */
export function seenSnapshot(sources: readonly JobSource[]): Record<string, number> {
  const kept = sources.length > MAX_SEEN_SOURCES ? [...sources].sort((a, b) => b.visits - a.visits).slice(0, MAX_SEEN_SOURCES) : sources;
  const visits: Record<string, number> = {};
  for (const source of kept) {
    // "__proto__" would set the prototype instead of a key (and the worker drops it anyway).
    if (source.id !== '__proto__') visits[source.id] = source.visits;
  }
  return visits;
}
